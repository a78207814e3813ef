/**
 * The paragraph that opens a Hội NCT report: the plans it reports on — Decision 1336/QĐ-TTg and the province's
 * plan (dotted blanks to fill in when the settings do not name it) — and the period.
 */
import { text, type ReportContext } from "../context";
import { orBlank } from "./heading";
import { ALL } from "./report-grid";

export function writeOpening(
  ctx: Pick<ReportContext, "sheet" | "lang" | "params">,
  row: number
): number {
  const p = ctx.params;
  const plan = p.plan?.trim() || text(ctx, "report.opening.noPlan");
  const paragraph = text(ctx, "report.opening", { plan, period: orBlank(ctx, p.period) });
  ctx.sheet.paragraph(row, ALL.from, ALL.to, paragraph, "body");
  return row + 2;
}
