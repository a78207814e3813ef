/**
 * Whether a sheet looks like a member register from its first rows alone, so that a picker can offer registers
 * first without reading whole sheets: the rows header detection searches, and a few members under them.
 */
import type { Grid } from "../grid";
import { detectLayout, HEADER_SEARCH_ROWS, MAX_HEADER_ROWS } from "./detect-layout";

export const PEEK_ROWS = HEADER_SEARCH_ROWS + MAX_HEADER_ROWS + 10;
/** Columns enough for every register layout we have met (the widest real list has 27). */
export const PEEK_COLUMNS = 40;

export function looksLikeRegister(top: Grid): boolean {
  return detectLayout(top) !== null;
}
