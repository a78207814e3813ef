import type { Field, MemberTable } from "../model";
import { type Issue, makeIssue, NO_PARAMS } from "./issue";
import { holdsField } from "./layout-rules";

/** The fields every member must have (DESIGN.md §3 and issue 4). */
export const REQUIRED_FIELDS: readonly Field[] = ["name", "gender", "birth", "ethnicity"];

/**
 * Required fields no column gives in any layout: the split birth layout gives gender and birth, ticks under
 * "Nam" | "Nữ" the gender, "Dân tộc thiểu số" (names or ticks) the ethnic group.
 */
export function absentRequiredFields(table: MemberTable): Field[] {
  return REQUIRED_FIELDS.filter((field) => !holdsField(table, field));
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
