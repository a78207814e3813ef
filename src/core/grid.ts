/**
 * A grid is the plain 2-D picture of a sheet region that every reader produces (the Excel adapter, the .xlsx
 * reader) and every core step consumes. A merged cell arrives as its value in the top-left cell, blanks elsewhere.
 */

import { charCode } from "./text/char-code";

/** An Excel error value such as #N/A or #VALUE!, kept apart from text so that "#N/A" typed as text stays text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/**
 * The error a grid holds for a formula saved without its computed value (as many generators write them): its
 * value is unknown until a spreadsheet program calculates it, and it must not read as a blank. No Excel error is
 * spelled so.
 */
export const UNCALCULATED = "#UNCALCULATED!";

/** A merged area of a sheet, in 1-based sheet rows and columns, both ends included. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** The sheet's name as the workbook shows it. */
  readonly sheet: string;
  /** 1-based sheet row of `rows[0]`. */
  readonly originRow: number;
  /** 1-based sheet column of `rows[r][0]`. */
  readonly originCol: number;
  /** Row-major values; rows may be shorter than the widest row (missing cells are blank). */
  readonly rows: readonly (readonly CellValue[])[];
  /** A sheet the workbook hides: "hidden" (Unhide shows it) or "veryHidden" (only a macro can); absent: shown. */
  readonly hidden?: "hidden" | "veryHidden";
  /** 1-based sheet rows hidden by hand (or by a table's filter), ascending; absent: none or not known. */
  readonly hiddenRows?: readonly number[];
  /** For a part of a sheet cut below its title (a later year's list): the club the sheet's title names. */
  readonly titleClub?: string;
  /**
   * 1-based sheet columns hidden, ascending; absent: none or not known. A hidden column is kept for what it may
   * hold alone, but a visible column with the same meaning is read before it (an old copy hidden beside).
   */
  readonly hiddenColumns?: readonly number[];
  /** 1-based sheet rows hidden by the sheet's filter (AutoFilter), ascending; absent: none or not known. */
  readonly filteredRows?: readonly number[];
  /**
   * The sheet's merged areas, where the reader knows them: a group header merged over its columns then names
   * each of them. Optional: a range passed to a custom function has none, and headers are then inferred.
   */
  readonly merges?: readonly CellRange[];
}

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof Date) &&
    typeof (value as CellError).error === "string"
  );
}

/** True for null, undefined and text that is only white space (including non-breaking spaces). */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && isBlankText(value));
}

/**
 * Whether a text is only white space. Nearly every cell starts with a letter or a digit, which settles it
 * without a trimmed copy (and without `trim` looked up on one of a register's many string forms).
 */
export function isBlankText(text: string): boolean {
  return !isCertainlyNotSpace(charCode(text, 0)) && text.trim() === "";
}

/**
 * A character that is no white space of any kind: printable ASCII and everything from U+00A1 to U+167F (Latin
 * letters with their accents among them). False means "look closer"; it is false for "" (NaN).
 */
export function isCertainlyNotSpace(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0xa0 && code < 0x1680);
}

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "C" → 3. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (5, 3) → "C5". */
export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** The value at a 1-based sheet row and column, or null outside the grid. */
export function valueAt(grid: Grid, row: number, column: number): CellValue {
  const r = grid.rows[row - grid.originRow];
  if (!r) return null;
  const v = r[column - grid.originCol];
  return v === undefined ? null : v;
}

/** 1-based sheet column of the last column any row reaches. */
export function lastColumn(grid: Grid): number {
  let width = 0;
  for (const r of grid.rows) if (r.length > width) width = r.length;
  return grid.originCol + width - 1;
}

export function lastRow(grid: Grid): number {
  return grid.originRow + grid.rows.length - 1;
}
