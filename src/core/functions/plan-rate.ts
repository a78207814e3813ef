/** CLUB.PLANRATE: the share of a plan achieved (18 of 25 → 0.72); over plan is allowed (30 of 25 → 1.2). */
import { planRate } from "../indicators/plan";
import type { Range } from "./arguments";
import { sumCounts } from "./numbers";
import { DIVISION_BY_ZERO, ok, type Outcome } from "./outcome";

export function planRateOf(achieved: Range, planned: Range): Outcome<number> {
  const done = sumCounts(achieved);
  if (!done.ok) return done;
  const plan = sumCounts(planned);
  if (!plan.ok) return plan;
  const rate = planRate(done.value, plan.value);
  return rate === null ? DIVISION_BY_ZERO : ok(rate);
}
