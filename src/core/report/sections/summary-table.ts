/**
 * The tables of the report itself: short, four columns wide (number, label, two figures), one line per item,
 * counts and shares side by side, at 12 pt. Every figure for all clubs together is registered as it is written.
 */
import { INDICATOR_BY_ID, type IndicatorId } from "../../indicators/catalogue";
import type { CellContent } from "../layout";
import type { ReportContext } from "../context";
import { figureStyle, type StyleName } from "../styles";
import { TABLE_COLUMNS, type Span } from "./report-grid";

export const FIRST = TABLE_COLUMNS.first;
export const SECOND = TABLE_COLUMNS.second;

/** The header row; returns the first row of the body. */
export function writeTableHead(ctx: ReportContext, row: number, titles: readonly string[]): number {
  const sheet = ctx.sheet;
  const spans = [TABLE_COLUMNS.no, TABLE_COLUMNS.label, FIRST, SECOND];
  spans.forEach((span, i) => {
    sheet.value(row, span.from, titles[i], "th", span.to);
    sheet.fitText(row, span.from, span.to, titles[i], "th");
  });
  return row + 1;
}

/** A body row's number and label (a value, or a formula that follows an input cell). */
export function writeRowLabel(
  ctx: ReportContext,
  row: number,
  no: number,
  label: string,
  formula?: string
): void {
  const sheet = ctx.sheet;
  const { no: noSpan, label: labelSpan } = TABLE_COLUMNS;
  sheet.value(row, noSpan.from, no, "tdNo", noSpan.to);
  const content: CellContent = formula
    ? { kind: "formula", formula }
    : { kind: "value", value: label };
  sheet.put(row, labelSpan.from, content, "tdText", labelSpan.to);
  sheet.fitText(row, labelSpan.from, labelSpan.to, label, "tdText");
}

/** A catalogue figure for all clubs together; returns its address. */
export function writeTotal(
  ctx: ReportContext,
  row: number,
  span: Span,
  indicator: IndicatorId,
  formula: string,
  cumulative = false
): string {
  const address = ctx.sheet.formula(
    row,
    span.from,
    formula,
    figureStyle(INDICATOR_BY_ID[indicator].format, false),
    span.to
  );
  ctx.figures.push({
    indicator,
    club: null,
    sheet: ctx.sheet.key,
    address,
    ...(cumulative ? { cumulative } : {}),
  });
  if (!cumulative) ctx.totals.set(indicator, address);
  return address;
}

/** Any other cell of a table: a text, an input, an empty cell with its borders. */
export function writeCell(
  ctx: ReportContext,
  row: number,
  span: Span,
  content: CellContent,
  style: StyleName | ReturnType<typeof figureStyle>
): string {
  return ctx.sheet.put(row, span.from, content, style, span.to);
}

/** A table's note under it, in italics ("Chi tiết tại Phụ lục 1"). */
export function writeNote(ctx: ReportContext, row: number, note: string): void {
  ctx.sheet.paragraph(row, TABLE_COLUMNS.no.from, TABLE_COLUMNS.second.to, note, "note");
}
