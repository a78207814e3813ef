/**
 * Reading member registers in two steps with data between them: a sheet's grid → its layout (detectLayout),
 * then the grid read with a layout → its member table (readMembers). A user's corrections change the layout.
 */
import type { Grid } from "../grid";
import type { MemberTable } from "../model";
import { columnNumber } from "../grid";
import { correctionsFor, type ColumnMapping } from "./corrections";
import { detectLayout, type LayoutCorrections } from "./detect-layout";
import { readMembers } from "./read-members";
import { listsByYear } from "./lists-by-year";
import { tablesSideBySide } from "./side-by-side";

export { detectLayout, type LayoutCorrections } from "./detect-layout";
export { readMembers, sourceReader, type SourceReader } from "./read-members";
export type { NoteFacts, SourceValue } from "./member-row";
export type { ColumnRole, LayoutColumn, LayoutReason, RegisterLayout } from "./layout";
export { clubFromTitle, isPlaceholderSheetName } from "./club-name";
export { looksLikeRegister, PEEK_COLUMNS, PEEK_ROWS } from "./looks-like-register";
export {
  correctionsFor,
  parseHeaderRows,
  parseMapping,
  targetColumn,
  type ColumnMapping,
} from "./corrections";
export { roleByName, roleName, ROLE_NAMES } from "./role-names";

/** Both steps at once: the member table of a sheet, or null when the sheet holds none. */
export function readMemberTable(grid: Grid, corrections?: LayoutCorrections): MemberTable | null {
  const layout = detectLayout(grid, corrections);
  return layout === null ? null : readMembers(grid, layout);
}

/**
 * Reading with a user's corrections as typed: the header rows, and columns named by their header or letter with
 * the role they hold. Targets no column answers to are returned, for the user to be told.
 */
export function readMemberTableCorrected(
  grid: Grid,
  mappings: readonly ColumnMapping[],
  headerRows?: { readonly first: number; readonly last: number }
): { readonly table: MemberTable | null; readonly unmatched: readonly string[] } {
  const detected = detectLayout(grid, { headerRows });
  if (detected === null) {
    // No header detection could place: only column letters can be resolved.
    const columns = mappings
      .filter((m) => /^[A-Za-z]{1,3}$/.test(m.target.trim()))
      .map((m) => ({ column: columnNumber(m.target.trim()), role: m.role }));
    const layout = columns.length > 0 ? detectLayout(grid, { headerRows, columns }) : null;
    return {
      table: layout && readMembers(grid, layout),
      unmatched: layout ? [] : mappings.map((m) => m.target),
    };
  }
  const { corrections, unmatched } = correctionsFor(detected, mappings, headerRows);
  const layout =
    corrections.columns && corrections.columns.length > 0
      ? detectLayout(grid, corrections)
      : detected;
  return { table: layout && readMembers(grid, layout), unmatched };
}
export { gridFrom1904, serialsFrom1904 } from "./dates-1904";
export { tablesSideBySide } from "./side-by-side";

/**
 * The grids of a sheet's tables: side by side (a blank column between) and, within each, a list per year one
 * under the other — each read as its own table.
 */
export function tablesOfSheet(grid: Grid): Grid[] {
  return tablesSideBySide(grid).flatMap(listsByYear);
}
