/**
 * A corpus register as plain data (sheets of rows, merges, a font) and its writing to a real .xlsx with exceljs,
 * so the renderers say what the form looks like and nothing about the file format.
 */
import ExcelJS from "exceljs";

export type Cell = string | number | Date | null | undefined;

export interface SheetSpec {
  readonly name: string;
  /** rows[0] is sheet row 1. */
  readonly rows: readonly (readonly Cell[])[];
  /** "A1:C1" ranges. */
  readonly merges?: readonly string[];
  /** The legacy fonts say which encoding the text is in, as in the offices' files. */
  readonly font?: "Times New Roman" | ".VnTime" | "VNI-Times";
}

/** Written into the workbook so that rerunning the generator changes nothing. */
const FIXED_TIME = new Date(Date.UTC(2024, 6, 1));

export async function writeWorkbook(path: string, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Club Report corpus";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    const font = { name: spec.font ?? "Times New Roman", size: 12 };
    spec.rows.forEach((cells, r) => {
      const row = sheet.getRow(r + 1);
      cells.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = value;
        cell.font = font;
        if (value instanceof Date) cell.numFmt = "dd/mm/yyyy";
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    const widest = Math.max(...spec.rows.map((row) => row.length));
    for (let c = 1; c <= widest; c++) sheet.getColumn(c).width = c === 2 ? 26 : 12;
  }
  await workbook.xlsx.writeFile(path);
}

/** Column letters of a 1-based column number: 1 → A, 28 → AB. */
export function col(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** "A3:A5" — a merge from (row, column) spanning rows × columns. */
export function span(row: number, column: number, rows: number, columns: number): string {
  return `${col(column)}${row}:${col(column + columns - 1)}${row + rows - 1}`;
}
