/**
 * The layout of a register, as detection found it and a user may correct it: which rows are the header, which
 * row numbers the columns, and what each column holds — with the header text it was read from and why. It is
 * the data between the two steps of reading (detect-layout.ts → read-members.ts): the task pane's mapping
 * editor and the command line's `--map` / `--header-rows` change a layout, nothing else.
 */
import type { Field, Gender, Poverty } from "../model";
import type { LegacyEncoding } from "../text/legacy";

/** What one column of a register holds. */
export type ColumnRole =
  /** One value of a field per cell: "Họ và tên", "Giới tính", "Năm sinh", "Số tiền vay" … */
  | { readonly kind: "field"; readonly field: Field }
  /** "Năm sinh" over "Nam" | "Nữ": the year is written under the member's gender. */
  | { readonly kind: "split-birth"; readonly gender: Gender }
  /** A tick under "Nam" or "Nữ" (under "Giới tính" or alone); a lone "Nữ" column: unticked is a man. */
  | { readonly kind: "gender-mark"; readonly gender: Gender }
  /** A tick under "Hộ nghèo", "Hộ cận nghèo", "Hoàn cảnh khó khăn". */
  | { readonly kind: "poverty-mark"; readonly poverty: Exclude<Poverty, "none"> }
  /** A tick under "Người dân tộc thiểu số": a minority, group not given; no tick: Kinh. */
  | { readonly kind: "minority-mark" }
  /** "Dân tộc thiểu số (ghi rõ tên dân tộc)": the group of a minority member; blank: Kinh. */
  | { readonly kind: "minority-name" }
  /** Free text ("Ghi chú", "Đối tượng", "Tình trạng"): read for the roles, poverty and departures it states. */
  | { readonly kind: "notes" }
  /** A name that is not the member's: "Người nhận" → "Họ tên", "Họ tên chủ hộ". Not read. */
  | { readonly kind: "other-person" }
  /** "Họ và tên" over "Họ đệm" | "Tên": the member's name in two columns, joined when read. */
  | { readonly kind: "name-part"; readonly part: "family" | "given" }
  /** "Ngày sinh" over "Ngày" | "Tháng" | "Năm": the birth in three columns, day and month often blank. */
  | { readonly kind: "birth-part"; readonly part: "day" | "month" | "year" };

/**
 * Why a column holds what it holds: its header names it; its sub-header does, read with the group header above
 * ("Vay vốn quỹ CLB" → "Số tiền"); its values decided between two readings (years or ticks under "Nam" | "Nữ",
 * names or ticks under "Dân tộc thiểu số"); a user said so; it is set aside (a second column of a field, or one
 * a richer layout makes redundant, as "Giới tính" beside "Năm sinh: Nam | Nữ"); or nothing is known of it.
 */
export type LayoutReason = "header" | "group-header" | "values" | "user" | "set-aside" | "unknown";

export interface LayoutColumn {
  /** 1-based sheet column. */
  readonly column: number;
  /** The header text it was read from, group headers first: "Vay vốn quỹ CLB / Số tiền (đồng)". */
  readonly header: string;
  /** null: a header that means nothing to the reader (it is reported, not guessed). */
  readonly role: ColumnRole | null;
  readonly reason: LayoutReason;
  /** Amounts under "(nghìn đồng)" or "(triệu đồng)": the factor to đồng. Absent: 1. */
  readonly scale?: number;
  /** Codes the header explains ("Giới tính (1: Nam; 0: Nữ)"): each code's meaning, read as the field's word. */
  readonly codes?: Readonly<Record<string, string>>;
}

export interface RegisterLayout {
  readonly sheet: string;
  /** 1-based sheet rows of the header, top first (one to four rows). */
  readonly headerRows: readonly number[];
  /** The row under the header that numbers the columns ("A B 1 2 3", "(1) (2) (3.1)"), if any. */
  readonly codeRow: number | null;
  readonly firstDataRow: number;
  /** Every column with a header, in sheet order. */
  readonly columns: readonly LayoutColumn[];
  /**
   * Facts the notes columns state for some members, so that a member whose note says nothing of it has the
   * plain value: not poor, a plain member. Only where no column of its own holds the fact.
   */
  readonly notesState: { readonly poverty: boolean; readonly role: boolean };
  /** The club named in the title rows, if any (used when there is no club column or heading). */
  readonly titleClub: string | null;
  /** The legacy encoding the title and header rows are typed in (TCVN3, VNI), if any. */
  readonly encoding: LegacyEncoding | null;
}

/** The sheet column holding a field's values, if a column does. */
export function fieldColumn(layout: RegisterLayout, field: Field): number | undefined {
  return layout.columns.find((c) => c.role?.kind === "field" && c.role.field === field)?.column;
}

/** The sheet columns of every role of a kind, in sheet order. */
export function columnsOf<K extends ColumnRole["kind"]>(
  layout: RegisterLayout,
  kind: K
): { readonly column: number; readonly role: Extract<ColumnRole, { kind: K }> }[] {
  return layout.columns
    .filter((c) => c.role?.kind === kind)
    .map((c) => ({ column: c.column, role: c.role as Extract<ColumnRole, { kind: K }> }));
}
