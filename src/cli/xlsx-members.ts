/**
 * A consolidated member table (a Grid) written as a worksheet: text as text, numbers as numbers, dates as
 * dates shown dd/mm/yyyy, never a formula — a name typed "=1+1" stays that text.
 */
import ExcelJS from "exceljs";
import { isCellError, type CellValue, type Grid } from "../core/grid";

/** How Vietnam writes a date, whatever the reader's locale. */
const DATE_FORMAT = "dd/mm/yyyy";

function cellValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  // An error cell has no plain value in a new workbook; its text keeps it visible.
  return isCellError(value) ? value.error : null;
}

/** Adds the sheet named as the grid says; the header row is bold and frozen. */
export function addMemberSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.sheet, {
    views: [{ state: "frozen", ySplit: grid.originRow }],
  });
  grid.rows.forEach((values, r) => {
    const row = sheet.getRow(grid.originRow + r);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(grid.originCol + c);
      cell.value = cellValue(value);
      if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    });
  });
  sheet.getRow(grid.originRow).font = { bold: true };
  const shown = (value: CellValue | undefined) =>
    value instanceof Date ? DATE_FORMAT.length : String(value ?? "").length;
  const widest = (c: number) => grid.rows.reduce((w, values) => Math.max(w, shown(values[c])), 4);
  const width = grid.rows.reduce((w, values) => Math.max(w, values.length), 0);
  for (let c = 0; c < width; c++)
    sheet.getColumn(grid.originCol + c).width = Math.min(widest(c) + 2, 50);
  return sheet;
}
