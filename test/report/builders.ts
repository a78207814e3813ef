import type { CellValue, Grid } from "../../src/core/grid";
import type { Member, MemberTable } from "../../src/core/model";
import type { ReportParameters } from "../../src/core/report";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../../src/core/report/typed-values";
import { blankMember, blankTable } from "../support/member";

/**
 * Already-read member tables for the layout tests. Default columns: A no, B name, C club, D gender, E birth,
 * F ethnicity, G poverty, H role, I contribution, J loan; header on row 2, members from row 3.
 */
export const COLUMNS = {
  no: 1,
  name: 2,
  club: 3,
  gender: 4,
  birth: 5,
  ethnicity: 6,
  poverty: 7,
  role: 8,
  contribution: 9,
  loan: 10,
} as const;

export const PARAMS: ReportParameters = {
  lang: "vi",
  referenceDate: { year: 2019, month: 12, day: 31 },
  ageThreshold: 55,
  plannedClubs: 7,
  clubsBefore: 11,
  plannedClubsTotal: 25,
  issuingBody: "HỘI NCT TỈNH LAI CHÂU",
  place: "Lai Châu",
  reportNumber: "15",
  reportDate: { year: 2019, month: 12, day: 20 },
  period: "năm 2019",
};

export function member(row: number, club: string, overrides: Partial<Member> = {}): Member {
  return blankMember({
    sheet: "Danh sách",
    row,
    club,
    name: `Thành viên ${row}`,
    gender: "female",
    birth: { year: 1956 },
    ethnicity: "Thái",
    poverty: "poor",
    role: "member",
    ...overrides,
  });
}

/** A table of the given members (rows as given), the default columns unless overridden. */
export function table(members: Member[], overrides: Partial<MemberTable> = {}): MemberTable {
  return blankTable(members, {
    sheet: "Danh sách",
    headerRows: [2],
    firstDataRow: 3,
    lastDataRow: members.length > 0 ? Math.max(...members.map((m) => m.row)) : 2,
    columns: COLUMNS,
    ...overrides,
  });
}

/**
 * The member sheet such a table was read from: each member's values typed in its columns as a register types
 * them ("Nữ", 1956, "Thái"), for the report's data sheet to look up.
 */
export function gridOf(table: MemberTable): Grid {
  const rows: CellValue[][] = [];
  const put = (row: number, column: number | undefined, value: CellValue) => {
    if (column === undefined || value === null) return;
    const cells = (rows[row - 1] ??= []);
    cells[column - 1] = value;
  };
  for (const m of table.members) {
    const c = table.columns;
    put(m.row, c.name, m.name);
    put(m.row, c.club, m.club);
    put(m.row, c.gender, m.gender && GENDER_TEXT[m.gender]);
    put(m.row, c.birth, m.birth && m.birth.year);
    put(m.row, c.ethnicity, m.ethnicity);
    put(m.row, c.poverty, m.poverty && POVERTY_TEXT[m.poverty]);
    put(m.row, c.role, m.role && ROLE_TEXT[m.role]);
    put(m.row, c.contribution, m.contribution);
    put(m.row, c.loan, m.loan);
  }
  return {
    sheet: table.sheet,
    originRow: 1,
    originCol: 1,
    rows: Array.from({ length: rows.length }, (_, i) =>
      Array.from(rows[i] ?? [], (v) => v ?? null)
    ),
  };
}
