/**
 * The data sheet and its vocabulary as sheets of the report's layout, after the annexes. Both are hidden: they
 * are not part of the report that is filed and printed, and unhiding the data sheet shows every figure's rows as
 * core read them (the command and the task pane say where). Formulas name the sheets by their layout keys, so
 * they are found whatever names the workbook lets them have.
 */
import { columnLetters, type Grid } from "../../grid";
import type { Lang } from "../../i18n/text";
import { messages } from "../../i18n/messages";
import type { MemberTable } from "../../model";
import type { CellStyle, PrintSettings, ReportCell, SheetLayout } from "../layout";
import { sheetRef } from "../sheet-names";
import {
  buildDataSheet,
  DATA_COLUMNS,
  type DataCell,
  type DataColumn,
  type DataSheet,
} from "./data-sheet";

export const DATA_SHEET = "data";
export const VOCABULARY_SHEET = "vocabulary";

export const DATA_STYLES: Readonly<Record<string, CellStyle>> = {
  dataHeader: {
    font: { name: "Times New Roman", size: 11, bold: true },
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: { top: "thin", bottom: "thin", left: "thin", right: "thin" },
  },
  data: {
    font: { name: "Times New Roman", size: 11 },
    horizontal: "left",
    vertical: "middle",
    wrap: false,
  },
};

const WIDTHS: Readonly<Record<DataColumn, number>> = {
  row: 36,
  club: 120,
  name: 140,
  gender: 42,
  birth: 60,
  ethnicity: 70,
  minority: 50,
  poverty: 110,
  role: 90,
  loan: 80,
  contribution: 80,
  status: 90,
};

function print(lastRow: number, lastColumn: number): PrintSettings {
  return {
    paper: "A4",
    orientation: "landscape",
    scale: 100,
    margins: { top: 20, bottom: 20, left: 20, right: 15, header: 10, footer: 10 },
    printArea: `A1:${columnLetters(lastColumn)}${Math.max(lastRow, 1)}`,
    horizontallyCentered: false,
    titleRows: { first: 1, last: 1 },
    pageBreaks: [],
    pageNumbers: { font: "Times New Roman", size: 13 },
  };
}

function reportCells(cells: readonly DataCell[], headerRow: number): ReportCell[] {
  return cells.map((cell) => ({
    address: cell.address,
    content:
      cell.kind === "formula"
        ? { kind: "formula", formula: cell.formula }
        : { kind: "value", value: cell.value },
    style: Number(cell.address.replace(/^[A-Z]+/, "")) === headerRow ? "dataHeader" : "data",
  }));
}

/** The report's data sheet over a member table, and its two layout sheets. */
export function dataSheets(
  table: MemberTable,
  grid: Grid,
  lang: Lang
): { readonly data: DataSheet; readonly sheets: readonly SheetLayout[] } {
  const headers = Object.fromEntries(
    DATA_COLUMNS.map((column) => [column, messages[`report.data.${column}`][lang]])
  ) as Record<DataColumn, string>;
  const data = buildDataSheet(table, grid, {
    data: sheetRef(DATA_SHEET),
    vocabularyPrefix: sheetRef(VOCABULARY_SHEET),
    headers,
    vocabularyHeaders: [messages["report.data.key"][lang], messages["report.data.value"][lang]],
  });
  const rows = table.members.length + 1;
  const sheet: SheetLayout = {
    key: DATA_SHEET,
    hidden: true,
    name: messages["report.data.sheetName"][lang],
    cells: reportCells(data.cells, 1),
    merges: [],
    columnWidths: DATA_COLUMNS.map((column, i) => ({
      column: columnLetters(i + 1),
      points: WIDTHS[column],
    })),
    rowHeights: [],
    print: print(rows, DATA_COLUMNS.length),
    charts: [],
  };
  const vocabulary: SheetLayout = {
    key: VOCABULARY_SHEET,
    hidden: true,
    name: messages["report.data.vocabularyName"][lang],
    cells: reportCells(data.vocabularyCells, 1),
    merges: [],
    columnWidths: [
      { column: "A", points: 200 },
      { column: "B", points: 120 },
    ],
    rowHeights: [],
    print: print(data.vocabularyCells.length / 2, 2),
    charts: [],
  };
  return { data, sheets: [sheet, vocabulary] };
}
