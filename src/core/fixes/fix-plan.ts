/**
 * The fixes a user may apply, computed from validation's proposals: which cell gets which value. Pure: core never
 * changes a cell; the Excel adapter writes a plan (src/excel/fixes.ts) and keeps what it replaced for undo.
 */
import { cellAddress, type CellValue, type Grid } from "../grid";
import { RULES } from "../validation/catalogue";
import type { Issue } from "../validation/issue";

/** One cell to change, and the value it gets. */
export interface CellFix {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
}

/** The issues that carry a replacement for their own cell: converted, recomposed or trimmed text, a lost minus. */
export function isFixable(issue: Issue): boolean {
  const kind = RULES[issue.rule].fix;
  return (
    (kind === "reader" || kind === "absolute") &&
    issue.suggestion !== null &&
    issue.sheet !== null &&
    issue.row !== null &&
    issue.column !== null
  );
}

/** "Sheet!C12": one key per cell. */
export function fixKey(fix: Pick<CellFix, "sheet" | "row" | "column">): string {
  return `${fix.sheet}!${cellAddress(fix.row, fix.column)}`;
}

/**
 * The plan for some issues: one fix per cell (the first issue's proposal, when two issues name one cell), in the
 * issues' order. Issues without a replacement are left out.
 */
export function fixPlan(issues: readonly Issue[]): CellFix[] {
  const plan = new Map<string, CellFix>();
  for (const issue of issues) {
    if (!isFixable(issue)) continue;
    const suggestion = issue.suggestion as string;
    const fix: CellFix = {
      sheet: issue.sheet as string,
      row: issue.row as number,
      column: issue.column as number,
      // The absolute value of a mistyped "-5000000" is a number, not text.
      value: RULES[issue.rule].fix === "absolute" ? Number(suggestion) : suggestion,
    };
    const key = fixKey(fix);
    if (!plan.has(key)) plan.set(key, fix);
  }
  return [...plan.values()];
}

/** The grid as it reads once some cells hold new values, so that figures follow a fix without reading again. */
export function withCellValues(
  grid: Grid,
  cells: readonly { sheet: string; row: number; column: number; value: CellValue }[]
): Grid {
  const mine = cells.filter((c) => c.sheet === grid.sheet);
  if (mine.length === 0) return grid;
  const rows = grid.rows.map((row) => [...row]);
  for (const cell of mine) {
    const r = cell.row - grid.originRow;
    const c = cell.column - grid.originCol;
    if (r < 0 || c < 0 || r >= rows.length) continue;
    while (rows[r].length <= c) rows[r].push(null);
    rows[r][c] = cell.value;
  }
  return { ...grid, rows };
}
