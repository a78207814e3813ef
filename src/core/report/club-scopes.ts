/**
 * How the report tells one club's members from another's in the member sheet.
 *
 * With a club column, by name: COUNTIFS(club column, the club's name cell in the report, …), so the figures
 * follow rows that are moved or sorted. But a club name merged down its members leaves every cell but the top
 * one blank, which COUNTIFS does not see; then (and without a club column: one club, or clubs under heading
 * rows) a club is its rows: the runs of consecutive member rows that core gave to it, and a member row is a row
 * with a name.
 */
import { isBlank, valueAt, type Grid } from "../grid";
import type { MemberTable } from "../model";
import { exactCellCriterion, type MemberScope, type Pair, type RowSpan } from "./member-formulas";

export interface ClubScopes {
  /** The scope of one club, whose name the report holds in `nameCell`. */
  club(name: string, nameCell: string): MemberScope;
  /** Every member of the table. */
  readonly all: MemberScope;
}

const NOT_BLANK = '"<>"';

export function clubScopes(table: MemberTable, grid: Grid | undefined): ClubScopes {
  const whole: RowSpan[] =
    table.lastDataRow >= table.firstDataRow
      ? [{ first: table.firstDataRow, last: table.lastDataRow }]
      : [];
  const clubColumn = table.columns.club;
  if (clubColumn !== undefined && !(grid && hasBlankClubCells(table, grid, clubColumn))) {
    return {
      club: (name, nameCell) => ({
        spans: whole,
        base: [{ column: clubColumn, criterion: exactCellCriterion(nameCell, name) }],
      }),
      all: { spans: whole, base: [{ column: clubColumn, criterion: NOT_BLANK }] },
    };
  }
  const memberRow: Pair[] =
    table.columns.name === undefined ? [] : [{ column: table.columns.name, criterion: NOT_BLANK }];
  const runs = runsByClub(table);
  return {
    club: (name) => ({ spans: runs.get(name) ?? [], base: memberRow }),
    all: { spans: whole, base: memberRow },
  };
}

function hasBlankClubCells(table: MemberTable, grid: Grid, column: number): boolean {
  return table.members.some((member) => isBlank(valueAt(grid, member.row, column)));
}

/** Each club's runs of consecutive member rows (rows between two members of the same club belong to it). */
function runsByClub(table: MemberTable): Map<string, RowSpan[]> {
  const runs = new Map<string, RowSpan[]>();
  let current: { club: string; span: { first: number; last: number } } | null = null;
  for (const member of [...table.members].sort((a, b) => a.row - b.row)) {
    if (current && current.club === member.club) {
      current.span.last = member.row;
      continue;
    }
    current = { club: member.club, span: { first: member.row, last: member.row } };
    const list = runs.get(member.club) ?? [];
    list.push(current.span);
    runs.set(member.club, list);
  }
  return runs;
}
