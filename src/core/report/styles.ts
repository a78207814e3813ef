/**
 * The report's styles, after Decree 30/2020/NĐ-CP (Phụ lục I): Times New Roman; the national name 12–13 pt
 * bold capitals, the motto 13–14 pt bold and underlined as long as it is, the issuing body 12–13 pt bold
 * capitals, "BÁO CÁO" 13–14 pt bold, the subject 14 pt bold, the body 13–14 pt justified, "Nơi nhận" 12 pt bold
 * italic and its list 11 pt, the signature block 13–14 pt bold. Tables print at 12 pt. Cells refer to these by
 * name; figure styles are named after their number format.
 */
import type { CellStyle } from "./layout";

export const FONT = "Times New Roman";
export const BODY = 13;
export const TABLE = 12;

export const ALL_SIDES = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

/** A Times New Roman cell style, vertically centred and wrapped: the one shape of every printed sheet's styles. */
export function text(
  size: number,
  horizontal: CellStyle["horizontal"],
  font: Partial<CellStyle["font"]> = {},
  more: Partial<CellStyle> = {}
): CellStyle {
  return {
    font: { name: FONT, size, ...font },
    horizontal,
    vertical: "middle",
    wrap: true,
    ...more,
  };
}

export const STYLES = {
  // The heading is set from the top, each half's lines one under the other.
  parentBody: text(12, "center", {}, { vertical: "top" }),
  issuingBody: text(12, "center", { bold: true }, { vertical: "top" }),
  country: text(12, "center", { bold: true }, { wrap: false, vertical: "top" }),
  motto: text(13, "center", { bold: true, underline: true }, { wrap: false, vertical: "top" }),
  number: text(BODY, "center"),
  dateLine: text(BODY, "center", { italic: true }),
  /** An empty cell whose bottom line is the short rule under a heading. */
  rule: text(BODY, "center", {}, { border: { bottom: "thin" } }),
  title: text(14, "center", { bold: true }),
  subject: text(14, "center", { bold: true }),
  annexLabel: text(14, "center", { bold: true }),
  annexTitle: text(14, "center", { bold: true }),
  annexNote: text(BODY, "center", { italic: true }),
  section: text(BODY, "left", { bold: true }, { wrap: false }),
  subsection: text(BODY, "left", { bold: true }),
  body: text(BODY, "justify"),
  label: text(BODY, "left", { italic: true }, { wrap: false }),
  hint: text(BODY, "justify", { italic: true }),
  dots: text(BODY, "left", {}, { wrap: false }),
  note: text(BODY, "left", { italic: true }),
  inputDate: text(BODY, "center", { bold: true }, { numberFormat: "dd/mm/yyyy" }),
  inputNumber: text(BODY, "center", { bold: true }, { numberFormat: "#,##0" }),
  // Set from the top: a header row is as tall as its longest title as Excel wraps it (narrower than LibreOffice).
  th: text(TABLE, "center", { bold: true }, { border: ALL_SIDES, vertical: "top" }),
  tdNo: text(TABLE, "center", {}, { border: ALL_SIDES }),
  tdText: text(TABLE, "left", {}, { border: ALL_SIDES }),
  tdVerdict: text(TABLE, "center", {}, { border: ALL_SIDES }),
  tdTotal: text(TABLE, "center", { bold: true }, { border: ALL_SIDES }),
  tdInput: text(TABLE, "right", { bold: true }, { border: ALL_SIDES, numberFormat: "#,##0" }),
  recipientsHead: text(12, "left", { bold: true, italic: true }, { wrap: false }),
  recipients: text(11, "left", {}, { wrap: false }),
  signHead: text(BODY, "center", { bold: true }),
  signName: text(BODY, "center", { bold: true }),
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

/** The style of a figure in a table: its number format, bold in the totals row. */
export function figureStyle(format: string, total: boolean): { name: string; style: CellStyle } {
  return {
    name: `${total ? "figureTotal" : "figure"}:${format}`,
    style: text(TABLE, "right", { bold: total }, { border: ALL_SIDES, numberFormat: format }),
  };
}
