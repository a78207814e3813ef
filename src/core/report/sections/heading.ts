/**
 * The top of an administrative document (Decree 30/2020/NĐ-CP, form 1.x): issuing body on the left with a
 * short rule under it, the national name and motto on the right (the motto underlined), the number under the
 * issuing body and the place and date under the motto, then the title and subject line centred, with a
 * short rule under the subject.
 */
import { text, type ReportContext } from "../context";
import type { DayDate } from "../../model";
import { LAST_COLUMN } from "../sheet-builder";

const LEFT_END = 5;
const RIGHT_START = 6;

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** Decree 30: days below 10 and the months January and February are written with a leading zero. */
function dateParts(date: DayDate | undefined): Record<"day" | "month" | "year", string> {
  if (!date || date.month === undefined || date.day === undefined) {
    return { day: "…", month: "…", year: date ? String(date.year) : "…" };
  }
  return {
    day: twoDigits(date.day),
    month: date.month < 3 ? twoDigits(date.month) : String(date.month),
    year: String(date.year),
  };
}

export function writeHeading(
  ctx: Pick<ReportContext, "sheet" | "lang" | "params">,
  row: number
): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  let left = row;
  // Typed by the user, so possibly long: wrapped, the row made tall enough.
  if (p.parentBody) sheet.paragraph(left++, 1, LEFT_END, p.parentBody, "parentBody");
  sheet.paragraph(left++, 1, LEFT_END, p.issuingBody, "issuingBody");
  const ruleRow = left++;
  sheet.rule(ruleRow, 1, LEFT_END);

  sheet.value(row, RIGHT_START, text(ctx, "report.country"), "country", LAST_COLUMN);
  sheet.value(row + 1, RIGHT_START, text(ctx, "report.motto"), "motto", LAST_COLUMN);
  sheet.setHeight(row, 18);
  sheet.setHeight(row + 1, 18);
  // On a row of its own the rule sits close under the issuing body.
  if (ruleRow > row + 1) sheet.setHeight(ruleRow, 6);

  const numberRow = Math.max(left, row + 2) + 1;
  sheet.value(
    numberRow,
    1,
    text(ctx, "report.number", { number: p.reportNumber ?? "\u00a0".repeat(6) }),
    "number",
    LEFT_END
  );
  sheet.value(
    numberRow,
    RIGHT_START,
    text(ctx, "report.dateLine", { place: p.place, ...dateParts(p.reportDate) }),
    "dateLine",
    LAST_COLUMN
  );
  sheet.setHeight(numberRow, 20);

  const titleRow = numberRow + 2;
  sheet.value(titleRow, 1, text(ctx, "report.title"), "title", LAST_COLUMN);
  sheet.setHeight(titleRow, 22);
  const subject = p.subject ?? text(ctx, "report.subject", { period: p.period });
  sheet.paragraph(titleRow + 1, 1, LAST_COLUMN, subject, "subject");
  sheet.rule(titleRow + 2, 1, LAST_COLUMN);
  sheet.setHeight(titleRow + 2, 8);
  return titleRow + 4;
}
