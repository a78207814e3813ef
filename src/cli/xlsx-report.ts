/**
 * Renders a report layout into new worksheets with exceljs — the report and its annexes, each after the sheets
 * the workbook has, never replacing one. Formulas are written without a cached result and the workbook is marked
 * for a full calculation on load, so Excel and LibreOffice compute every figure when the file is opened.
 * exceljs cannot draw charts: a chart's row is left as it is (the chart is absent, not described).
 */
import ExcelJS from "exceljs";
import { placeLayout, type CellStyle, type PlacedSheet, type ReportLayout } from "../core/report";
import { inDateSystem } from "../core/report/date-system";
import { digitsWide, pageNumberCode } from "../core/report/page";

const MM_PER_INCH = 25.4;

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

/** The cells of an A1 range ("A1:C2" → A1, B1, C1, A2, B2, C2). */
function cellsOf(worksheet: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to] = range.split(":").map((address) => worksheet.getCell(address));
  const cells: ExcelJS.Cell[] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++) {
    for (let c = Number(from.col); c <= Number(to.col); c++) cells.push(worksheet.getCell(r, c));
  }
  return cells;
}

/** Adds one placed layout sheet (cells, styles, merges, widths, heights, print set-up) after the others. */
export function addSheet(
  workbook: ExcelJS.Workbook,
  sheet: PlacedSheet,
  styleOf: (key: string) => Partial<ExcelJS.Style>
): void {
  const print = sheet.print;
  const inches = (mm: number) => mm / MM_PER_INCH;
  const worksheet = workbook.addWorksheet(sheet.placedName, {
    ...(sheet.hidden ? { state: "hidden" as const } : {}),
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: false,
      scale: print.scale,
      horizontalCentered: print.horizontallyCentered,
      margins: {
        top: inches(print.margins.top),
        bottom: inches(print.margins.bottom),
        left: inches(print.margins.left),
        right: inches(print.margins.right),
        header: inches(print.margins.header),
        footer: inches(print.margins.footer),
      },
      printArea: print.printArea,
      ...(print.titleRows
        ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` }
        : {}),
      firstPageNumber: 1,
    },
    headerFooter: {
      differentFirst: true,
      // &C: the centre of the header.
      oddHeader: `&C${pageNumberCode(print.pageNumbers.font, print.pageNumbers.size)}`,
    } as Partial<ExcelJS.HeaderFooter>,
  });

  for (const { column, points } of sheet.columnWidths) {
    worksheet.getColumn(column).width = digitsWide(points);
  }
  for (const { row, height } of sheet.rowHeights) worksheet.getRow(row).height = height;

  const mergeAt = new Map(sheet.merges.map((range) => [range.split(":")[0], range]));
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.address);
    // A value is only ever a value: exceljs writes a string starting with "=" as text.
    target.value =
      cell.content.kind === "formula"
        ? ({ formula: cell.content.formula } as ExcelJS.CellFormulaValue)
        : inDateSystem(
            cell.content.value,
            styleOf(cell.style).numFmt,
            workbook.properties.date1904 === true
          );
    const range = mergeAt.get(cell.address);
    for (const styled of range ? cellsOf(worksheet, range) : [target]) {
      styled.style = styleOf(cell.style);
    }
  }
  for (const range of sheet.merges) worksheet.mergeCells(range);
  // exceljs breaks after a row; the layout names the row a page starts with.
  for (const row of print.pageBreaks) worksheet.getRow(row - 1).addPageBreak();
}

/** A layout's named styles as exceljs styles, converted once; an unknown name is a programming error. */
export function styleResolver(
  styles: Readonly<Record<string, CellStyle>>
): (key: string) => Partial<ExcelJS.Style> {
  const converted = new Map(Object.entries(styles).map(([key, style]) => [key, excelStyle(style)]));
  return (key) => {
    const style = converted.get(key);
    if (!style) throw new Error(`report layout: no style "${key}"`);
    return style;
  };
}

/**
 * Adds the report's sheets (never replacing one) and returns the name each layout sheet was given, by key; the
 * report's own sheet is `REPORT_SHEET`.
 */
export function addReportSheets(
  workbook: ExcelJS.Workbook,
  layout: ReportLayout
): Readonly<Record<string, string>> {
  const { sheets, names } = placeLayout(
    layout,
    workbook.worksheets.map((sheet) => sheet.name)
  );
  const styleOf = styleResolver(layout.styles);
  for (const sheet of sheets) addSheet(workbook, sheet, styleOf);
  workbook.calcProperties.fullCalcOnLoad = true;
  return names;
}
