import type { CellValue } from "../grid";
import { planRate } from "../indicators/plan";
import { type ArgumentProblem, sumCounts } from "./numbers";

export type FunctionOutcome =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: "div0" }
  | { readonly ok: false; readonly error: "value"; readonly problem: ArgumentProblem };

/** CLUB.PLANRATE: the share of a plan achieved (18 of 25 → 0.72); over plan is allowed (30 of 25 → 1.2). */
export function planRateOf(
  achieved: readonly (readonly CellValue[])[],
  planned: readonly (readonly CellValue[])[]
): FunctionOutcome {
  const done = sumCounts(achieved);
  if (!done.ok) return { ok: false, error: "value", problem: done.problem };
  const plan = sumCounts(planned);
  if (!plan.ok) return { ok: false, error: "value", problem: plan.problem };
  const rate = planRate(done.sum, plan.sum);
  return rate === null ? { ok: false, error: "div0" } : { ok: true, value: rate };
}
