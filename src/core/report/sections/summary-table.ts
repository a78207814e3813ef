/**
 * The tables of the report itself: short, four columns wide (number, label, two figures), one line per item,
 * counts and shares side by side, at 12 pt. Every figure for all clubs together is registered as it is written.
 */
import { INDICATOR_BY_ID, type IndicatorId } from "../../indicators/catalogue";
import type { CellContent } from "../layout";
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { figureStyle, type StyleName } from "../styles";
import { TABLE_COLUMNS, type Span } from "./report-grid";

export const FIRST = TABLE_COLUMNS.first;
export const SECOND = TABLE_COLUMNS.second;

/**
 * A part of section II: its heading at `row`, the table's header row after `gap` rows (what comes between is the
 * caller's); returns the first row of the body.
 */
export function startTable(
  ctx: ReportContext,
  row: number,
  heading: MessageKey,
  titles: readonly [MessageKey, MessageKey, MessageKey, MessageKey],
  gap = 0
): number {
  const sheet = ctx.sheet;
  sheet.paragraph(row, 1, sheet.lastColumn, text(ctx, heading), "subsection");
  const head = row + 1 + gap;
  const spans = [TABLE_COLUMNS.no, TABLE_COLUMNS.label, FIRST, SECOND];
  spans.forEach((span, i) => {
    const title = text(ctx, titles[i]);
    sheet.value(head, span.from, title, "th", span.to);
    sheet.fitText(head, span.from, span.to, title, "th");
  });
  return head + 1;
}

/**
 * The end of a part: the note sending the reader to the annex with each club, the part kept on one page from
 * its heading at `first`; returns the row the next part starts at.
 */
export function endTable(ctx: ReportContext, first: number, last: number, annex: number): number {
  const { no, second } = TABLE_COLUMNS;
  ctx.sheet.paragraph(
    last + 1,
    no.from,
    second.to,
    text(ctx, "report.seeAnnex", { annex }),
    "note"
  );
  ctx.sheet.keepTogether(first, last + 1);
  return last + 3;
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
