/**
 * The cells to mark in the sheet for a list of issues: each cell an error or a warning is about, once, with the
 * gravest severity said of it, errors first; at most `limit` (a mark costs a request's room), and how many more.
 * Notes (info) and issues about a whole table or club are not cells to mark.
 */
import type { Issue } from "./issue";

export interface MarkedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly severity: "error" | "warning";
}

export function markedCells(
  issues: readonly Issue[],
  limit: number
): { cells: MarkedCell[]; left: number } {
  const byCell = new Map<string, MarkedCell>();
  for (const { sheet, row, column, severity } of issues) {
    if (sheet === null || row === null || column === null || severity === "info") continue;
    const key = `${sheet}\u0000${row}\u0000${column}`;
    if (byCell.get(key)?.severity !== "error") byCell.set(key, { sheet, row, column, severity });
  }
  const all = [...byCell.values()].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  return { cells: all.slice(0, limit), left: Math.max(0, all.length - limit) };
}
