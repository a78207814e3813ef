import { cellAddress, columnNumber } from "../core/grid";
import type { CellStyle, ReportCell } from "../core/report";

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
  styles: Readonly<Record<string, CellStyle>>
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
      formulas[row - 1][column - 1] = value ?? "";
      numberFormats[row - 1][column - 1] = typeof value === "string" ? "@" : (format ?? "General");
    }
  }
  return { range: `A1:${cellAddress(rows, columns)}`, formulas, numberFormats };
}
