/**
 * The top rows of a workbook's sheets, for telling registers from other sheets without reading whole sheets.
 * One round trip for the names, then one per group of sheets: a group's response stays far under Excel on the
 * web's 5 MB limit even when every peeked cell holds a long note.
 */
import { columnLetters, type Grid } from "../core/grid";
import { cellValue } from "./read-grid";

/** Sheets peeked in one round trip: 10 × 44 rows × 40 columns is 17,600 cells at the most. */
const SHEETS_PER_SYNC = 10;

export async function peekSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  rows: number,
  columns: number
): Promise<Grid[]> {
  const address = `A1:${columnLetters(columns)}${rows}`;
  const grids: Grid[] = [];
  for (let start = 0; start < names.length; start += SHEETS_PER_SYNC) {
    const group = names.slice(start, start + SHEETS_PER_SYNC).map((name) => ({
      name,
      top: context.workbook.worksheets.getItem(name).getRange(address).load("values, valueTypes"),
    }));
    // A few round trips for a workbook of many sheets, each bounded in size.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { name, top } of group) {
      grids.push({
        sheet: name,
        originRow: 1,
        originCol: 1,
        rows: top.values.map((row, r) => row.map((v, c) => cellValue(v, top.valueTypes[r][c]))),
      });
    }
  }
  return grids;
}
