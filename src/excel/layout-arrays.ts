import { cellAddress, columnNumber } from "../core/grid";
import type { CellStyle, ReportCell } from "../core/report";
import { inDateSystem } from "../core/report/date-system";

/** "B12" → { row: 12, column: 2 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

export interface LayoutArrays {
  /** "A1:P80": every cell the layout writes. */
  readonly range: string;
  /** What Excel's Range.formulas takes: "=…" for formulas, constants for values, "" for empty cells. */
  readonly formulas: (string | number | boolean)[][];
  /** Number formats; "@" (text) for every text value, so Excel stores it as typed ("=1+1", "1955"). */
  readonly numberFormats: string[][];
}

/**
 * A layout sheet's cells as the 2-D arrays one Excel range write takes. A text value is never given to Excel as
 * a formula: its cell is formatted as text before the write, which is how Excel keeps "=1+1" or "07" as typed.
 */
export function layoutArrays(
  cells: readonly ReportCell[],
  styles: Readonly<Record<string, CellStyle>>,
  date1904 = false
): LayoutArrays {
  let rows = 1;
  let columns = 1;
  for (const cell of cells) {
    const { row, column } = parseAddress(cell.address);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  const formulas = Array.from({ length: rows }, () =>
    new Array<string | number | boolean>(columns).fill("")
  );
  const numberFormats = Array.from({ length: rows }, () =>
    new Array<string>(columns).fill("General")
  );
  for (const cell of cells) {
    const { row, column } = parseAddress(cell.address);
    const format = styles[cell.style]?.numberFormat;
    if (cell.content.kind === "formula") {
      formulas[row - 1][column - 1] = "=" + cell.content.formula;
      numberFormats[row - 1][column - 1] = format ?? "General";
    } else {
      const value = cell.content.value;
      formulas[row - 1][column - 1] = inDateSystem(value, format, date1904) ?? "";
      numberFormats[row - 1][column - 1] = typeof value === "string" ? "@" : (format ?? "General");
    }
  }
  return { range: `A1:${cellAddress(rows, columns)}`, formulas, numberFormats };
}

/**
 * The cells of each style as few rectangles as their places allow ("A2:L5001" for a table's body): one range per
 * rectangle, never an address list joined with "," — Excel on Windows parses such lists with the locale's list
 * separator (";" in vi-VN). A merged cell stands for its whole area.
 */
export function styleRectangles(
  cells: readonly ReportCell[],
  merges: readonly string[]
): Map<string, string[]> {
  const mergeAt = new Map(merges.map((range) => [range.split(":")[0], range]));
  const byStyle = new Map<string, string[]>();
  const add = (style: string, range: string) => {
    const list = byStyle.get(style) ?? [];
    list.push(range);
    byStyle.set(style, list);
  };
  // Runs of neighbouring cells of one style on one row, then runs of rows holding the same runs.
  const runs = new Map<number, { style: string; from: number; to: number }[]>();
  for (const cell of cells) {
    const merged = mergeAt.get(cell.address);
    if (merged) {
      add(cell.style, merged);
      continue;
    }
    const { row, column } = parseAddress(cell.address);
    const rowRuns = runs.get(row) ?? [];
    const last = rowRuns[rowRuns.length - 1];
    if (last && last.style === cell.style && last.to === column - 1) last.to = column;
    else rowRuns.push({ style: cell.style, from: column, to: column });
    runs.set(row, rowRuns);
  }
  const signature = (row: number) =>
    (runs.get(row) ?? []).map((r) => `${r.style}:${r.from}-${r.to}`).join(",");
  const rows = [...runs.keys()].sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (
      j + 1 < rows.length &&
      rows[j + 1] === rows[j] + 1 &&
      signature(rows[j + 1]) === signature(rows[i])
    )
      j++;
    for (const run of runs.get(rows[i]) ?? []) {
      add(run.style, `${cellAddress(rows[i], run.from)}:${cellAddress(rows[j], run.to)}`);
    }
    i = j + 1;
  }
  return byStyle;
}

/** Characters a request may carry: Excel on the web refuses a request over 5 MB (UTF-8, as JSON). */
export const REQUEST_CHARACTERS = 1_000_000;

/** Bands of rows (first, last; 1-based) whose values and formulas together stay within a request's budget. */
export function rowBands(
  formulas: readonly (readonly (string | number | boolean)[])[],
  budget: number = REQUEST_CHARACTERS
): { first: number; last: number }[] {
  const bands: { first: number; last: number }[] = [];
  let first = 1;
  let size = 0;
  formulas.forEach((row, i) => {
    const rowSize = row.reduce<number>((n, v) => n + String(v).length + 8, 0);
    if (size > 0 && size + rowSize > budget) {
      bands.push({ first, last: i });
      first = i + 1;
      size = 0;
    }
    size += rowSize;
  });
  if (formulas.length >= first) bands.push({ first, last: formulas.length });
  return bands;
}
