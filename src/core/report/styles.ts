/**
 * The report's styles (Decree 30/2020/NĐ-CP: Times New Roman; headings bold and centred; body 13 pt; tables may
 * be smaller). Cells refer to these by name; figure styles are named after their number format.
 */
import type { CellStyle } from "./layout";

const FONT = "Times New Roman";
const BODY = 13;
const TABLE = 11;

const ALL_SIDES = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

function text(
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
  parentBody: text(12, "center"),
  issuingBody: text(12, "center", { bold: true }),
  country: text(12, "center", { bold: true }),
  motto: text(13, "center", { bold: true, underline: true }),
  number: text(BODY, "center"),
  dateLine: text(BODY, "center", { italic: true }),
  /** An empty cell whose bottom line is the short rule under a heading. */
  rule: text(BODY, "center", {}, { border: { bottom: "thin" } }),
  title: text(14, "center", { bold: true }),
  subject: text(BODY, "center", { bold: true }),
  section: text(BODY, "left", { bold: true }, { wrap: false }),
  body: text(BODY, "left", {}, { indent: 1 }),
  label: text(BODY, "right", { italic: true }, { wrap: false }),
  hint: text(12, "left", { italic: true }),
  dots: text(BODY, "left", {}, { wrap: false }),
  inputDate: text(BODY, "center", { bold: true }, { numberFormat: "dd/mm/yyyy" }),
  inputNumber: text(BODY, "center", { bold: true }, { numberFormat: "#,##0" }),
  th: text(TABLE, "center", { bold: true }, { border: ALL_SIDES }),
  tdNo: text(TABLE, "center", {}, { border: ALL_SIDES }),
  tdText: text(TABLE, "left", {}, { border: ALL_SIDES, indent: 1 }),
  tdTotal: text(TABLE, "center", { bold: true }, { border: ALL_SIDES }),
  tdInput: text(TABLE, "right", { bold: true }, { border: ALL_SIDES, numberFormat: "#,##0" }),
  unit: text(BODY, "left", {}, { wrap: false, indent: 1 }),
  note: text(12, "center", { italic: true }),
  recipientsHead: text(12, "left", { bold: true, italic: true }, { wrap: false }),
  recipients: text(11, "left", {}, { wrap: false }),
  signHead: text(BODY, "center", { bold: true }),
  signHint: text(BODY, "center", { italic: true }),
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

/** A figure on a line of text (an average per club): the body font, bold. */
export function lineFigureStyle(format: string): { name: string; style: CellStyle } {
  return {
    name: `lineFigure:${format}`,
    style: text(BODY, "right", { bold: true }, { numberFormat: format, wrap: false }),
  };
}
