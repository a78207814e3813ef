import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { addReportSheets } from "../../src/cli/xlsx-report";
import { cellAddress } from "../../src/core/grid";
import { readMemberTable } from "../../src/core/register";
import { buildReportLayout, type ReportLayout, type SheetLayout } from "../../src/core/report";
import { digitsWide } from "../../src/core/report/page";
import { LAICHAU_PROFILE } from "../../src/core/validation";
import { writeReport } from "../../src/excel/report-writer";
import { parseAddress } from "../../src/excel/layout-arrays";
import { FakeContext, type FakeSheet } from "../support/fake-excel";
import { PARAMS } from "./builders";

/** Every cell of the rectangle a sheet covers, merged interiors included. */
function addressesOf(sheet: SheetLayout): string[] {
  let rows = 0;
  let columns = 0;
  for (const a of [
    ...sheet.cells.map((c) => c.address),
    ...sheet.merges.map((m) => m.split(":")[1]),
  ]) {
    const { row, column } = parseAddress(a);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  const all: string[] = [];
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) all.push(cellAddress(r, c));
  return all;
}

const EXCEL_EDGE = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
} as const;

/** The .xlsx writer (exceljs, the command line) and the Excel writer (office.js, the task pane) render one layout. */
describe("the two report writers agree cell for cell, on the report and every annex", () => {
  let layout: ReportLayout;
  let xlsx: ExcelJS.Workbook;
  let xlsxNames: Readonly<Record<string, string>>;
  let excel: FakeContext;
  let excelNames: Readonly<Record<string, string>>;

  beforeAll(async () => {
    const grids = await readWorkbookGrids(
      join(__dirname, "../fixtures/registers/club-column.xlsx")
    );
    const grid = grids.find((g) => readMemberTable(g) !== null)!;
    layout = buildReportLayout({
      table: readMemberTable(grid)!,
      grid,
      profile: LAICHAU_PROFILE,
      params: { ...PARAMS, signerName: "Nguyễn Văn A" },
    });

    xlsx = new ExcelJS.Workbook();
    xlsx.addWorksheet(grid.sheet);
    xlsx.addWorksheet("Báo cáo");
    xlsxNames = addReportSheets(xlsx, layout);

    excel = new FakeContext([grid.sheet, "Báo cáo"]);
    excelNames = await writeReport(excel.asExcel(), layout);
  });

  const each = (test: (sheet: SheetLayout, a: ExcelJS.Worksheet, b: FakeSheet) => void) => {
    for (const sheet of layout.sheets) {
      test(sheet, xlsx.getWorksheet(xlsxNames[sheet.key])!, excel.sheet(excelNames[sheet.key]));
    }
  };

  it("give the sheets the same free names, the report first, its annexes after", () => {
    expect(xlsxNames).toEqual(excelNames);
    expect(layout.sheets.map((s) => xlsxNames[s.key])).toEqual([
      "Báo cáo (2)",
      "Phụ lục 1",
      "Phụ lục 2",
      "Phụ lục 3",
      "Dữ liệu báo cáo",
      "Danh mục",
    ]);
    expect(excel.sheet("Báo cáo (2)").active).toBe(true);
    expect(layout.figures.length).toBeGreaterThan(60);
  });

  it("hold the same formulas and values in the same cells, the annexes' names written into them", () => {
    each((sheet, a, b) => {
      for (const { address } of sheet.cells) {
        const written = a.getCell(address).value as ExcelJS.CellValue;
        const expected =
          written && typeof written === "object" && "formula" in written
            ? "=" + written.formula
            : (written ?? "");
        expect([sheet.key, address, b.cells.get(address)?.formula]).toEqual([
          sheet.key,
          address,
          expected,
        ]);
        expect(String(expected)).not.toContain("[[");
      }
    });
    // The report counts the clubs of annex 1 by its name.
    const clubs = layout.figures.find((f) => f.indicator === "clubs" && !f.cumulative)!;
    expect(excel.sheet("Báo cáo (2)").cells.get(clubs.address)?.formula).toMatch(
      /^=COUNTIF\('Phụ lục 1'!\$C\$\d+:\$C\$\d+,">0"\)$/
    );
  });

  it("format numbers alike; Excel also marks text cells as text", () => {
    each((sheet, a, b) => {
      for (const cell of sheet.cells) {
        const numFmt = a.getCell(cell.address).numFmt ?? "General";
        const expected =
          cell.content.kind === "value" && typeof cell.content.value === "string" ? "@" : numFmt;
        expect([cell.address, b.cells.get(cell.address)?.numberFormat]).toEqual([
          cell.address,
          expected,
        ]);
      }
    });
  });

  it("use the same fonts and borders on every cell, merged areas included", () => {
    each((sheet, a, b) => {
      for (const address of addressesOf(sheet)) {
        const x = a.getCell(address);
        const y = b.cells.get(address);
        if (!y) {
          expect([address, x.value ?? null, x.border ?? {}]).toEqual([address, null, {}]);
          continue;
        }
        expect([
          address,
          y.font.name,
          y.font.size,
          y.font.bold ?? false,
          y.font.italic ?? false,
        ]).toEqual([
          address,
          x.font?.name,
          x.font?.size,
          x.font?.bold ?? false,
          x.font?.italic ?? false,
        ]);
        const xlsxEdges = Object.entries(x.border ?? {})
          .filter(([, v]) => v?.style)
          .map(([side]) => EXCEL_EDGE[side as keyof typeof EXCEL_EDGE])
          .sort();
        expect([address, Object.keys(y.borders).sort()]).toEqual([address, xlsxEdges]);
      }
    });
  });

  it("merge the same areas and set the same widths and heights, but for a chart's row", () => {
    each((sheet, a, b) => {
      const xlsxMerges = Object.keys(
        (a as unknown as { _merges: Record<string, unknown> })._merges
      );
      expect(b.merges.map((m) => m.split(":")[0]).sort()).toEqual(xlsxMerges.sort());
      for (const { column, points } of sheet.columnWidths) {
        expect(a.getColumn(column).width).toBe(digitsWide(points));
        expect(b.columnWidths.get(column)).toBe(points);
      }
      // Excel draws a chart over its row, as tall as the chart; the .xlsx has no chart and leaves the row.
      const charts = new Map(sheet.charts.map((chart) => [chart.row, chart.height]));
      for (const { row, height } of sheet.rowHeights) {
        expect([row, a.getRow(row).height]).toEqual([row, height]);
        expect([row, b.rowHeights.get(row)]).toEqual([row, charts.get(row) ?? height]);
      }
    });
  });

  it("set up the same pages: A4 at 100 %, margins, print titles, page breaks, numbers from page 2", () => {
    each((sheet, a, b) => {
      const print = sheet.print;
      expect(a.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: print.orientation,
        fitToPage: false,
        scale: 100,
        firstPageNumber: 1,
        printArea: print.printArea,
      });
      expect(b.pageLayout).toMatchObject({
        paperSize: "A4",
        orientation: print.orientation === "portrait" ? "Portrait" : "Landscape",
        zoom: { scale: 100 },
        firstPageNumber: 1,
        printArea: print.printArea,
      });
      expect(a.pageSetup.margins?.left).toBeCloseTo(print.margins.left / 25.4, 6);
      expect(b.pageLayout.leftMargin).toBeCloseTo((print.margins.left * 72) / 25.4, 6);
      const titles = print.titleRows
        ? `${print.titleRows.first}:${print.titleRows.last}`
        : undefined;
      expect(a.pageSetup.printTitlesRow).toBe(titles);
      expect(b.pageLayout.printTitleRows).toBe(titles && `$${titles.replace(":", ":$")}`);
      // exceljs breaks after a row, Excel above one: the same pages either way.
      expect(a.model.rowBreaks.map((brk) => brk.id + 1)).toEqual(print.pageBreaks);
      expect(b.pageBreaks).toEqual(print.pageBreaks);
      expect(a.headerFooter).toMatchObject({ differentFirst: true });
      expect(a.headerFooter.oddHeader).toBe(
        `&C${b.headersFooters.defaultForAllPages.centerHeader}`
      );
      expect(b.headersFooters).toMatchObject({
        state: "FirstAndDefault",
        firstPage: { centerHeader: "" },
      });
      expect(b.headersFooters.defaultForAllPages.centerHeader).toBe(
        '&"Times New Roman,Regular"&13&P'
      );
    });
  });
});

