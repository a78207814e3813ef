/**
 * Section III: funds mobilised from members' contributions, loans and borrowers per club and in total, then the
 * averages per club.
 */
import { INDICATOR_BY_ID, type IndicatorId } from "../../indicators/catalogue";
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { totalFigureScope } from "../figure-scopes";
import { writeFigureRows, type FigureColumn } from "../figure-table";
import { indicatorFormula } from "../indicator-formulas";
import { LAST_COLUMN } from "../sheet-builder";
import { lineFigureStyle } from "../styles";

const COLUMNS: readonly (FigureColumn & { title: MessageKey })[] = [
  { indicator: "contributionTotal", from: 3, to: 5, title: "report.col.contributions" },
  { indicator: "borrowers", from: 6, to: 8, title: "report.col.borrowers" },
  { indicator: "loanTotal", from: 9, to: 12, title: "report.col.loanTotal" },
  { indicator: "loanPerBorrower", from: 13, to: LAST_COLUMN, title: "report.col.loanPerBorrower" },
];

const AVERAGES: readonly { indicator: IndicatorId; label: MessageKey; unit: MessageKey }[] = [
  { indicator: "membersPerClub", label: "report.membersPerClub", unit: "report.unit.people" },
  { indicator: "fundsPerClub", label: "report.fundsPerClub", unit: "report.unit.money" },
];

const VALUE = { from: 10, to: 12 };

export function writeFundsSection(ctx: ReportContext, row: number): number {
  const sheet = ctx.sheet;
  sheet.value(row, 1, text(ctx, "report.section.funds"), "section", LAST_COLUMN);
  const head = row + 1;
  sheet.value(head, 1, text(ctx, "report.col.no"), "th");
  sheet.value(head, 2, text(ctx, "report.col.club"), "th");
  for (const column of COLUMNS)
    sheet.value(head, column.from, text(ctx, column.title), "th", column.to);
  sheet.setHeight(head, 32);

  const { totalRow } = writeFigureRows(ctx, head + 1, COLUMNS);
  let r = totalRow + 2;
  const scope = totalFigureScope(ctx, ctx.totals);
  for (const average of AVERAGES) {
    sheet.value(r, 1, text(ctx, average.label), "body", VALUE.from - 1);
    const address = sheet.formula(
      r,
      VALUE.from,
      indicatorFormula(average.indicator, scope),
      lineFigureStyle(INDICATOR_BY_ID[average.indicator].format),
      VALUE.to
    );
    sheet.value(r, VALUE.to + 1, text(ctx, average.unit), "unit", LAST_COLUMN);
    ctx.figures.push({ indicator: average.indicator, club: null, address });
    r++;
  }
  return r + 1;
}
