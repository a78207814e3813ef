/**
 * Reads an .xlsx file into one Grid per worksheet, the same picture the Excel adapter gives core:
 * plain values, formulas as their cached results, merged cells as the value in their top-left cell only.
 * What the cells alone do not say is read too: the workbook's date system, hidden sheets, hidden and filtered rows.
 */
import { constants, promises as fs } from "fs";
import ExcelJS from "exceljs";
import { type CellRange, type CellValue, type Grid, UNCALCULATED } from "../core/grid";
import { withCachedEmptyText } from "./exceljs-cached-text";

export type WorkbookReadFailure =
  | "not-found"
  | "folder"
  | "not-a-file"
  | "permission"
  | "name-too-long"
  | "cannot-open"
  | "not-xlsx"
  | "legacy-xls"
  | "bad-sheet-name"
  | "corrupt";

/** The file cannot be read as a workbook; `reason` lets the command line say why in the user's language. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadFailure,
    readonly file: string,
    /** The system's error code (cannot-open) or the sheet's name (bad-sheet-name). */
    readonly detail?: string
  ) {
    super(`${reason}: ${file}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
  }
}

export interface WorkbookGrids {
  readonly grids: Grid[];
  /**
   * The workbook counts dates from 1904 (Mac Excel's old default): a date serial in it is 1,462 days short of
   * the same day's serial in the 1900 system. Cells formatted as dates are read as the right day either way.
   */
  readonly date1904: boolean;
}

/** An .xlsx is a zip ("PK"); an old .xls (and an encrypted workbook) is an OLE2 compound file. */
const ZIP_SIGNATURE = [0x50, 0x4b];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readWorkbook(file: string): Promise<WorkbookGrids> {
  await checkSignature(file);
  const workbook = new ExcelJS.Workbook();
  try {
    // A formula whose result is empty text told from one saved without a result (see there).
    await withCachedEmptyText(() => workbook.xlsx.readFile(file));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const sheet = badSheetName(message);
    if (sheet !== null) throw new WorkbookReadError("bad-sheet-name", file, sheet);
    throw new WorkbookReadError("corrupt", file, message);
  }
  // Any zip opens; only a workbook has worksheets (Excel cannot save one without).
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("not-xlsx", file);
  return {
    grids: workbook.worksheets.map(worksheetGrid),
    date1904: workbook.properties.date1904 === true,
  };
}

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  return (await readWorkbook(file)).grids;
}

/**
 * exceljs refuses the sheet names Excel refuses (`[`, `]`, `:`, `*`, `?`, `/`, `\`, a quote at either end, a
 * name taken twice, an empty one), which other programs may still write; its message names the sheet.
 */
const SHEET_NAME_ERRORS: readonly RegExp[] = [
  /^Worksheet name (.*) cannot include any of the following characters/s,
  /^The first or last character of worksheet name cannot be a single quotation mark: (.*)$/s,
  /^Worksheet name already exists: (.*)$/s,
  /^The name "(History)" is protected/,
  /^The name can't be empty\.()$/,
];

function badSheetName(message: string): string | null {
  for (const pattern of SHEET_NAME_ERRORS) {
    const match = pattern.exec(message);
    if (match) return match[1];
  }
  return null;
}

/** Why the system would not let a file be opened, by its error code. */
const OPEN_FAILURES: Readonly<Record<string, WorkbookReadFailure>> = {
  ENOENT: "not-found",
  ENOTDIR: "not-found",
  EISDIR: "folder",
  EACCES: "permission",
  EPERM: "permission",
  ENAMETOOLONG: "name-too-long",
};

/**
 * Opened without blocking, then looked at: opening a named pipe for reading waits for a writer, and reading a
 * device may never end, so anything but a regular file is refused before a byte is read.
 */
async function checkSignature(file: string): Promise<void> {
  let head: Buffer;
  try {
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) throw new WorkbookReadError("folder", file);
      if (!stats.isFile()) throw new WorkbookReadError("not-a-file", file);
      head = Buffer.alloc(OLE2_SIGNATURE.length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new WorkbookReadError(OPEN_FAILURES[code] ?? "cannot-open", file, code || undefined);
  }
  if (startsWith(head, OLE2_SIGNATURE)) throw new WorkbookReadError("legacy-xls", file);
  if (!startsWith(head, ZIP_SIGNATURE)) throw new WorkbookReadError("not-xlsx", file);
}

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

const NO_CELLS: readonly CellValue[] = [];

/** The first and last row of the sheet's AutoFilter range, or null when it has none. */
function filterRows(worksheet: ExcelJS.Worksheet): { first: number; last: number } | null {
  const filter = worksheet.autoFilter;
  if (!filter) return null;
  const [from, to] = typeof filter === "string" ? filter.split(":") : [filter.from, filter.to];
  const row = (end: string | { row: number } | undefined) =>
    typeof end === "string" ? Number(/\d+/.exec(end)?.[0]) : Number(end?.row);
  const first = row(from);
  const last = row(to ?? from);
  return Number.isInteger(first) && Number.isInteger(last) ? { first, last } : null;
}

function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: (readonly CellValue[])[] = [];
  const hiddenRows: number[] = [];
  const filteredRows: number[] = [];
  const filter = filterRows(worksheet);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs shows the master's value in every cell of a merge; the grid keeps it in the top-left only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value =
        cell.type === ExcelJS.ValueType.Formula ? formulaValue(cell) : plainValue(cell.value);
      if (value !== null) values[column - 1] = value;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    rows.push(values);
    if (row.hidden) {
      // A filter's own first row holds its headers and is never filtered out.
      const filtered = filter !== null && rowNumber > filter.first && rowNumber <= filter.last;
      (filtered ? filteredRows : hiddenRows).push(rowNumber);
    }
  });
  return {
    sheet: worksheet.name,
    originRow: 1,
    originCol: 1,
    rows,
    ...(worksheet.state === "hidden" || worksheet.state === "veryHidden"
      ? { hidden: worksheet.state }
      : {}),
    ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(filteredRows.length > 0 ? { filteredRows } : {}),
    ...hiddenColumnsOf(worksheet),
    ...mergesOf(worksheet),
  };
}

function hiddenColumnsOf(worksheet: ExcelJS.Worksheet): { hiddenColumns?: number[] } {
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= worksheet.columnCount; c++) {
    if (worksheet.getColumn(c).hidden) hiddenColumns.push(c);
  }
  return hiddenColumns.length > 0 ? { hiddenColumns } : {};
}

/** The sheet's merged areas: a group header merged over its columns names each of them to the reader. */
function mergesOf(worksheet: ExcelJS.Worksheet): { merges?: CellRange[] } {
  const merges: CellRange[] = [];
  for (const area of worksheet.model.merges ?? []) {
    const [from, to] = area.split(":");
    const a = worksheet.getCell(from);
    const b = worksheet.getCell(to ?? from);
    merges.push({
      top: Number(a.row),
      left: Number(a.col),
      bottom: Number(b.row),
      right: Number(b.col),
    });
  }
  return merges.length > 0 ? { merges } : {};
}

/**
 * A formula's cached result, read from `result`: exceljs's `value` drops a result of 0 or "". A formula saved
 * with no result at all is not a blank: it is its constant when it is one (see `constantFormula`), else the
 * UNCALCULATED error, which every reader reports as a value it cannot read.
 */
function formulaValue(cell: ExcelJS.Cell): CellValue {
  const result = cell.result as ExcelJS.CellValue | undefined;
  const value =
    result !== undefined
      ? plainValue(result)
      : (constantFormula(cell.formula ?? "") ?? { error: UNCALCULATED });
  // Empty text shows as a blank cell, and is one.
  return value === "" ? null : value;
}

const NUMBER_CONSTANT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/i;
const TEXT_CONSTANT = /^"((?:[^"]|"")*)"$/s;

/**
 * The value of a formula that is a plain constant (=1955, =-5, =2.5E6, ="Nữ", =TRUE): exactly what Excel would
 * compute, so it is read without a spreadsheet. null for any other formula.
 */
export function constantFormula(formula: string): CellValue | null {
  const f = formula.trim();
  if (NUMBER_CONSTANT.test(f)) return finiteNumber(Number(f));
  const text = TEXT_CONSTANT.exec(f);
  if (text) return text[1].replace(/""/g, '"');
  const upper = f.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return null;
}

/** A number too large for a double (1e999 in the file reads as Infinity) is what Excel calls #NUM!. */
function finiteNumber(n: number): CellValue {
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

/** exceljs cell values (rich text, hyperlinks, formulas, errors) → the plain values of a grid. */
function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return finiteNumber(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  // A date serial too large for a date (Excel shows ####) reads as an invalid date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "#NUM!" } : value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue(value.result as ExcelJS.CellValue);
  }
  if ("error" in value) return { error: String(value.error) };
  return null;
}
