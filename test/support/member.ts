import type { Member, MemberTable } from "../../src/core/model";

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
    problems: [],
    ...facts,
  };
}

/** A member table around the given members: no columns, no header rows; builders add what their tests need. */
export function blankTable(
  members: readonly Member[],
  overrides: Partial<MemberTable> = {}
): MemberTable {
  const rows = members.map((m) => m.row);
  return {
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
    members,
    ...overrides,
  };
}
