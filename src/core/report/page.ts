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
 * Room kept free across and down a page: a sheet is designed a few points short of the paper at the widths
 * LibreOffice draws, and pages are filled to 96 % at most (LibreOffice draws a row a little shorter than set).
 */
export const WIDTH_SLACK = 3;
export const PAGE_FILL = 0.96;

/**
 * An .xlsx column width is counted in digits of the workbook's default font, which exceljs writes as Calibri
 * 11 pt: 1038/2048 em, 5.575 points, a digit as LibreOffice draws it (Carlito, Calibri's metric twin). Sheets are
 * designed at those widths.
 */
const POINTS_PER_DIGIT = (1038 / 2048) * 11;

/** A column `points` wide as an .xlsx width in digits. */
export function digitsWide(points: number): number {
  return Math.round((points / POINTS_PER_DIGIT) * 1000) / 1000;
}

/**
 * How wide Excel draws that column: it rounds a digit to 7 pixels and the column to whole pixels, so the sheet
 * prints 3–6 % narrower than designed (the centring keeps both margins legal) and wraps text sooner.
 */
export function excelPoints(points: number): number {
  return Math.floor(7 * digitsWide(points) + 0.5) * 0.75;
}

/** Points per line of wrapped text, by font size (Times New Roman, with Excel's line spacing). */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.32);
}

/** What a cell leaves free inside its borders, in points, before its text starts. */
const CELL_PADDING = 6;

/**
 * About how wide `text` prints in Times New Roman at `size` points, a character at a time: capitals 0.68 em,
 * other letters 0.46, digits 0.5, spaces 0.25, "%" 0.83, "…" 1, other punctuation 0.33, bold 4 % wider.
 * Checked on LibreOffice's print of the report (pdftotext's word boxes, lines not justified): 0.95–1.14 of
 * the width measured, median 1.01 (bold headings down to 0.95 with the 4 %).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) em += 0.25;
    else if (/\d/.test(ch)) em += 0.5;
    else if (/\p{Lu}/u.test(ch)) em += 0.68;
    else if (/\p{L}/u.test(ch)) em += 0.46;
    else em += ch === "%" ? 0.83 : ch === "…" ? 1 : 0.33;
  }
  return em * size * (bold ? 1.04 : 1);
}

/**
 * How many lines `text` takes in a cell `width` points wide: its words laid out one after another as the
 * spreadsheet wraps them (a word longer than the line is broken), each counted 4 % wider to be safe.
 */
export function linesAcross(text: string, width: number, size: number, bold = false): number {
  const room = width - CELL_PADDING;
  const space = 0.25 * size;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const w = textWidth(word, size, bold) * 1.04;
      if (used > 0 && used + space + w <= room) {
        used += space + w;
      } else if (used > 0) {
        lines++;
        used = w;
      } else {
        used = w;
      }
      // A word wider than the line runs on to the next ones.
      while (used > room) {
        lines++;
        used -= room;
      }
    }
  }
  return lines;
}

/**
 * The page number in Excel's header codes (which LibreOffice reads too), for the centre of the header:
 * &"font,style" the font, &13 its size, &P the page number.
 */
export function pageNumberCode(font: string, size: number): string {
  return `&"${font},Regular"&${size}&P`;
}
