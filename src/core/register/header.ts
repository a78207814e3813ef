/**
 * What the header rows say over each column: the texts from the top header row down to the column's own
 * ("Đối tượng ưu tiên" / "Hộ nghèo"), and the meaning they give it before its values are looked at.
 *
 * A merged group header keeps its text in its top-left cell only. With the sheet's merged areas known
 * (`Grid.merges`) each column under one gets its text; without them, a blank header cell with headers below it
 * belongs to the nearest group header on its left that also has headers below it.
 */
import type { CellValue, Grid } from "../grid";
import { cleanText } from "../text/clean-text";
import { legacyToUnicode, type LegacyEncoding } from "../text/legacy";
import { cleanTextIn } from "./sheet-encoding";
import {
  amountContext,
  headerKey,
  isBirthHeader,
  isGenderParent,
  isNameHeader,
  isOtherPersonContext,
  meaningOf,
  moneyScale,
  type HeaderKey,
  type HeaderMeaning,
} from "./header-synonyms";
import type { LayoutReason } from "./layout";

export interface HeaderText extends HeaderKey {
  readonly text: string;
}

/** One column of a header candidate: its texts, top first, and what they mean together. */
export interface ColumnHeader {
  /** 0-based index into grid rows. */
  readonly index: number;
  readonly path: readonly HeaderText[];
  readonly meaning: HeaderMeaning | undefined;
  readonly reason: LayoutReason;
  /** Money under "(nghìn đồng)" is in thousands: the factor to đồng. */
  readonly scale: number;
}

/**
 * A header cell's cleaned text, in the sheet's legacy encoding when it has one ("Ghi chó" in a TCVN3 header
 * is "Ghi chú"), or null for a blank or non-text cell.
 */
export function headerText(
  value: CellValue,
  encoding: LegacyEncoding | null = null
): HeaderText | null {
  let text: string;
  if (typeof value === "string") text = cleanTextIn(value, encoding).text;
  else if (typeof value === "number") text = String(value);
  else return null;
  if (text === "") return null;
  const header = { text, ...headerKey(text) };
  if (encoding === null || typeof value !== "string" || meaningOf(header)) return header;
  // A header that reads as Vietnamese either way ("Ghi chó") is taken in the sheet's encoding when only that
  // reading means something ("Ghi chú").
  const converted = cleanText(legacyToUnicode(value, encoding).normalize("NFC")).text;
  const other = { text: converted, ...headerKey(converted) };
  return meaningOf(other) ? other : header;
}

/** Each column's header texts over the given grid rows (0-based, top first). */
export function columnHeaders(
  grid: Grid,
  rows: readonly number[],
  width: number,
  encoding: LegacyEncoding | null
): ColumnHeader[] {
  const texts = rows.map((r) => {
    const cells = grid.rows[r] ?? [];
    return Array.from({ length: width }, (_, c) => headerText(cells[c] ?? null, encoding));
  });
  const hasBelow = (i: number, c: number) => texts.slice(i + 1).some((row) => row[c] !== null);
  const paths: HeaderText[][] = Array.from({ length: width }, () => []);
  texts.forEach((row, i) => {
    let carried: HeaderText | null = null;
    for (let c = 0; c < width; c++) {
      const own = row[c];
      let text: HeaderText | null = own;
      if (own === null) {
        const merged = mergedText(grid, rows[i], c, encoding, hasBelow(i, c));
        text = merged ?? (hasBelow(i, c) ? carried : null);
        if (merged === null && !hasBelow(i, c)) carried = null;
      } else {
        carried = hasBelow(i, c) ? own : null;
      }
      const path = paths[c];
      if (text !== null && path[path.length - 1]?.key !== text.key) path.push(text);
    }
  });
  return paths.map((path, index) => ({ index, path, ...meaningOfPath(path) }));
}

/** The text of a merged area covering a blank cell, from the area's top-left cell. */
function mergedText(
  grid: Grid,
  row: number,
  column: number,
  encoding: LegacyEncoding | null,
  headedBelow: boolean
): HeaderText | null {
  if (!grid.merges) return null;
  const sheetRow = grid.originRow + row;
  const sheetColumn = grid.originCol + column;
  const area = grid.merges.find(
    (m) =>
      m.top <= sheetRow && sheetRow <= m.bottom && m.left <= sheetColumn && sheetColumn <= m.right
  );
  if (!area || (area.top === sheetRow && area.left === sheetColumn)) return null;
  // Across, a merged text is the group header of the columns under it: over a column with no header of its own
  // below, it is one wide cell that names one column, the first.
  if (area.top === sheetRow && !headedBelow) return null;
  const cells = grid.rows[area.top - grid.originRow] ?? [];
  return headerText(cells[area.left - grid.originCol] ?? null, encoding);
}

/**
 * The meaning of a column from its header texts: the column's own text, read with the group header just above
 * it where that says more ("Năm sinh" over "Nam" is a gender to tell by its values, "Vay vốn quỹ CLB" over
 * "Số tiền" a loan, "Người nhận" over "Họ tên" another person's name); else a group header's own meaning when
 * the column's text says nothing ("Năm sinh" over "Ngày" | "Tháng" | "Năm" stays unknown: it is three columns).
 */
function meaningOfPath(path: readonly HeaderText[]): Omit<ColumnHeader, "index" | "path"> {
  const none = { meaning: undefined, reason: "unknown" as const, scale: 1 };
  if (path.length === 0) return none;
  const own = path[path.length - 1];
  const parents = path.slice(0, -1);
  const scale = moneyScale(path.map((p) => p.text).join(" "));
  const meaning = meaningOf(own);
  const underGroup = (m: HeaderMeaning) => ({ meaning: m, reason: "group-header" as const, scale });
  if (meaning?.kind === "amount") {
    for (const parent of [...parents].reverse()) {
      const context = amountContext(parent);
      if (context) return underGroup({ kind: "field", field: context });
    }
    return none;
  }
  if (meaning?.kind === "field" && meaning.field === "name" && parents.some(isOtherPersonContext)) {
    return underGroup({ kind: "other-person" });
  }
  // "Ngày" | "Tháng" | "Năm" are parts of a birth only under a birth header; "Tên" is a part of the name only
  // under "Họ và tên" (or beside "Họ đệm", which detection checks).
  if (meaning?.kind === "birth-part") {
    return parents.length > 0 && isBirthHeader(parents[parents.length - 1])
      ? underGroup(meaning)
      : none;
  }
  if (meaning?.kind === "name-part") {
    const underName = parents.length > 0 && isNameHeader(parents[parents.length - 1]);
    return underName ? underGroup(meaning) : { meaning, reason: "header", scale };
  }
  if (meaning?.kind === "gender" && parents.length > 0) {
    const parent = parents[parents.length - 1];
    if (!isGenderParent(parent)) return none;
    return underGroup({ ...meaning, underBirth: isBirthHeader(parent) });
  }
  if (meaning) return { meaning, reason: "header", scale };
  return none;
}
