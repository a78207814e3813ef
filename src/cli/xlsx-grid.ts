/**
 * Reads an .xlsx file into one Grid per worksheet, the same picture the Excel adapter gives core:
 * plain values, formulas as their cached results, merged cells as the value in their top-left cell only.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../core/grid";

export type WorkbookReadFailure = "not-found" | "not-xlsx" | "legacy-xls" | "corrupt";

/** The file cannot be read as a workbook; `reason` lets the command line say why in the user's language. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadFailure,
    readonly file: string,
    detail?: string
  ) {
    super(`${reason}: ${file}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
  }
}

/** An .xlsx is a zip ("PK"); an old .xls (and an encrypted workbook) is an OLE2 compound file. */
const ZIP_SIGNATURE = [0x50, 0x4b];
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  await checkSignature(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new WorkbookReadError(
      "corrupt",
      file,
      error instanceof Error ? error.message : undefined
    );
  }
  // Any zip opens; only a workbook has worksheets (Excel cannot save one without).
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("not-xlsx", file);
  return workbook.worksheets.map(worksheetGrid);
}

async function checkSignature(file: string): Promise<void> {
  let head: Buffer;
  try {
    const handle = await fs.open(file, "r");
    try {
      head = Buffer.alloc(OLE2_SIGNATURE.length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") {
      throw new WorkbookReadError("not-found", file);
    }
    throw new WorkbookReadError("corrupt", file, code);
  }
  if (startsWith(head, OLE2_SIGNATURE)) throw new WorkbookReadError("legacy-xls", file);
  if (!startsWith(head, ZIP_SIGNATURE)) throw new WorkbookReadError("not-xlsx", file);
}

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

const NO_CELLS: readonly CellValue[] = [];

function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: (readonly CellValue[])[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs shows the master's value in every cell of a merge; the grid keeps it in the top-left only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // A formula's cached result is read from `result`: exceljs's `value` drops a result of 0 or "".
      const value = plainValue(
        cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value
      );
      if (value !== null) values[column - 1] = value;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    rows.push(values);
  });
  return { sheet: worksheet.name, originRow: 1, originCol: 1, rows };
}

/** exceljs cell values (rich text, hyperlinks, formulas, errors) → the plain values of a grid. */
function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) {
    return plainValue(value.result as ExcelJS.CellValue);
  }
  if ("error" in value) return { error: String(value.error) };
  return null;
}
