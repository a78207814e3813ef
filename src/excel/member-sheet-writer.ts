/**
 * Adds a gathered member list (core/consolidate: the members of every club sheet in one list, canonical values)
 * as a new sheet, for a report over several sheets to count — the command line's consolidated sheet, written
 * through Excel. Texts are kept as typed (the cell formatted as text first), a day as DATE(y; m; d) so that it is
 * the same day in either date system; sent in bands under Excel's request limit.
 */
import { columnLetters, isCellError, type CellValue, type Grid } from "../core/grid";
import { rowBands } from "./layout-arrays";

const DATE_FORMAT = "dd/mm/yyyy";

function excelCell(value: CellValue): { formula: string | number | boolean; format: string } {
  if (value === null) return { formula: "", format: "General" };
  if (value instanceof Date) {
    const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    return { formula: `=DATE(${y},${m},${d})`, format: DATE_FORMAT };
  }
  if (isCellError(value)) return { formula: "", format: "General" };
  return { formula: value, format: typeof value === "string" ? "@" : "General" };
}

export async function writeMemberSheet(context: Excel.RequestContext, grid: Grid): Promise<void> {
  const sheet = context.workbook.worksheets.add(grid.sheet);
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 1);
  const cells = grid.rows.map((row) =>
    Array.from({ length: width }, (_, c) => excelCell(row[c] ?? null))
  );
  const formulas = cells.map((row) => row.map((cell) => cell.formula));
  const last = columnLetters(grid.originCol + width - 1);
  const first = columnLetters(grid.originCol);
  for (const band of rowBands(formulas)) {
    const top = grid.originRow + band.first - 1;
    const bottom = grid.originRow + band.last - 1;
    const range = sheet.getRange(`${first}${top}:${last}${bottom}`);
    range.numberFormat = cells.slice(band.first - 1, band.last).map((r) => r.map((c) => c.format));
    range.formulas = formulas.slice(band.first - 1, band.last);
    // Band by band: a list of thousands of members is more than one request may carry.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  sheet.getRange(`${first}${grid.originRow}:${last}${grid.originRow}`).format.font.bold = true;
  sheet.freezePanes.freezeRows(grid.originRow);
  sheet.getRange(`${first}:${last}`).format.autofitColumns();
}
