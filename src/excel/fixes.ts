/**
 * Writes a fix plan into the workbook and takes it back. Two round trips for any number of cells: one loads what
 * each cell holds (a formula is never overwritten: it is skipped and reported), one writes. Undo writes back exactly
 * what was there, in one round trip. One range per cell: address lists joined with "," break on locales whose
 * list separator is ";".
 */
import { cellAddress } from "../core/grid";
import type { CellFix } from "../core/fixes";

type Held = string | number | boolean;

/** A cell as it was before a fix: what to write back to undo it. */
export interface HeldCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: Held;
}

export interface FixOutcome {
  /** The cells changed, with what they held. */
  readonly undo: readonly HeldCell[];
  /** The cells left alone because they hold a formula. */
  readonly skipped: readonly CellFix[];
}

function isFormula(value: Held): boolean {
  return typeof value === "string" && value.startsWith("=");
}

export async function applyFixes(
  context: Excel.RequestContext,
  plan: readonly CellFix[]
): Promise<FixOutcome> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    let sheet = sheets.get(name);
    if (!sheet) sheets.set(name, (sheet = context.workbook.worksheets.getItem(name)));
    return sheet;
  };
  const ranges = plan.map((fix) =>
    sheetOf(fix.sheet).getRange(cellAddress(fix.row, fix.column)).load("formulas")
  );
  await context.sync();
  const undo: HeldCell[] = [];
  const skipped: CellFix[] = [];
  plan.forEach((fix, i) => {
    const held = ranges[i].formulas[0][0] as Held;
    if (isFormula(held)) {
      skipped.push(fix);
      return;
    }
    undo.push({ sheet: fix.sheet, row: fix.row, column: fix.column, formula: held });
    ranges[i].formulas = [[fix.value]];
  });
  if (undo.length > 0) await context.sync();
  return { undo, skipped };
}

/** Puts back what a fix replaced. */
export async function undoFixes(
  context: Excel.RequestContext,
  held: readonly HeldCell[]
): Promise<void> {
  if (held.length === 0) return;
  for (const cell of held) {
    context.workbook.worksheets
      .getItem(cell.sheet)
      .getRange(cellAddress(cell.row, cell.column)).formulas = [[cell.formula]];
  }
  await context.sync();
}
