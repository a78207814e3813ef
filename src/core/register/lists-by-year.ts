/**
 * A sheet that keeps a club's list of each year one under the other ("I. DANH SÁCH NĂM 2023" over its header and
 * members, then "II. DANH SÁCH NĂM 2024" over its own): read as one table, every member of both years counted,
 * most of them twice. Each year's list is cut out as a grid of its own (sheet rows kept); the older list, repeating
 * the newer one's members, is then left out as a copy of it (leaveOutCopies) and named.
 */
import { type CellValue, type Grid, isBlank } from "../grid";
import { detectLayout } from "./detect-layout";
import { headerKey, isNameHeader } from "./header-synonyms";

/** "II. DANH SÁCH NĂM 2024", "NĂM 2024", "Danh sách thành viên năm 2024": a heading that names a year. */
const YEAR_HEADING = /(?:^|\s)năm\s+(?:19|20)\d{2}\b/iu;
/** Rows between a year's heading and its header row, at most. */
const HEADING_TO_HEADER = 3;

export function listsByYear(grid: Grid): Grid[] {
  const layout = detectLayout(grid);
  if (layout === null) return [grid];
  const starts: number[] = [];
  for (let r = layout.firstDataRow - grid.originRow; r < grid.rows.length; r++) {
    if (isYearHeading(grid.rows[r]) && headerFollows(grid, r)) starts.push(r);
  }
  if (starts.length === 0) return [grid];
  const bounds = [0, ...starts, grid.rows.length];
  // The lists below the first are under the sheet's title too: they keep the club it names.
  const titleClub = layout.titleClub ?? grid.titleClub;
  return bounds.slice(0, -1).map((start, i) => ({
    ...grid,
    originRow: grid.originRow + start,
    rows: grid.rows.slice(start, bounds[i + 1]),
    ...(i > 0 && titleClub ? { titleClub } : {}),
  }));
}

/** A row holding one text, naming a year (a loop, not a filter: every row of the sheet is looked at). */
function isYearHeading(cells: readonly CellValue[]): boolean {
  let text: CellValue = null;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell)) continue;
    if (text !== null) return false;
    text = cell;
  }
  return typeof text === "string" && YEAR_HEADING.test(text);
}

/** Whether a header row with a name column comes right under the heading. */
function headerFollows(grid: Grid, heading: number): boolean {
  const last = Math.min(grid.rows.length - 1, heading + HEADING_TO_HEADER);
  for (let r = heading + 1; r <= last; r++) {
    const names = grid.rows[r].some(
      (cell) => typeof cell === "string" && isNameHeader(headerKey(cell))
    );
    if (names) return true;
  }
  return false;
}
