/**
 * Marks on the cells of issues: a fill by severity. Each cell's own fill is read first and put back exactly when
 * the marks are cleared — no fill stays no fill, a pattern keeps its pattern and colours — and no value is ever
 * touched. One round trip reads the fills, one sets the marks; clearing is one. getCellProperties,
 * setCellProperties and fill.pattern: ExcelApi 1.9.
 */
import { cellAddress } from "../core/grid";
import type { MarkedCell } from "../core/validation";

/** Light fills that keep black text legible: red for errors, amber for warnings. */
export const MARK_FILL: Readonly<Record<MarkedCell["severity"], string>> = {
  error: "#F8CBAD",
  warning: "#FFE699",
};

/** A cell's own fill, as saved before it was marked. */
export interface SavedFill {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly fill: Excel.CellPropertiesFill;
}

const FILL_PROPERTIES = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
  },
};

function rangesOf(context: Excel.RequestContext) {
  const sheets = new Map<string, Excel.Worksheet>();
  return (cell: { sheet: string; row: number; column: number }) => {
    let sheet = sheets.get(cell.sheet);
    if (!sheet) sheets.set(cell.sheet, (sheet = context.workbook.worksheets.getItem(cell.sheet)));
    return sheet.getRange(cellAddress(cell.row, cell.column));
  };
}

/** Marks the cells; returns their own fills, to be put back by `clearMarks`. */
export async function markCells(
  context: Excel.RequestContext,
  cells: readonly MarkedCell[]
): Promise<SavedFill[]> {
  const rangeOf = rangesOf(context);
  const properties = cells.map((cell) => rangeOf(cell).getCellProperties(FILL_PROPERTIES));
  await context.sync();
  const saved = cells.map((cell, i) => ({
    sheet: cell.sheet,
    row: cell.row,
    column: cell.column,
    fill: properties[i].value[0][0].format?.fill ?? {},
  }));
  for (const cell of cells) rangeOf(cell).format.fill.color = MARK_FILL[cell.severity];
  await context.sync();
  return saved;
}

/** Puts every marked cell's own fill back: "None" (no fill) is cleared, any other is set as it was. */
export async function clearMarks(
  context: Excel.RequestContext,
  saved: readonly SavedFill[]
): Promise<void> {
  const rangeOf = rangesOf(context);
  for (const cell of saved) {
    const range = rangeOf(cell);
    if ((cell.fill.pattern ?? "None") === "None") range.format.fill.clear();
    else range.setCellProperties([[{ format: { fill: cell.fill } }]]);
  }
  await context.sync();
}
