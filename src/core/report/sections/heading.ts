/**
 * The top of an administrative document (Decree 30/2020/NĐ-CP, Phụ lục I): the parent body and the issuing body
 * on the left with a short centred rule under them and the number below; the national name and the motto
 * (underlined as long as it is) on the right with the place and date below; then "BÁO CÁO" and the subject
 * centred, with a short centred rule under the subject.
 */
import { text, type ReportContext } from "../context";
import type { DayDate } from "../../model";
import { lineHeight, textWidth } from "../page";
import { STYLES } from "../styles";
import { ALL, LEFT, RIGHT } from "./report-grid";

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** Decree 30: days below 10 and the months January and February are written with a leading zero. */
export function dateParts(date: DayDate | undefined): Record<"day" | "month" | "year", string> {
  if (!date || date.month === undefined || date.day === undefined) {
    return { day: "…", month: "…", year: date ? String(date.year) : "…" };
  }
  return {
    day: twoDigits(date.day),
    month: date.month < 3 ? twoDigits(date.month) : String(date.month),
    year: String(date.year),
  };
}

/** A setting as given, or the dotted blank a person fills in by hand when it is missing or blank. */
export function orBlank(ctx: Pick<ReportContext, "lang">, value: string | undefined): string {
  return value !== undefined && value.trim() !== "" ? value.trim() : text(ctx, "report.blank");
}

/** "Số: 15/BC-HNCT"; a number given with its symbol is printed as given; no number: room to write it. */
export function numberLine(ctx: Pick<ReportContext, "lang" | "params">): string {
  const number = ctx.params.reportNumber?.trim() ?? "";
  if (number.includes("/")) return text(ctx, "report.numberAsGiven", { number });
  return text(ctx, "report.number", { number: number || "\u00a0".repeat(8) });
}

/** The number and date as an annex cites its report: "15/BC-HNCT", "20/12/2019" (blanks to fill in). */
export function citation(ctx: Pick<ReportContext, "lang" | "params">): {
  number: string;
  date: string;
} {
  const { day, month, year } = dateParts(ctx.params.reportDate);
  return {
    number: numberLine(ctx).replace(/^[^:]*:\s*/, ""),
    date: `${day}/${month}/${year}`,
  };
}

/** The longest line `text` breaks into across `width` points: what a rule under it is measured against. */
function longestLine(text: string, width: number, size: number, bold: boolean): number {
  return Math.min(textWidth(text, size, bold), width);
}

export function writeHeading(
  ctx: Pick<ReportContext, "sheet" | "lang" | "params">,
  row: number
): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  // The two halves are set from the top, as a heading table is: the parent body (typed by the user, so possibly
  // long) takes as many rows as its lines, beside the national name and the motto, one row each.
  let left = row;
  const parent = p.parentBody?.trim();
  if (parent) {
    const lines = sheet.linesOf(parent, LEFT.from, LEFT.to, "parentBody");
    const content = { kind: "value", value: parent } as const;
    sheet.put(row, LEFT.from, content, "parentBody", LEFT.to, row + lines - 1);
    const height = lineHeight(STYLES.parentBody.font.size) + 4;
    for (let r = row; r < row + lines; r++) sheet.setHeight(r, height);
    left += lines;
  }
  const issuer = orBlank(ctx, p.issuingBody);
  sheet.paragraph(left, LEFT.from, LEFT.to, issuer, "issuingBody");
  const issuerWidth = longestLine(
    issuer,
    sheet.widthOf(LEFT.from, LEFT.to),
    STYLES.issuingBody.font.size,
    true
  );
  sheet.rule(left + 1, LEFT.from, LEFT.to, issuerWidth);

  sheet.value(row, RIGHT.from, text(ctx, "report.country"), "country", RIGHT.to);
  sheet.value(row + 1, RIGHT.from, text(ctx, "report.motto"), "motto", RIGHT.to);

  const numberRow = Math.max(left + 2, row + 2) + 1;
  sheet.value(numberRow, LEFT.from, numberLine(ctx), "number", LEFT.to);
  sheet.value(
    numberRow,
    RIGHT.from,
    text(ctx, "report.dateLine", { place: orBlank(ctx, p.place), ...dateParts(p.reportDate) }),
    "dateLine",
    RIGHT.to
  );

  const titleRow = numberRow + 2;
  sheet.value(titleRow, ALL.from, text(ctx, "report.title"), "title", ALL.to);
  const subject =
    p.subject?.trim() || text(ctx, "report.subject", { period: orBlank(ctx, p.period) });
  sheet.paragraph(titleRow + 1, ALL.from, ALL.to, subject, "subject");
  const size = STYLES.subject.font.size;
  sheet.rule(
    titleRow + 2,
    ALL.from,
    ALL.to,
    longestLine(subject, sheet.widthOf(ALL.from, ALL.to), size, true)
  );
  sheet.setHeight(titleRow + 3, lineHeight(size));
  return titleRow + 4;
}
