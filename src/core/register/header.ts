/**
 * Finding the header of a member table: the row (or pair of rows) within the first rows of a sheet that names
 * the most canonical fields, a name column being required. Title rows above it name no field, so they lose.
 *
 * A two-row header has merged parents over sub-headers ("Năm sinh" over "Nam" | "Nữ", "Hộ" over
 * "Nghèo" | "Cận nghèo"). A merged cell's value sits in its top-left cell, so a sub-header under a blank parent
 * belongs to the nearest parent on its left that also has sub-headers.
 */
import type { CellValue, Grid } from "../grid";
import type { Field, Poverty } from "../model";
import { cleanText } from "../text/clean-text";
import { foldKey } from "../text/fold";
import { combinedHeaderMeaning, singleHeaderMeaning, type HeaderMeaning } from "./header-synonyms";

/** How many rows from the top of a grid may hold the header. */
export const HEADER_SEARCH_ROWS = 30;

/** Where the fields of a member table are; all positions are 0-based indexes into the grid's rows. */
export interface HeaderLayout {
  /** Grid row indexes of the header (one or two). */
  readonly rows: readonly number[];
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  readonly splitBirth: { readonly male: number; readonly female: number } | null;
  readonly povertyMarks: Readonly<Partial<Record<Exclude<Poverty, "none">, number>>> | null;
  readonly unmapped: readonly { readonly index: number; readonly header: string }[];
}

interface HeaderCell {
  readonly text: string;
  readonly key: string;
  /** The key without parenthesised notes: "Số tiền vay (VNĐ)" → "sotienvay". */
  readonly plainKey: string;
}

export function findHeader(grid: Grid): HeaderLayout | null {
  const rowCount = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  const cells = grid.rows.slice(0, rowCount).map((row) => row.map(headerCell));
  let best: { layout: HeaderLayout; score: number } | null = null;
  for (let r = 0; r < rowCount; r++) {
    const candidates = [layoutOf([r], [cells[r]])];
    if (r + 1 < rowCount) candidates.push(layoutOf([r, r + 1], [cells[r], cells[r + 1]]));
    for (const { layout, score } of candidates) {
      if (layout.columns.name === undefined) continue;
      if (!best || isBetter(score, layout, best.score, best.layout)) best = { layout, score };
    }
  }
  return best ? best.layout : null;
}

/**
 * More recognised header cells wins (so "Năm sinh" over "Nam" | "Nữ" beats "Năm sinh" alone). On a tie, the
 * header that ends higher, then the one-row header, is the real one: a title row above a header, or a first
 * data row below it, adds nothing.
 */
function isBetter(
  score: number,
  layout: HeaderLayout,
  bestScore: number,
  best: HeaderLayout
): boolean {
  if (score !== bestScore) return score > bestScore;
  const end = layout.rows[layout.rows.length - 1];
  const bestEnd = best.rows[best.rows.length - 1];
  if (end !== bestEnd) return end < bestEnd;
  return layout.rows.length < best.rows.length;
}

function headerCell(value: CellValue): HeaderCell | null {
  let text: string;
  if (typeof value === "string") text = cleanText(value).text;
  else if (typeof value === "number") text = String(value);
  else return null;
  if (text === "") return null;
  return { text, key: foldKey(text), plainKey: foldKey(text.replace(/\([^)]*\)/g, "")) };
}

function singleMeaning(cell: HeaderCell): HeaderMeaning | undefined {
  return singleHeaderMeaning(cell.key) ?? singleHeaderMeaning(cell.plainKey);
}

/**
 * Reads one header candidate: one row, or a parent row over a sub-header row. Its score is the number of
 * header cells that found a field.
 */
function layoutOf(
  rows: number[],
  cells: (readonly (HeaderCell | null)[])[]
): { layout: HeaderLayout; score: number } {
  const [top, sub] = cells;
  const width = Math.max(top.length, sub ? sub.length : 0);
  const columns: Partial<Record<Field, number>> = {};
  const split: { male?: number; female?: number } = {};
  const marks: Partial<Record<Exclude<Poverty, "none">, number>> = {};
  const notTaken: number[] = [];
  let score = 0;
  const texts: string[] = [];
  let groupParent: HeaderCell | null = null;

  for (let c = 0; c < width; c++) {
    const topCell = top[c] ?? null;
    const subCell = (sub && sub[c]) ?? null;
    let parent: HeaderCell | null = topCell;
    if (topCell) groupParent = subCell ? topCell : null;
    else if (subCell) parent = groupParent;
    else groupParent = null;
    if (!topCell && !subCell) continue;

    let meaning: HeaderMeaning | undefined;
    if (subCell) {
      meaning =
        (parent &&
          (combinedHeaderMeaning(parent.key, subCell.key) ??
            combinedHeaderMeaning(parent.plainKey, subCell.plainKey))) ??
        singleMeaning(subCell);
    }
    if (!meaning && topCell) meaning = singleMeaning(topCell);

    let taken = false;
    if (meaning?.kind === "field" && columns[meaning.field] === undefined) {
      columns[meaning.field] = c;
      taken = true;
    } else if (meaning?.kind === "split" && split[meaning.gender] === undefined) {
      split[meaning.gender] = c;
      taken = true;
    } else if (meaning?.kind === "mark" && marks[meaning.poverty] === undefined) {
      marks[meaning.poverty] = c;
      taken = true;
    }
    texts[c] = headerText(parent, subCell);
    if (taken) score++;
    else notTaken.push(c);
  }
  return { layout: settle(rows, columns, split, marks, notTaken, texts), score };
}

function headerText(parent: HeaderCell | null, sub: HeaderCell | null): string {
  if (parent && sub) return `${parent.text} / ${sub.text}`;
  return (sub ?? parent)?.text ?? "";
}

/**
 * Resolves overlaps: the split layout gives gender and birth, so a "Giới tính" or "Năm sinh" column beside it is
 * not read; "x"-mark columns say more than a free-text poverty column, which is then not read either. Half a
 * split layout ("Nam" without "Nữ") is no layout.
 */
function settle(
  rows: number[],
  columns: Partial<Record<Field, number>>,
  split: { male?: number; female?: number },
  marks: Partial<Record<Exclude<Poverty, "none">, number>>,
  notTaken: number[],
  texts: readonly string[]
): HeaderLayout {
  let splitBirth: HeaderLayout["splitBirth"] = null;
  if (split.male !== undefined && split.female !== undefined) {
    splitBirth = { male: split.male, female: split.female };
    for (const field of ["gender", "birth"] as const) {
      const index = columns[field];
      if (index !== undefined) notTaken.push(index);
      delete columns[field];
    }
  } else {
    if (split.male !== undefined) notTaken.push(split.male);
    if (split.female !== undefined) notTaken.push(split.female);
  }
  const povertyMarks = Object.keys(marks).length > 0 ? marks : null;
  if (povertyMarks && columns.poverty !== undefined) {
    notTaken.push(columns.poverty);
    delete columns.poverty;
  }
  notTaken.sort((a, b) => a - b);
  return {
    rows,
    columns,
    splitBirth,
    povertyMarks,
    unmapped: notTaken.map((index) => ({ index, header: texts[index] })),
  };
}
