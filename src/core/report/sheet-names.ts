/**
 * A layout's sheets get their names only when written (a workbook may already have a "Báo cáo"), so a formula
 * refers to another sheet of the layout by its key: `sheetRef("annex-members")` writes "[[annex-members]]!",
 * which `placeLayout` turns into the quoted name the sheet was given. Excel forbids "[" and "]" in sheet names and
 * the report's formulas hold neither otherwise, so the marker cannot be confused with anything else.
 */
import { freeSheetName } from "../sheet-name";
import { sheetPrefix } from "./a1";
import type { ReportCell, ReportLayout, SheetLayout } from "./layout";

/** The prefix of a reference to a cell of another layout sheet, as a formula is written before placing. */
export function sheetRef(key: string): string {
  return `[[${key}]]!`;
}

const MARKER = /\[\[([^\]]+)\]\]!/g;

/** A formula (or a validation's list source) with each `sheetRef` replaced by the quoted name given to it. */
export function resolveSheetRefs(formula: string, names: Readonly<Record<string, string>>): string {
  return formula.replace(MARKER, (_whole, key: string) => {
    const name = names[key];
    if (name === undefined) throw new Error(`report layout: no sheet "${key}"`);
    return sheetPrefix(name);
  });
}

/** A layout sheet with the name it is written under and its formulas referring to sheets by those names. */
export interface PlacedSheet extends SheetLayout {
  readonly placedName: string;
}

/**
 * Names every sheet of the layout without taking an existing name (nor one of the layout's own), and writes the
 * names into the formulas. Returns the sheets in layout order and the name each key was given.
 */
export function placeLayout(
  layout: Pick<ReportLayout, "sheets">,
  existing: readonly string[]
): { sheets: PlacedSheet[]; names: Readonly<Record<string, string>> } {
  const taken = [...existing];
  const names: Record<string, string> = {};
  for (const sheet of layout.sheets) {
    names[sheet.key] = freeSheetName(sheet.name, taken);
    taken.push(names[sheet.key]);
  }
  const resolve = (formula: string) => resolveSheetRefs(formula, names);
  const cell = (c: ReportCell): ReportCell =>
    c.content.kind === "formula"
      ? { ...c, content: { kind: "formula", formula: resolve(c.content.formula) } }
      : c;
  return {
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      placedName: names[sheet.key],
      cells: sheet.cells.map(cell),
    })),
    names,
  };
}
