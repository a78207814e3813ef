/**
 * II.3: funds mobilised from members' contributions, the members who borrowed and the amount lent, in total,
 * then the averages per borrower and per club — one line each, with its unit.
 */
import type { IndicatorId } from "../../indicators/catalogue";
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { totalFigureScope } from "../figure-scopes";
import { indicatorFormula } from "../indicator-formulas";
import * as table from "./summary-table";

const LINES: readonly { indicator: IndicatorId; label: MessageKey; unit: MessageKey }[] = [
  { indicator: "contributionTotal", label: "report.row.contributions", unit: "report.unit.money" },
  { indicator: "borrowers", label: "report.row.borrowers", unit: "report.unit.people" },
  { indicator: "loanTotal", label: "report.row.loanTotal", unit: "report.unit.money" },
  { indicator: "loanPerBorrower", label: "report.row.loanPerBorrower", unit: "report.unit.money" },
  { indicator: "membersPerClub", label: "report.row.membersPerClub", unit: "report.unit.people" },
  { indicator: "fundsPerClub", label: "report.row.fundsPerClub", unit: "report.unit.money" },
];

export function writeFunds(ctx: ReportContext, row: number, annex: number): number {
  const head = table.startTable(ctx, row, "report.results.funds", [
    "report.col.no",
    "report.col.indicator",
    "report.col.amount",
    "report.col.unit",
  ]);
  // Averages per club divide by the members and the clubs of the tables above (`ctx.totals`).
  const scope = totalFigureScope(ctx, ctx.totals);
  LINES.forEach((line, i) => {
    const r = head + i;
    table.writeRowLabel(ctx, r, i + 1, text(ctx, line.label));
    table.writeTotal(ctx, r, table.FIRST, line.indicator, indicatorFormula(line.indicator, scope));
    const unit = { kind: "value", value: text(ctx, line.unit) } as const;
    table.writeCell(ctx, r, table.SECOND, unit, "tdVerdict");
  });
  return table.endTable(ctx, row, head + LINES.length - 1, annex);
}
