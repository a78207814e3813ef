/**
 * Date serials of a workbook that counts dates from 1904 (Mac Excel's old default). Core reads a serial as one of
 * the 1900 system, so a 1904 serial would be read four years and a day early: the ages four years off. exceljs
 * gives a date-formatted cell as its day whatever the system, but not a bare serial (a birth pasted as 20153 in
 * General format); Excel's API gives every date as its serial. Once the table's date columns are known, such
 * serials are turned into the days they stand for.
 */
import type { CellValue, Grid } from "../grid";
import type { MemberTable } from "../model";
import { LAST_YEAR } from "../values";
import { detectLayout } from "./detect-layout";
import { readMembers } from "./read-members";

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

/** A grid read from a workbook counting from 1904, with its member table's date serials turned into days. */
export function gridFrom1904(grid: Grid): Grid {
  const layout = detectLayout(grid);
  const table = layout && readMembers(grid, layout);
  return (table && serialsFrom1904(grid, table)) ?? grid;
}
