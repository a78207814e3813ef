/** Sections IV and V: text the user writes — a hint of what belongs there, then lines to write on. */
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { LAST_COLUMN } from "../sheet-builder";

const LINES = 3;

export function writeFreeTextSection(
  ctx: ReportContext,
  row: number,
  heading: MessageKey,
  hint: MessageKey
): number {
  const sheet = ctx.sheet;
  sheet.value(row, 1, text(ctx, heading), "section", LAST_COLUMN);
  sheet.paragraph(row + 1, 1, LAST_COLUMN, text(ctx, hint), "hint");
  for (let i = 0; i < LINES; i++) sheet.dotLine(row + 2 + i);
  return row + 2 + LINES + 1;
}
