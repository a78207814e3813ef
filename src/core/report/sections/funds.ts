/**
 * II.3: funds mobilised from members' contributions, the members who borrowed and the amount lent, in total,
 * then the averages per borrower and per club — one line each, with its unit.
 */
import type { IndicatorId } from "../../indicators/catalogue";
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { totalFigureScope } from "../figure-scopes";
import { indicatorFormula } from "../indicator-formulas";
import {
  FIRST,
  SECOND,
  writeCell,
  writeNote,
  writeRowLabel,
  writeTableHead,
  writeTotal,
} from "./summary-table";

const LINES: readonly { indicator: IndicatorId; label: MessageKey; unit: MessageKey }[] = [
  { indicator: "contributionTotal", label: "report.row.contributions", unit: "report.unit.money" },
  { indicator: "borrowers", label: "report.row.borrowers", unit: "report.unit.people" },
  { indicator: "loanTotal", label: "report.row.loanTotal", unit: "report.unit.money" },
  { indicator: "loanPerBorrower", label: "report.row.loanPerBorrower", unit: "report.unit.money" },
  { indicator: "membersPerClub", label: "report.row.membersPerClub", unit: "report.unit.people" },
  { indicator: "fundsPerClub", label: "report.row.fundsPerClub", unit: "report.unit.money" },
];

export function writeFunds(ctx: ReportContext, row: number, annex: number): number {
  const sheet = ctx.sheet;
  sheet.paragraph(row, 1, sheet.lastColumn, text(ctx, "report.results.funds"), "subsection");
  const head = writeTableHead(ctx, row + 1, [
    text(ctx, "report.col.no"),
    text(ctx, "report.col.indicator"),
    text(ctx, "report.col.amount"),
    text(ctx, "report.col.unit"),
  ]);
  // Averages per club divide by the members and the clubs of the tables above (`ctx.totals`).
  const scope = totalFigureScope(ctx, ctx.totals);
  LINES.forEach((line, i) => {
    const r = head + i;
    writeRowLabel(ctx, r, i + 1, text(ctx, line.label));
    writeTotal(ctx, r, FIRST, line.indicator, indicatorFormula(line.indicator, scope));
    writeCell(ctx, r, SECOND, { kind: "value", value: text(ctx, line.unit) }, "tdVerdict");
  });
  const last = head + LINES.length - 1;
  writeNote(ctx, last + 1, text(ctx, "report.seeAnnex", { annex }));
  sheet.keepTogether(row, last + 1);
  return last + 3;
}
