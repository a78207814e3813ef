/**
 * The printed page the report is laid out for: A4 with Decree 30/2020/NĐ-CP's margins, printed at 100 %, and how
 * much text of a given font fits across a width. Sheets are designed in points; the writers convert.
 */
import type { Margins } from "./layout";

const POINTS_PER_MM = 72 / 25.4;

/** A4 in points, portrait. */
const A4 = { width: 210 * POINTS_PER_MM, height: 297 * POINTS_PER_MM };

/** Each margin at its Decree minimum but the right one a little in, and the page number 10 mm from the top. */
export const MARGINS: Margins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 10,
  footer: 10,
};

export type Orientation = "portrait" | "landscape";

/** The area inside the margins, in points. */
export function printable(orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.width, A4.height] : [A4.height, A4.width];
  return {
    width: w - (MARGINS.left + MARGINS.right) * POINTS_PER_MM,
    height: h - (MARGINS.top + MARGINS.bottom) * POINTS_PER_MM,
  };
}

/**
 * Room kept free across and down a page. LibreOffice draws a column of a given width in characters about 6 %
 * wider than Excel does and a row a little shorter, so a sheet is designed a few points short of the paper
 * (the centring absorbs what is left) and pages are filled to 96 % at most.
 */
export const WIDTH_SLACK = 3;
export const PAGE_FILL = 0.96;

/** Points per line of wrapped text, by font size (Times New Roman, with Excel's line spacing). */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.32);
}

/** What a cell leaves free inside its borders, in points, before its text starts. */
const CELL_PADDING = 6;

/**
 * About how wide `text` prints in Times New Roman at `size` points. Measured on the printed report (pdftotext's
 * word boxes): capitals average 0.59–0.61 em a character, spaces included; other Vietnamese text 0.39–0.46 em,
 * at most 0.49 with many digits. The larger figures are taken, a little more in bold.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const capitals = text !== "" && text === text.toUpperCase() && /\p{L}/u.test(text);
  const em = (capitals ? 0.61 : 0.45) * (bold ? 1.03 : 1);
  return text.length * em * size;
}

/**
 * How many lines `text` takes in a cell `width` points wide. Words are not split, so a line ends short of the
 * cell by half a word on average: the text is counted 6 % longer.
 */
export function linesAcross(text: string, width: number, size: number, bold = false): number {
  const room = width - CELL_PADDING;
  return text
    .split("\n")
    .map((paragraph) => Math.max(1, Math.ceil((textWidth(paragraph, size, bold) * 1.06) / room)))
    .reduce((a, b) => a + b, 0);
}

/**
 * The page number in Excel's header codes (which LibreOffice reads too), for the centre of the header:
 * &"font,style" the font, &13 its size, &P the page number.
 */
export function pageNumberCode(font: string, size: number): string {
  return `&"${font},Regular"&${size}&P`;
}
