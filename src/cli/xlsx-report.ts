/**
 * Renders a report layout into a new worksheet with exceljs. Formulas are written without a cached result and
 * the workbook is marked for a full calculation on load, so Excel and LibreOffice compute every figure when the
 * file is opened. exceljs cannot draw charts: each chart's row holds the layout's note saying so instead.
 */
import ExcelJS from "exceljs";
import type { CellStyle, ReportLayout } from "../core/report";
import { freeSheetName } from "../core/sheet-name";

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const border: Partial<ExcelJS.Borders> = {};
  for (const [side, weight] of Object.entries(style.border ?? {})) {
    border[side as "top" | "bottom" | "left" | "right"] = { style: weight };
  }
  return {
    font: {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold ?? false,
      italic: style.font.italic ?? false,
      underline: style.font.underline ?? false,
    },
    alignment: {
      horizontal: style.horizontal,
      vertical: style.vertical,
      wrapText: style.wrap,
      ...(style.indent ? { indent: style.indent } : {}),
    },
    border,
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

/**
 * A number in a date-formatted cell of a layout is a serial of Excel's 1900 date system. Written as the day it
 * stands for, it is stored in the workbook's own system (exceljs converts a Date with the workbook's
 * date1904), so that a copy of a Mac workbook counting from 1904 shows the same day, not four years later.
 */
function layoutValue(value: string | number | boolean | null, style: CellStyle): ExcelJS.CellValue {
  const isDate =
    style.numberFormat !== undefined &&
    /[dy]/i.test(style.numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  return typeof value === "number" && isDate
    ? new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000)
    : value;
}

/** The cells of an A1 range ("A1:C2" → A1, B1, C1, A2, B2, C2). */
function cellsOf(worksheet: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to] = range.split(":").map((address) => worksheet.getCell(address));
  const cells: ExcelJS.Cell[] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    for (let c = Number(from.col); c <= Number(to.col); c++) cells.push(worksheet.getCell(r, c));
  }
  return cells;
}

/** Adds the report as a new sheet (never replacing one) and returns the name it was given. */
export function addReportSheet(workbook: ExcelJS.Workbook, layout: ReportLayout): string {
  const name = freeSheetName(
    layout.sheetName,
    workbook.worksheets.map((sheet) => sheet.name)
  );
  const print = layout.print;
  const worksheet = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      horizontalCentered: print.horizontallyCentered,
      margins: print.margins,
      printArea: print.printArea,
    },
  });

  for (const { column, width } of layout.columnWidths) worksheet.getColumn(column).width = width;
  for (const { row, height } of layout.rowHeights) worksheet.getRow(row).height = height;

  const styles = new Map(
    Object.entries(layout.styles).map(([key, style]) => [key, excelStyle(style)])
  );
  const styleOf = (key: string): Partial<ExcelJS.Style> => {
    const style = styles.get(key);
    if (!style) throw new Error(`report layout: no style "${key}"`);
    return style;
  };

  const mergeAt = new Map(layout.merges.map((range) => [range.split(":")[0], range]));
  for (const cell of layout.cells) {
    const target = worksheet.getCell(cell.address);
    // A value is only ever a value: exceljs writes a string starting with "=" as text.
    target.value =
      cell.content.kind === "formula"
        ? ({ formula: cell.content.formula } as ExcelJS.CellFormulaValue)
        : layoutValue(cell.content.value, layout.styles[cell.style]);
    const range = mergeAt.get(cell.address);
    for (const styled of range ? cellsOf(worksheet, range) : [target]) {
      styled.style = styleOf(cell.style);
    }
  }
  for (const range of layout.merges) worksheet.mergeCells(range);

  for (const chart of layout.charts) {
    const range = `${chart.fromColumn}${chart.row}:${chart.toColumn}${chart.row}`;
    for (const cell of cellsOf(worksheet, range)) cell.style = styleOf(chart.noteStyle);
    worksheet.getCell(`${chart.fromColumn}${chart.row}`).value = chart.note;
    worksheet.mergeCells(range);
    worksheet.getRow(chart.row).height = 36;
  }

  workbook.calcProperties.fullCalcOnLoad = true;
  return name;
}
