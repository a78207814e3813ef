/**
 * A part of the report the user writes: its heading, an italic prompt saying what belongs there, and dotted
 * lines to write on — kept on one page together.
 */
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { ALL } from "./report-grid";

const LINES = 3;

/** `keepFrom`: an earlier row kept on the page with this part (the heading of the section it opens). */
export function writeFreeText(
  ctx: Pick<ReportContext, "sheet" | "lang">,
  row: number,
  heading: MessageKey,
  hint: MessageKey,
  style: "section" | "subsection" = "section",
  keepFrom = row
): number {
  const sheet = ctx.sheet;
  sheet.paragraph(row, ALL.from, ALL.to, text(ctx, heading), style);
  sheet.paragraph(row + 1, ALL.from, ALL.to, text(ctx, hint), "hint");
  for (let i = 0; i < LINES; i++) sheet.dotLine(row + 2 + i);
  const last = row + 1 + LINES;
  sheet.keepTogether(keepFrom, last);
  return last + 2;
}
