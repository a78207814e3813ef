import type { Field, MemberTable } from "../model";
import { type Issue, makeIssue, NO_PARAMS } from "./issue";

/** The fields every member must have (DESIGN.md §3 and issue 4). */
export const REQUIRED_FIELDS: readonly Field[] = ["name", "gender", "birth", "ethnicity"];

/** Required fields with no column at all: with the split layout, the "Nam" / "Nữ" columns give gender and birth. */
export function absentRequiredFields(table: MemberTable): Field[] {
  return REQUIRED_FIELDS.filter((field) => {
    if (table.columns[field] !== undefined) return false;
    return !((field === "gender" || field === "birth") && table.splitBirth !== null);
  });
}

/** One note per row below the footer that holds something but was not read as a member. */
export function rowsAfterFooterIssues(table: MemberTable): Issue[] {
  return table.rowsAfterFooter.map(({ row, text }) =>
    makeIssue("row.after-footer", {
      sheet: table.sheet,
      row,
      column: null,
      field: null,
      club: null,
      value: text,
      params: NO_PARAMS,
      suggestion: null,
    })
  );
}

/** One issue per absent required column, on the header, instead of one per member. */
export function missingColumnIssue(table: MemberTable, field: Field): Issue {
  return makeIssue("table.missing-column", {
    sheet: table.sheet,
    row: table.headerRows[0] ?? null,
    column: null,
    field,
    club: table.titleClub,
    value: null,
    params: { sheet: table.sheet },
    suggestion: null,
  });
}
