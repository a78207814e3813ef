/**
 * A user's corrections of a layout, as typed: "Đối tượng=poverty" (a header and a role name), "F=notes" (a
 * column letter), and header rows "5-7". Resolved against the layout detection found, so that a header is named
 * as the user sees it, in any case and with or without its diacritics.
 */
import { columnNumber } from "../grid";
import { foldKey } from "../text/fold";
import type { LayoutCorrections } from "./detect-layout";
import type { ColumnRole, RegisterLayout } from "./layout";
import { roleByName } from "./role-names";

export interface ColumnMapping {
  /** A header text ("Đối tượng", "Vay vốn quỹ CLB / Số tiền") or a column letter ("F"). */
  readonly target: string;
  readonly role: ColumnRole | null;
}

/** "Đối tượng=poverty" → its parts; null when it is not "TEXT=ROLE" with a role name. */
export function parseMapping(text: string): ColumnMapping | null {
  const at = text.lastIndexOf("=");
  if (at <= 0) return null;
  const target = text.slice(0, at).trim();
  const role = roleByName(text.slice(at + 1));
  return target === "" || role === undefined ? null : { target, role };
}

/** "5-7" or "5" → first and last row; null when it is not that. */
export function parseHeaderRows(text: string): { first: number; last: number } | null {
  const match = /^\s*(\d{1,7})\s*(?:[-–:]\s*(\d{1,7}))?\s*$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first >= 1 && last >= first && last - first < 10 ? { first, last } : null;
}

const LETTERS = /^[A-Za-z]{1,3}$/;

/**
 * The sheet column a target names: a column letter, else the column whose header (whole, or one of its
 * lines, "Vay vốn quỹ CLB / Số tiền") folds to the target; the first such column. null: none.
 */
export function targetColumn(layout: RegisterLayout, target: string): number | null {
  const key = foldKey(target);
  const byHeader = layout.columns.find(
    (c) => foldKey(c.header) === key || c.header.split(" / ").some((part) => foldKey(part) === key)
  );
  if (byHeader) return byHeader.column;
  if (LETTERS.test(target.trim())) {
    const column = columnNumber(target.trim());
    return layout.columns.some((c) => c.column === column) ? column : null;
  }
  return null;
}

/** The corrections the mappings make to a layout, and the targets it has no column for. */
export function correctionsFor(
  layout: RegisterLayout,
  mappings: readonly ColumnMapping[],
  headerRows?: { first: number; last: number }
): { readonly corrections: LayoutCorrections; readonly unmatched: readonly string[] } {
  const columns: { column: number; role: ColumnRole | null }[] = [];
  const unmatched: string[] = [];
  for (const mapping of mappings) {
    const column = targetColumn(layout, mapping.target);
    if (column === null) unmatched.push(mapping.target);
    else columns.push({ column, role: mapping.role });
  }
  return { corrections: { headerRows, columns }, unmatched };
}
