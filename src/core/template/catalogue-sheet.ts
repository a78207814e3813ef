/**
 * The catalogue lists as a sheet ("Danh mục"): one column per list, its title in row 1 and its values under it.
 * The template's dropdowns name these ranges, so what a user can choose is what the reader reads.
 */
import { CATALOGUE_LISTS, type CatalogueList } from "../catalogue-lists";
import { cellAddress, columnLetters } from "../grid";
import { messages } from "../i18n/messages";
import type { Lang } from "../i18n/text";
import { absoluteCell } from "../report/a1";
import type { CellStyle, ReportCell, SheetLayout } from "../report/layout";
import { sheetRef } from "../report/sheet-names";

export const CATALOGUE_SHEET = "catalogue";

export const CATALOGUE_STYLES: Readonly<Record<string, CellStyle>> = {
  catalogueHead: {
    font: { name: "Times New Roman", size: 11, bold: true },
    horizontal: "left",
    vertical: "middle",
    wrap: false,
  },
  catalogueValue: {
    font: { name: "Times New Roman", size: 11 },
    horizontal: "left",
    vertical: "middle",
    wrap: false,
  },
};

export type ListId = CatalogueList["id"];

/** The catalogue sheet and, for each list, the range of its values as a formula names it. */
export function catalogueSheet(lang: Lang): {
  readonly sheet: SheetLayout;
  readonly sources: Readonly<Record<ListId, string>>;
} {
  const cells: ReportCell[] = [];
  const sources = {} as Record<ListId, string>;
  CATALOGUE_LISTS.forEach((list, i) => {
    const column = i + 1;
    cells.push({
      address: cellAddress(1, column),
      content: { kind: "value", value: list.title[lang] },
      style: "catalogueHead",
    });
    list.values.forEach((value, j) =>
      cells.push({
        address: cellAddress(j + 2, column),
        content: { kind: "value", value },
        style: "catalogueValue",
      })
    );
    const last = list.values.length + 1;
    sources[list.id] =
      `${sheetRef(CATALOGUE_SHEET)}${absoluteCell(2, column)}:${absoluteCell(last, column)}`;
  });
  const rows = Math.max(...CATALOGUE_LISTS.map((list) => list.values.length)) + 1;
  const lastColumn = columnLetters(CATALOGUE_LISTS.length);
  return {
    sources,
    sheet: {
      key: CATALOGUE_SHEET,
      hidden: true,
      name: messages["template.catalogueName"][lang],
      cells,
      merges: [],
      columnWidths: CATALOGUE_LISTS.map((_list, i) => ({
        column: columnLetters(i + 1),
        points: 110,
      })),
      rowHeights: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        scale: 100,
        margins: { top: 20, bottom: 20, left: 20, right: 15, header: 10, footer: 10 },
        printArea: `A1:${lastColumn}${rows}`,
        horizontallyCentered: false,
        pageNumbers: { font: "Times New Roman", size: 11 },
        pageBreaks: [],
      },
      charts: [],
    },
  };
}
