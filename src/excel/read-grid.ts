/**
 * Reads a worksheet's used range into a Grid, in chunks of rows that keep each response well under Excel on the
 * web's 5 MB payload limit and the 5,000,000-cell read limit. One round trip for the size, one per chunk.
 */
import type { CellValue, Grid } from "../core/grid";
import { parseAddress } from "./layout-arrays";

/** Cells per chunk: with values and value types, about 2–3 MB of JSON for typical register text. */
export const CELLS_PER_CHUNK = 100_000;

export interface ReadProgress {
  readonly rowsRead: number;
  readonly rowsTotal: number;
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Checked between chunks; reading stops with a CancelledError when it returns true. */
  readonly cancelled?: () => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
  }
}

/** Excel reports an error cell's value as its text ("#N/A") and its type as "Error". */
function cellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

export async function readSheetGrid(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: ReadOptions = {}
): Promise<Grid> {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address, rowCount, columnCount");
  await context.sync();
  if (used.isNullObject) return { sheet: sheet.name, originRow: 1, originCol: 1, rows: [] };

  const topLeft = parseAddress(used.address.replace(/^.*!/, "").split(":")[0]);
  const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / used.columnCount));
  const rows: CellValue[][] = [];
  for (let start = 0; start < used.rowCount; start += rowsPerChunk) {
    if (options.cancelled?.()) throw new CancelledError();
    const count = Math.min(rowsPerChunk, used.rowCount - start);
    const chunk = used.getCell(start, 0).getResizedRange(count - 1, used.columnCount - 1);
    chunk.load("values, valueTypes");
    // One round trip per chunk is the point: a whole large sheet in one response would exceed Excel's limits.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const types = chunk.valueTypes;
    chunk.values.forEach((row, i) => rows.push(row.map((v, j) => cellValue(v, types[i][j]))));
    options.onProgress?.({ rowsRead: start + count, rowsTotal: used.rowCount });
  }
  return { sheet: sheet.name, originRow: topLeft.row, originCol: topLeft.column, rows };
}
