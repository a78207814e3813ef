import type { FieldProblem, Member, MemberTable } from "../../../src/core/model";
import {
  type Issue,
  issueCell,
  NATIONAL_PROFILE,
  type RuleProfile,
} from "../../../src/core/validation";
import { blankMember, blankTable } from "../../support/member";

/**
 * Small builders of already-read member tables, so that validation is tested without the register reader.
 * Columns of the default table: A no, B name, C gender, D birth, E ethnicity, F poverty, G role, H contribution,
 * I loan.
 */
export const COLUMNS = {
  no: 1,
  name: 2,
  gender: 3,
  birth: 4,
  ethnicity: 5,
  poverty: 6,
  role: 7,
  contribution: 8,
  loan: 9,
} as const;

export const REPORT_DATE = { year: 2026, month: 12, day: 31 };

/** The national profile without its club norms, to look at rows alone. */
export const ROWS_ONLY: RuleProfile = {
  ...NATIONAL_PROFILE,
  clubSize: null,
  women: null,
  older: null,
  younger: null,
  poor: null,
  boardSize: null,
  oneChair: false,
};

export function member(overrides: Partial<Member> = {}): Member {
  return blankMember({
    sheet: "Bản Hon",
    club: "Bản Hon",
    name: "Lò Thị Mai",
    gender: "female",
    birth: { year: 1956 },
    ethnicity: "Thái",
    poverty: "poor",
    role: "member",
    contribution: 200000,
    loan: 0,
    ...overrides,
  });
}

export function problem(
  overrides: Partial<FieldProblem> & Pick<FieldProblem, "field" | "code">
): FieldProblem {
  return { column: COLUMNS.name, value: null, ...overrides };
}

export function table(
  members: readonly Member[],
  overrides: Partial<MemberTable> = {}
): MemberTable {
  return blankTable(members, {
    sheet: members[0]?.sheet ?? "Bản Hon",
    headerRows: [4],
    firstDataRow: members.length ? Math.min(...members.map((m) => m.row)) : 5,
    lastDataRow: members.length ? Math.max(...members.map((m) => m.row)) : 5,
    columns: COLUMNS,
    ...overrides,
  });
}

export interface ClubShape {
  readonly sheet?: string;
  readonly club?: string;
  readonly firstRow?: number;
  readonly size: number;
  readonly women: number;
  /** Members aged 55 or over at REPORT_DATE; the others are between 26 and 45. */
  readonly older: number;
  readonly poor: number;
  /** Board roles given to the first members, in order. */
  readonly board?: readonly Member["role"][];
}

/** The board HelpAge recommends: a chair, a vice-chair and three board members. */
export const FIVE_BOARD: readonly Member["role"][] = [
  "chair",
  "vice-chair",
  "board-member",
  "board-member",
  "board-member",
];

/** A club of distinct members with the given composition; every row is clean. */
export function club(shape: ClubShape): Member[] {
  const name = shape.club ?? "Bản Hon";
  const board = shape.board ?? FIVE_BOARD;
  const firstRow = shape.firstRow ?? 5;
  return Array.from({ length: shape.size }, (_, i) =>
    member({
      sheet: shape.sheet ?? name,
      club: name,
      row: firstRow + i,
      name: `Thành viên ${name} ${i + 1}`,
      gender: i < shape.women ? "female" : "male",
      // 1940–1969 → aged 57–86; 1981–2000 → aged 26–45 at the end of 2026.
      birth: { year: i < shape.older ? 1940 + (i % 30) : 1981 + (i % 20) },
      poverty: i < shape.poor ? "poor" : "none",
      role: board[i] ?? "member",
    })
  );
}

/** An issue with the address of its cell, as the task pane and the command line show it. */
export function located(issue: Issue): Issue & { readonly cell: string | null } {
  return { ...issue, cell: issueCell(issue) };
}
