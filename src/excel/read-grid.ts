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
export function cellValue(value: unknown, type: Excel.RangeValueType | string): CellValue {
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
  sheet.load("name, visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address, rowCount, columnCount");
  const filter = sheet.autoFilter;
  filter.load("isDataFiltered");
  const filterRange = filter.getRangeOrNullObject();
  filterRange.load("address");
  await context.sync();
  const hidden = HIDDEN_SHEET[sheet.visibility];
  const shown = hidden === undefined ? {} : { hidden };
  if (used.isNullObject)
    return { sheet: sheet.name, originRow: 1, originCol: 1, rows: [], ...shown };
  const filtering =
    filter.isDataFiltered && !filterRange.isNullObject ? rowSpan(filterRange.address) : null;
  return { ...(await readBlockGrid(context, sheet.name, used, options, filtering)), ...shown };
}

const HIDDEN_SHEET: Partial<Record<string, "hidden" | "veryHidden">> = {
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The first and last sheet rows of an address ("DS!A4:K90" → 4 and 90). */
function rowSpan(address: string): { first: number; last: number } {
  const [from, to = from] = address.replace(/^.*!/, "").split(":");
  return { first: parseAddress(from).row, last: parseAddress(to).row };
}

/**
 * A block of a sheet (its used range, a table's range) whose address and size are loaded, read in chunks, with
 * the rows hidden in it: those inside the sheet's active filter are filtered out, the others hidden (by hand or
 * by a table's filter) — as the command line tells them from the file. A chunk with no hidden row costs nothing
 * more; one with some costs one more round trip for its rows' properties.
 */
export async function readBlockGrid(
  context: Excel.RequestContext,
  sheetName: string,
  block: Excel.Range,
  options: ReadOptions = {},
  filtering: { first: number; last: number } | null = null
): Promise<Grid> {
  const topLeft = parseAddress(block.address.replace(/^.*!/, "").split(":")[0]);
  const columns = block.columnCount;
  const mostRows = Math.max(1, Math.floor(CELLS_PER_CHUNK / columns));
  let rowsPerChunk = Math.max(1, Math.floor(FIRST_CHUNK_CELLS / columns));
  let heaviestRow = 0;
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  let hiddenColumns: number[] = [];
  const filteredRows: number[] = [];
  const noteHidden = (row: number) =>
    (filtering !== null && row >= filtering.first && row <= filtering.last
      ? filteredRows
      : hiddenRows
    ).push(row);
  options.onProgress?.({ rowsRead: 0, rowsTotal: block.rowCount });
  for (let start = 0; start < block.rowCount;) {
    if (options.cancelled?.()) throw new CancelledError();
    const count = Math.min(rowsPerChunk, block.rowCount - start);
    const chunk = block.getCell(start, 0).getResizedRange(count - 1, columns - 1);
    chunk.load("values, valueTypes, rowHidden");
    // The first chunk tells the hidden columns too: a shown column is read before a hidden one of its meaning.
    if (start === 0) chunk.load("columnHidden");
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
    const firstRow = topLeft.row + start;
    if (start === 0) hiddenColumns = await columnsHidden(context, chunk, topLeft.column, columns);
    if (chunk.rowHidden === true) for (let i = 0; i < count; i++) noteHidden(firstRow + i);
    else if (chunk.rowHidden === null) {
      const properties = chunk.getRowProperties({ rowHidden: true });
      // Only a chunk whose rows are partly hidden asks row by row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      properties.value.forEach((p, i) => p.rowHidden && noteHidden(firstRow + i));
    }
    heaviestRow = Math.max(heaviestRow, jsonBytes(values, valueTypes) / count);
    values.forEach((row, i) => rows.push(row.map((v, j) => cellValue(v, valueTypes[i][j]))));
    start += count;
    rowsPerChunk = Math.max(1, Math.min(mostRows, Math.floor(CHUNK_BYTE_BUDGET / heaviestRow)));
    options.onProgress?.({ rowsRead: start, rowsTotal: block.rowCount });
  }
  return {
    sheet: sheetName,
    originRow: topLeft.row,
    originCol: topLeft.column,
    rows,
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(filteredRows.length > 0 ? { filteredRows } : {}),
    ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
  };
}

/**
 * The sheet columns of a loaded chunk that are hidden: none or all from the chunk itself, and only when some are
 * one more round trip for its columns' properties (ExcelApi 1.9).
 */
async function columnsHidden(
  context: Excel.RequestContext,
  chunk: Excel.Range,
  firstColumn: number,
  columns: number
): Promise<number[]> {
  if (chunk.columnHidden === true)
    return Array.from({ length: columns }, (_, j) => firstColumn + j);
  if (chunk.columnHidden === false) return [];
  const properties = chunk.getColumnProperties({ columnHidden: true });
  await context.sync();
  const hidden: number[] = [];
  properties.value.forEach((p, j) => p.columnHidden && hidden.push(firstColumn + j));
  return hidden;
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
