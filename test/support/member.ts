import type { Field, Member, MemberTable } from "../../src/core/model";
import type { LayoutColumn, RegisterLayout } from "../../src/core/register";

/** A member with nothing known but where it sits; test builders add the facts their tests are about. */
export function blankMember(facts: Partial<Member> = {}): Member {
  return {
    sheet: "Thành viên",
    row: 5,
    club: "CLB Bản Lướt",
    name: null,
    gender: null,
    birth: null,
    ethnicity: null,
    poverty: null,
    role: null,
    commune: null,
    village: null,
    group: null,
    contribution: null,
    loan: null,
    joined: null,
    status: "current",
    statusNote: null,
    problems: [],
    ...facts,
    minority:
      facts.minority !== undefined
        ? facts.minority
        : facts.ethnicity === undefined || facts.ethnicity === null
          ? null
          : facts.ethnicity !== "Kinh",
  };
}

/** A member table around the given members: no columns, no header rows; builders add what their tests need. */
export function blankTable(
  members: readonly Member[],
  overrides: Partial<MemberTable> = {}
): MemberTable {
  const rows = members.map((m) => m.row);
  const table: Omit<MemberTable, "layout"> = {
    sheet: members[0]?.sheet ?? "Thành viên",
    headerRows: [],
    firstDataRow: rows.length ? Math.min(...rows) : 1,
    lastDataRow: rows.length ? Math.max(...rows) : 0,
    columns: {},
    splitBirth: null,
    povertyMarks: null,
    unmapped: [],
    titleClub: null,
    rowsAfterFooter: [],
    repeatedHeaderRows: [],
    filledDown: null,
    totalsRows: [],
    povertyHeadings: [],
    columnReads: [],
    encoding: null,
    members,
    ...overrides,
  };
  return { ...table, layout: overrides.layout ?? layoutOf(table) };
}

/** The layout a table's column views describe: what a test sets in `columns`, `splitBirth`, `povertyMarks`. */
function layoutOf(table: Omit<MemberTable, "layout">): RegisterLayout {
  const columns: LayoutColumn[] = [];
  const add = (column: number, role: LayoutColumn["role"]) =>
    columns.push({ column, header: `column ${column}`, role, reason: "header" });
  for (const [field, column] of Object.entries(table.columns) as [Field, number][]) {
    add(column, { kind: "field", field });
  }
  if (table.splitBirth) {
    add(table.splitBirth.male, { kind: "split-birth", gender: "male" });
    add(table.splitBirth.female, { kind: "split-birth", gender: "female" });
  }
  for (const [poverty, column] of Object.entries(table.povertyMarks ?? {})) {
    add(column as number, { kind: "poverty-mark", poverty: poverty as "poor" });
  }
  columns.sort((a, b) => a.column - b.column);
  return {
    sheet: table.sheet,
    headerRows: table.headerRows,
    codeRow: null,
    firstDataRow: table.firstDataRow,
    columns,
    notesState: { poverty: false, role: false },
    titleClub: table.titleClub,
    encoding: null,
  };
}
