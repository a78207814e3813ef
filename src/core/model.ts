/**
 * The domain vocabulary shared by reading, validation, indicators and the report.
 * Values are canonical: a member's gender is "female", never "Nữ" / "nu" / "F".
 */
import type { RegisterLayout } from "./register/layout";
import type { LegacyEncoding } from "./text/legacy";
import type { MemberStatus } from "./values/phrases";

export type { MemberStatus };

/** Canonical fields of a member register (DESIGN.md §3). */
export type Field =
  | "no"
  | "name"
  | "gender"
  | "birth"
  | "ethnicity"
  | "poverty"
  | "club"
  | "commune"
  | "village"
  | "role"
  | "group"
  | "contribution"
  | "loan"
  | "joined";

export type Gender = "male" | "female";
export type Poverty = "poor" | "near-poor" | "hardship" | "none";
export type BoardRole = "chair" | "vice-chair" | "board-member" | "member";

/** A calendar date without time zone; month and day are known only when the source gave a full date. */
export interface DayDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/**
 * Why a value could not be taken as it was typed. Reading records these; validation turns them into issues
 * through the rule catalogue (which decides severity and wording).
 */
export type ProblemCode =
  | "missing" // a required field is blank
  | "unreadable" // the normaliser cannot read the value
  | "legacy-encoding" // TCVN3 / VNI text; suggestion = the Unicode text
  | "decomposed" // NFD text; suggestion = the NFC text
  | "stray-spaces" // leading/trailing/double/non-breaking spaces; suggestion = the cleaned text
  | "split-both" // split birth layout: a year under both "Nam" and "Nữ"
  | "split-neither" // split birth layout: member data but no year under "Nam" or "Nữ"
  | "marks-both" // gender marks: a tick under both "Nam" and "Nữ"
  | "marks-neither"; // gender marks: member data but no tick under "Nam" or "Nữ"

export interface FieldProblem {
  readonly field: Field;
  readonly code: ProblemCode;
  /** 1-based sheet column of the cell the problem is about. */
  readonly column: number;
  /** The value as typed (null when blank). */
  readonly value: string | number | boolean | null;
  /** A proposed replacement value, when one is known. Never applied by core. */
  readonly suggestion?: string;
}

export interface Member {
  readonly sheet: string;
  /** 1-based sheet row: every message about this member points here. */
  readonly row: number;
  readonly club: string;
  readonly name: string | null;
  readonly gender: Gender | null;
  readonly birth: DayDate | null;
  /** Canonical group name from the catalogue of 54 ("Kinh", "Mông", …), never a numeric code. */
  readonly ethnicity: string | null;
  /**
   * Whether the member belongs to an ethnic minority (any group but Kinh): known from the group, or from a tick
   * under "Người dân tộc thiểu số" when the group is not written. null: unknown.
   */
  readonly minority: boolean | null;
  readonly poverty: Poverty | null;
  readonly role: BoardRole | null;
  readonly commune: string | null;
  readonly village: string | null;
  readonly group: string | null;
  readonly contribution: number | null;
  readonly loan: number | null;
  readonly joined: DayDate | null;
  /** "former": listed, but noted as having left the club ("Đã mất", "Chuyển đi"); not counted as a member. */
  readonly status: MemberStatus;
  /** The note that says the member left, as cleaned. */
  readonly statusNote: string | null;
  /** Problems found while reading this row; empty for a clean row. */
  readonly problems: readonly FieldProblem[];
}

/** A totals row ("Cộng", "Tổng cộng: 42 hội viên") and the members it can be checked against. */
export interface TotalsRow {
  readonly row: number;
  /** The count the row states; null when it states none. */
  readonly stated: number | null;
  /** Members listed since the last totals row (or the header), former members included. */
  readonly section: number;
  /** Members listed above it on the sheet. */
  readonly above: number;
  /** The same two counts without former members. */
  readonly sectionCurrent: number;
  readonly aboveCurrent: number;
}

/** How many cells of a column were filled, and how many of them could not be read. */
export interface ColumnReads {
  readonly field: Field;
  readonly column: number;
  readonly filled: number;
  readonly unreadable: number;
}

/** One member table found in a sheet: where its fields are, and the members read from it. */
export interface MemberTable {
  readonly sheet: string;
  /** The layout it was read with: detected, or corrected by the user. */
  readonly layout: RegisterLayout;
  /** 1-based sheet rows of the header (two rows for a two-row header). */
  readonly headerRows: readonly number[];
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Sheet column of each mapped field. With the split birth layout, "birth" is absent and `splitBirth` is set. */
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /** "Năm sinh" over "Nam" | "Nữ": the column holding the year gives the gender. */
  readonly splitBirth: { readonly male: number; readonly female: number } | null;
  /** Poverty as "x" marks under separate columns ("Hộ nghèo", "Hộ cận nghèo", …) instead of one value column. */
  readonly povertyMarks: Readonly<Partial<Record<Exclude<Poverty, "none">, number>>> | null;
  /** Header cells that match no canonical field. */
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
  /**
   * Rows below a totals row (and above any signature line) that hold something in the member columns but were
   * not taken as members: reported, so that nothing is skipped silently. The signature block itself is not.
   */
  readonly rowsAfterFooter: readonly { readonly row: number; readonly text: string }[];
  /** The header repeated down the list (a printed list pasted back): sheet rows, not read. */
  readonly repeatedHeaderRows: readonly number[];
  /**
   * Rows at the end without a name that hold what was filled down a column ("Nữ" to row 1,048,576): not
   * members. null when there are none.
   */
  readonly filledDown: {
    readonly first: number;
    readonly last: number;
    readonly text: string;
  } | null;
  readonly totalsRows: readonly TotalsRow[];
  /** Members whose household status a heading row above them gives ("II. Hộ cận nghèo"), by sheet row. */
  readonly povertyHeadings: readonly { readonly row: number; readonly poverty: Poverty }[];
  /** Per column read for a field: filled and unreadable cells among the members. */
  readonly columnReads: readonly ColumnReads[];
  /** The legacy encoding (TCVN3, VNI) the sheet's texts were read in, as its rows settled it; null: Unicode. */
  readonly encoding: LegacyEncoding | null;
  /** The club named in the title rows, if any (used when there is no club column). */
  readonly titleClub: string | null;
  readonly members: readonly Member[];
}
