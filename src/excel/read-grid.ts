/**
 * Reads a worksheet's used range into a Grid, in chunks of rows that keep each response well under Excel on the
 * web's 5 MB payload limit and the 5,000,000-cell read limit. A chunk's size is set by the bytes the rows read so
 * far really carried (long notes make heavy rows), and a chunk Excel still refuses is halved and read again.
 * One round trip for the size, one per chunk.
 */
import type { CellValue, Grid } from "../core/grid";
import { parseAddress } from "./layout-arrays";

/** Cells of the first chunk, before anything is known of the rows' weight, and the most of any chunk. */
export const FIRST_CHUNK_CELLS = 1_000;
export const CELLS_PER_CHUNK = 100_000;
/** JSON bytes a chunk aims at: under half of the 5 MB limit, since the weight of rows varies down a sheet. */
export const CHUNK_BYTE_BUDGET = 2 * 1024 * 1024;

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
  const columns = used.columnCount;
  const mostRows = Math.max(1, Math.floor(CELLS_PER_CHUNK / columns));
  let rowsPerChunk = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / columns));
  let heaviestRow = 0;
  const rows: CellValue[][] = [];
  options.onProgress?.({ rowsRead: 0, rowsTotal: used.rowCount });
  for (let start = 0; start < used.rowCount;) {
    if (options.cancelled?.()) throw new CancelledError();
    const count = Math.min(rowsPerChunk, used.rowCount - start);
    const chunk = used.getCell(start, 0).getResizedRange(count - 1, columns - 1);
    chunk.load("values, valueTypes");
    try {
      // One round trip per chunk is the point: a whole large sheet in one response would exceed Excel's limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadRefusal(error) || count === 1) throw error;
      rowsPerChunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    const { values, valueTypes } = chunk;
    heaviestRow = Math.max(heaviestRow, jsonBytes(values, valueTypes) / count);
    values.forEach((row, i) => rows.push(row.map((v, j) => cellValue(v, valueTypes[i][j]))));
    start += count;
    rowsPerChunk = Math.max(1, Math.min(mostRows, Math.floor(CHUNK_BYTE_BUDGET / heaviestRow)));
    options.onProgress?.({ rowsRead: start, rowsTotal: used.rowCount });
  }
  return { sheet: sheet.name, originRow: topLeft.row, originCol: topLeft.column, rows };
}

/** The bytes of JSON a chunk's values and types take on the wire, as Excel sends them. */
function jsonBytes(values: unknown, types: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values)).length + JSON.stringify(types).length;
}

/** Excel on the web's refusal of a request or response over its 5 MB limit. */
function isPayloadRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    (error instanceof Error && error.message.startsWith("RequestPayloadSizeLimitExceeded"))
  );
}
