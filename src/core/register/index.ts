/**
 * Reading member registers in two steps with data between them: a sheet's grid → its layout (detectLayout),
 * then the grid read with a layout → its member table (readMembers). A user's corrections change the layout.
 */
import type { Grid } from "../grid";
import type { MemberTable } from "../model";
import { detectLayout, type LayoutCorrections } from "./detect-layout";
import { readMembers } from "./read-members";

export { detectLayout, type LayoutCorrections } from "./detect-layout";
export { readMembers } from "./read-members";
export type { ColumnRole, LayoutColumn, LayoutReason, RegisterLayout } from "./layout";
export { clubFromTitle } from "./club-name";

/** Both steps at once: the member table of a sheet, or null when the sheet holds none. */
export function readMemberTable(grid: Grid, corrections?: LayoutCorrections): MemberTable | null {
  const layout = detectLayout(grid, corrections);
  return layout === null ? null : readMembers(grid, layout);
}