describe("in a workbook counting dates from 1904, both writers write each day as that system counts it", () => {
  it("writes the reference date as the same day's 1904 serial, in both writers", async () => {
    const grids = await readWorkbookGrids(
      join(__dirname, "../fixtures/registers/club-column.xlsx")
    );
    const grid = grids.find((g) => readMemberTable(g) !== null)!;
    const layout = buildReportLayout({
      table: readMemberTable(grid)!,
      grid,
      profile: LAICHAU_PROFILE,
      params: PARAMS,
    });
    const xlsx = new ExcelJS.Workbook();
    xlsx.properties.date1904 = true;
    xlsx.addWorksheet(grid.sheet);
    const xlsxNames = addReportSheets(xlsx, layout);
    const excel = new FakeContext([grid.sheet]);
    excel.date1904 = true;
    const excelNames = await writeReport(excel.asExcel(), layout);

    const report = layout.sheets.find((s) => s.key === "report")!;
    const dateCells = report.cells.filter((c) => c.style === "inputDate");
    expect(dateCells).toHaveLength(1);
    const { year, month, day } = PARAMS.referenceDate;
    const serial1904 = excel.serial(year, month!, day!);
    const address = dateCells[0].address;
    expect(excel.sheet(excelNames.report).cells.get(address)?.formula).toBe(serial1904);
    expect(xlsx.getWorksheet(xlsxNames.report)!.getCell(address).value).toBe(serial1904);
    // Day 0 of the 1904 system is 1 January 1904: the serial of 31 December 2019 there.
    expect(serial1904).toBe(43830 - 1462);
  });
});
