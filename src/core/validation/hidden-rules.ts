/**
 * Members the user may not see: a table on a hidden sheet, member rows hidden or filtered out. They are counted
 * like every other member — the register holds them, and the report's formulas count hidden rows too, so
 * leaving them out would make the figures disagree — and a note says where they are, so that none is counted
 * unawares. What is hidden comes from the grid (readers that know it fill it in).
 */
import type { Grid } from "../grid";
import type { MemberTable } from "../model";
import { type Issue, type IssueParam, makeIssue } from "./issue";
import { tableIssue } from "./layout-rules";

function hiddenSheetIssue(table: MemberTable, hidden: "hidden" | "veryHidden"): Issue {
  return tableIssue(table, "table.hidden-sheet", {
    params: {
      sheet: table.sheet,
      count: table.members.length,
      how: { kind: "text", key: hidden === "hidden" ? "rule.hidden.sheet" : "rule.hidden.very" },
    },
  });
}

/** "Dòng 12" or "Các dòng 12–40", as the note begins. */
function rowRange(first: number, last: number): IssueParam {
  return first === last
    ? { kind: "text", key: "rule.rows.one", params: { rows: first } }
    : { kind: "text", key: "rule.rows.range", params: { rows: `${first}–${last}` } };
}

/**
 * One note per run of consecutive hidden rows that holds members: rows hidden one by one make one note each,
 * a block of a thousand makes one.
 */
function hiddenRowIssues(table: MemberTable, rows: readonly number[], how: IssueParam): Issue[] {
  const issues: Issue[] = [];
  const members = table.members;
  let m = 0;
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    const first = rows[start];
    const last = rows[end];
    while (m < members.length && members[m].row < first) m++;
    let count = 0;
    let firstMember = -1;
    for (; m < members.length && members[m].row <= last; m++) {
      if (firstMember < 0) firstMember = members[m].row;
      count++;
    }
    if (count > 0) {
      issues.push(
        makeIssue("row.hidden", {
          sheet: table.sheet,
          row: firstMember,
          column: null,
          field: null,
          club: members[m - 1].club,
          value: null,
          params: { rows: rowRange(first, last), count, how },
          suggestion: null,
        })
      );
    }
    start = end + 1;
  }
  return issues;
}

/** The notes on what of a table is hidden, in the order of its rows (the sheet's note first). */
export function hiddenIssues(table: MemberTable, grid: Grid): Issue[] {
  const issues: Issue[] = [];
  if (grid.hidden !== undefined) issues.push(hiddenSheetIssue(table, grid.hidden));
  const hidden = hiddenRowIssues(table, grid.hiddenRows ?? [], {
    kind: "text",
    key: "rule.hidden.rows",
  });
  const filtered = hiddenRowIssues(table, grid.filteredRows ?? [], {
    kind: "text",
    key: "rule.hidden.filtered",
  });
  for (const issue of hidden) issues.push(issue);
  for (const issue of filtered) issues.push(issue);
  return issues;
}
