/**
 * How the report tells one club's members from another's in the member sheet.
 *
 * With a club column, by name: COUNTIFS(club column, the club's name cell in the report, …), so the figures
 * follow rows that are moved or sorted. But a club name merged down its members leaves every cell but the top
 * one blank, which COUNTIFS does not see; then (and without a club column: one club, or clubs under heading
 * rows) a club is its rows: the runs of consecutive rows that core read as its members, a member whose name is
 * missing included. A run goes on over rows that are empty in every column core reads (a blank row between
 * members), and its members are its rows less its empty rows — the rule by which core tells a member row.
 * Rows that are not empty and not members (headings, totals) end a run.
 */
import { isBlank, valueAt, type CellValue, type Grid } from "../grid";
import type { Member, MemberTable } from "../model";
import { exactCellCriterion, type MemberScope, type Pair, type RowSpan } from "./member-formulas";

export interface ClubScopes {
  /** The scope of one club, whose name the report holds in `nameCell`. */
  club(name: string, nameCell: string): MemberScope;
  /** Every member of the table. */
  readonly all: MemberScope;
}

const NOT_BLANK = '"<>"';
const EMPTY = '""';

export function clubScopes(table: MemberTable, grid: Grid | undefined): ClubScopes {
  const clubColumn = table.columns.club;
  if (clubColumn !== undefined && !(grid && hasBlankClubCells(table, grid, clubColumn))) {
    const whole: RowSpan[] =
      table.lastDataRow >= table.firstDataRow
        ? [{ first: table.firstDataRow, last: table.lastDataRow }]
        : [];
    return {
      club: (name, nameCell) => ({
        spans: whole,
        base: [{ column: clubColumn, criterion: exactCellCriterion(nameCell, name) }],
      }),
      all: { spans: whole, base: [{ column: clubColumn, criterion: NOT_BLANK }] },
    };
  }
  const columns = readColumns(table);
  const emptyRow: Pair[] = columns.map((column) => ({ column, criterion: EMPTY }));
  // Without the grid the rows between members are unknown: runs are then members' rows only.
  const isEmpty = (row: number) =>
    grid !== undefined && columns.every((column) => isEmptyCell(valueAt(grid, row, column)));
  const byClub = new Map<string, Member[]>();
  for (const member of table.members) {
    const members = byClub.get(member.club);
    if (members) members.push(member);
    else byClub.set(member.club, [member]);
  }
  const scope = (members: readonly Member[]): MemberScope => ({
    spans: runsOf(members, isEmpty),
    base: [],
    emptyRow,
  });
  const scopes = new Map([...byClub].map(([club, members]) => [club, scope(members)]));
  return {
    club: (name) => scopes.get(name) ?? { spans: [], base: [] },
    all: scope(table.members),
  };
}

function hasBlankClubCells(table: MemberTable, grid: Grid, column: number): boolean {
  return table.members.some((member) => isBlank(valueAt(grid, member.row, column)));
}

/** Every column core reads a field from (the row number aside): a row with a value in one is a member's. */
function readColumns(table: MemberTable): number[] {
  const { no: _rowNumber, ...fields } = table.columns;
  return [
    ...Object.values(fields),
    ...Object.values(table.splitBirth ?? {}),
    ...Object.values(table.povertyMarks ?? {}),
  ].filter((column): column is number => column !== undefined);
}

/** What COUNTIFS(…, "") matches: nothing, or empty text (text of spaces is not empty to it). */
function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** The members' rows as runs of sheet rows, a run going on over empty rows. */
function runsOf(members: readonly Member[], isEmpty: (row: number) => boolean): RowSpan[] {
  const runs: { first: number; last: number }[] = [];
  for (const row of members.map((member) => member.row).sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && emptyBetween(last.last, row, isEmpty)) last.last = row;
    else runs.push({ first: row, last: row });
  }
  return runs;
}

function emptyBetween(from: number, to: number, isEmpty: (row: number) => boolean): boolean {
  for (let row = from + 1; row < to; row++) if (!isEmpty(row)) return false;
  return true;
}
