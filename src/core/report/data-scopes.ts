/**
 * Which rows of the report's data sheet a figure counts: one club's current members (its name cell in the report
 * against the data sheet's club column, so a club named "=1+1" or "A*" is matched literally), all current members,
 * or the members of a scope who have left the club. Every data row is a member row, so no run of rows is needed.
 */
import type { MemberTable } from "../model";
import { textLiteral } from "./a1";
import { DATA_COLUMN } from "./data-sheet/data-sheet";
import { CURRENT_TEXT, FORMER_TEXT } from "./data-sheet/vocabulary";
import { exactCellCriterion, type MemberScope, type Pair, type RowSpan } from "./member-formulas";

export interface ClubScopes {
  /** The scope of one club, whose name the report holds in `nameCell`. */
  club(name: string, nameCell: string): MemberScope;
  readonly all: MemberScope;
  /** The members of a scope who have left the club. */
  former(scope: MemberScope): MemberScope;
}

const STATUS = DATA_COLUMN.status;

/** `countFormer`: members who left count as members (the setting); they are still counted apart too. */
export function dataScopes(data: MemberTable, countFormer: boolean): ClubScopes {
  const spans: RowSpan[] =
    data.lastDataRow >= data.firstDataRow
      ? [{ first: data.firstDataRow, last: data.lastDataRow }]
      : [];
  const current: Pair[] = countFormer
    ? []
    : [{ column: STATUS, criterion: textLiteral(CURRENT_TEXT) }];
  const left: Pair = { column: STATUS, criterion: textLiteral(FORMER_TEXT) };
  return {
    club: (name, nameCell) => ({
      spans,
      base: [
        { column: DATA_COLUMN.club, criterion: exactCellCriterion(nameCell, name) },
        ...current,
      ],
    }),
    all: { spans, base: current },
    former: (scope) => ({
      ...scope,
      base: [...scope.base.filter((pair) => pair.column !== STATUS), left],
    }),
  };
}
