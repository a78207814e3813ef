/**
 * A register range as Excel hands it to CLUB.ISSUES and CLUB.STATS, header row included → the Grid the register
 * reader takes, and the member table read from it. When Excel says where the range is, the grid sits there, so
 * that issues name the sheet's own cells ("D12") and the sheet's name stands for the club as in the task pane.
 */
import { columnNumber, type Grid } from "../grid";
import type { MemberTable } from "../model";
import { readMemberTable, tablesOfSheet } from "../register";
import { type CopiedSheet, leaveOutCopies } from "../validation";
import type { Range } from "./arguments";
import { fail, ok, type Outcome } from "./outcome";

export interface RangePlace {
  readonly sheet: string;
  /** 1-based sheet row and column of the range's top-left cell. */
  readonly row: number;
  readonly column: number;
}

/** A1 cell, or a whole column ("A") or row ("5") of a full-column or full-row reference. */
const TOP_LEFT = /^([A-Z]{0,3})(\d*)$/;

/**
 * "Sheet1!B5:H40", "'Danh sách'!$B$5:$H$40", "[Book1]Sheet1!A:L", "B5": where the range starts; null when
 * there is no address or it cannot be read.
 */
export function rangePlace(address: string | null | undefined): RangePlace | null {
  if (!address) return null;
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? "" : address.slice(0, bang).replace(/^\[[^\]]*\]/, "");
  if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = TOP_LEFT.exec(
    address
      .slice(bang + 1)
      .split(":")[0]
      .replace(/\$/g, "")
      .toUpperCase()
  );
  if (!cell || cell[0] === "") return null;
  return {
    sheet,
    row: cell[2] === "" ? 1 : Number(cell[2]),
    column: cell[1] === "" ? 1 : columnNumber(cell[1]),
  };
}

/** The grid of a range: at its place on its sheet when known, else as if it started at A1 of an unnamed sheet. */
export function tableGrid(range: Range, place: RangePlace | null): Grid {
  return {
    sheet: place?.sheet ?? "",
    originRow: place?.row ?? 1,
    originCol: place?.column ?? 1,
    rows: range,
  };
}

/**
 * The member tables in a range — one, or several printed side by side, each read as its own as the command line
 * and the task pane read them — or #VALUE! saying that its header row is missing.
 */
export function memberTablesIn(
  range: Range,
  place: RangePlace | null
): Outcome<{ readonly tables: MemberTable[]; readonly copies: CopiedSheet[] }> {
  const tables = tablesOfSheet(tableGrid(range, place)).flatMap((grid) => {
    const table = readMemberTable(grid);
    return table === null ? [] : [table];
  });
  if (tables.length === 0) return fail("value", "fn.noTable");
  // A list that only repeats another's members (last year's above this year's) is not counted twice.
  const { kept, copies } = leaveOutCopies(tables);
  return ok({ tables: kept, copies });
}
