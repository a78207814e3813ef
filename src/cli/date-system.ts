/**
 * Date serials of a workbook that counts dates from 1904 (Mac Excel's old default). A cell formatted as a date
 * is read as its day whatever the system (exceljs knows it); a bare serial in a date column (a birth typed or
 * pasted as 20153, in General format) would be read by core as a 1900-system serial, four years and a day
 * early. Once the table's date columns are known, such serials are turned into the days they stand for.
 */
import type { CellValue, Grid } from "../core/grid";
import type { MemberTable } from "../core/model";
import { LAST_YEAR } from "../core/values";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1904 system. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The day of a 1904-system serial, at UTC midnight as grids hold dates. */
export function date1904(serial: number): Date {
  return new Date(EPOCH_1904 + Math.floor(serial) * MS_PER_DAY);
}

/** The sheet columns of a table that hold dates: birth (or the split layout's two), joined. */
function dateColumns(table: MemberTable): number[] {
  const { birth, joined } = table.columns;
  const split = table.splitBirth ? [table.splitBirth.male, table.splitBirth.female] : [];
  return [birth, joined, ...split].filter((column): column is number => column !== undefined);
}

/**
 * The grid with the bare serials of its date columns (numbers past the last year a number can be) turned into
 * dates of the 1904 system; null when there is none, so that the table read before stands.
 */
export function serialsFrom1904(grid: Grid, table: MemberTable): Grid | null {
  const indexes = dateColumns(table).map((column) => column - grid.originCol);
  let rows: (readonly CellValue[])[] | null = null;
  for (let r = table.firstDataRow - grid.originRow; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (const index of indexes) {
      const value = row[index];
      if (typeof value !== "number" || value <= LAST_YEAR) continue;
      rows ??= grid.rows.slice();
      if (rows[r] === row) rows[r] = row.slice();
      (rows[r] as CellValue[])[index] = date1904(value);
    }
  }
  return rows === null ? null : { ...grid, rows };
}
