import type { ReportLayout, SheetLayout } from "../../src/core/report";
import { writeReport } from "../../src/excel/report-writer";
import { FakeContext } from "../support/fake-excel";

const TIMES = { name: "Times New Roman", size: 13 };

const PRINT: SheetLayout["print"] = {
  paper: "A4",
  orientation: "portrait",
  scale: 100,
  margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  printArea: "A1:C4",
  horizontallyCentered: true,
  pageBreaks: [4],
  pageNumbers: { font: "Times New Roman", size: 13 },
};

/**
 * A small hand-made layout: a report with a title, a club named like a formula, a count formula, a share and a
 * chart; an annex whose cell refers to the report's by key, and whose first row is printed on every page.
 */
const layout: ReportLayout = {
  fixedCells: [],
  sheets: [
    {
      key: "report",
      name: "Báo cáo",
      cells: [
        { address: "A1", content: { kind: "value", value: "BÁO CÁO" }, style: "title" },
        { address: "A3", content: { kind: "value", value: "=1+1" }, style: "text" },
        {
          address: "B3",
          content: { kind: "formula", formula: "COUNTIFS('Danh sách'!$C$5:$C$9,\"Nữ\")" },
          style: "count",
        },
        {
          address: "C3",
          content: { kind: "formula", formula: 'IF(B3=0,"",B3/5)' },
          style: "share",
        },
        { address: "A4", content: { kind: "value", value: "1955" }, style: "text" },
        { address: "B4", content: { kind: "value", value: 25 }, style: "count" },
      ],
      merges: ["A1:C1"],
      columnWidths: [{ column: "A", points: 160 }],
      rowHeights: [{ row: 1, height: 24 }],
      print: PRINT,
      charts: [
        {
          kind: "clustered-column",
          title: "Thành phần",
          row: 6,
          fromColumn: "A",
          toColumn: "C",
          height: 200,
          categories: "A3:A4",
          series: [
            { name: "Nữ", values: "B3:B4" },
            { name: "Tỷ lệ", values: "C3:C4" },
          ],
        },
      ],
    },
    {
      key: "annex",
      name: "Phụ lục 1",
      cells: [
        {
          address: "A1",
          content: { kind: "formula", formula: "[[report]]!$B$4*2" },
          style: "count",
        },
      ],
      merges: [],
      columnWidths: [{ column: "A", points: 60 }],
      rowHeights: [{ row: 1, height: 18 }],
      print: {
        ...PRINT,
        orientation: "landscape",
        printArea: "A1:A1",
        titleRows: { first: 1, last: 1 },
        pageBreaks: [],
      },
      charts: [],
    },
  ],
  styles: {
    title: {
      font: { ...TIMES, bold: true },
      horizontal: "center",
      vertical: "middle",
      wrap: false,
    },
    text: {
      font: TIMES,
      horizontal: "left",
      vertical: "middle",
      wrap: true,
      border: { bottom: "thin" },
    },
    count: {
      font: TIMES,
      horizontal: "right",
      vertical: "middle",
      wrap: false,
      numberFormat: "#,##0",
    },
    share: {
      font: TIMES,
      horizontal: "right",
      vertical: "middle",
      wrap: false,
      numberFormat: "0.0%",
    },
  },
  figures: [],
  inputs: {
    referenceDate: "B2",
    ageThreshold: "C2",
    plannedClubs: "D2",
    clubsBefore: "E2",
    plannedClubsTotal: "F2",
  },
};

describe("writeReport through the Excel API", () => {
  it("adds new sheets beside the existing ones, never over them, in two round trips", async () => {
    const context = new FakeContext(["Danh sách", "Báo cáo"]);
    const names = await writeReport(context.asExcel(), layout);
    expect(names).toEqual({ report: "Báo cáo (2)", annex: "Phụ lục 1" });
    expect(context.workbook.model.map((s) => s.name)).toEqual([
      "Danh sách",
      "Báo cáo",
      "Báo cáo (2)",
      "Phụ lục 1",
    ]);
    expect(context.sheet("Báo cáo").cells.size).toBe(0);
    expect(context.sheet("Báo cáo (2)").active).toBe(true);
    expect(context.syncs).toBe(2);
  });

  it("writes a reference to another sheet of the layout with the name that sheet was given", async () => {
    const context = new FakeContext(["Báo cáo"]);
    await writeReport(context.asExcel(), layout);
    expect(context.sheet("Phụ lục 1").cells.get("A1")?.formula).toBe("='Báo cáo (2)'!$B$4*2");
  });

  it("writes formulas as formulas and text as text, even text that looks like a formula or a number", async () => {
    const context = new FakeContext(["Danh sách"]);
    const sheet = context.sheet((await writeReport(context.asExcel(), layout)).report);
    expect(sheet.cells.get("B3")).toMatchObject({
      formula: "=COUNTIFS('Danh sách'!$C$5:$C$9,\"Nữ\")",
      numberFormat: "#,##0",
    });
    expect(sheet.cells.get("C3")).toMatchObject({
      formula: '=IF(B3=0,"",B3/5)',
      numberFormat: "0.0%",
    });
    expect(sheet.cells.get("A3")).toMatchObject({ formula: "=1+1", numberFormat: "@" });
    expect(sheet.cells.get("A4")).toMatchObject({ formula: "1955", numberFormat: "@" });
    expect(sheet.cells.get("B4")).toMatchObject({ formula: 25, numberFormat: "#,##0" });
  });

  it("applies fonts, alignment, borders, merges, widths, heights and print settings", async () => {
    const context = new FakeContext();
    const names = await writeReport(context.asExcel(), layout);
    const sheet = context.sheet(names.report);
    expect(sheet.cells.get("A1")).toMatchObject({
      font: { name: "Times New Roman", size: 13, bold: true, italic: false, underline: "None" },
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: false,
    });
    expect(sheet.cells.get("A3")?.borders).toEqual({
      EdgeBottom: { style: "Continuous", weight: "Thin" },
    });
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.columnWidths.get("A")).toBe(160);
    expect(sheet.rowHeights.get(1)).toBe(24);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 100 },
      firstPageNumber: 1,
      centerHorizontally: true,
      printArea: "A1:C4",
    });
    expect(sheet.pageLayout.leftMargin).toBeCloseTo((30 * 72) / 25.4, 6);
    expect(sheet.pageLayout.headerMargin).toBeCloseTo((10 * 72) / 25.4, 6);
    expect(sheet.pageLayout.printTitleRows).toBeUndefined();
    expect(sheet.pageBreaks).toEqual([4]);
    // The page number from page 2, top centre.
    expect(sheet.headersFooters).toEqual({
      state: "FirstAndDefault",
      firstPage: { centerHeader: "" },
      defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' },
    });
    const annex = context.sheet(names.annex);
    expect(annex.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
  });

  it("draws the charts through Excel's chart API in the rows reserved for them", async () => {
    const context = new FakeContext();
    const sheet = context.sheet((await writeReport(context.asExcel(), layout)).report);
    expect(sheet.charts).toEqual([
      {
        type: "ColumnClustered",
        source: "B3:B4",
        seriesBy: "Columns",
        title: "Thành phần",
        position: ["A6", "C6"],
        series: [
          { name: "Nữ", values: "B3:B4", xAxis: "A3:A4" },
          { name: "Tỷ lệ", values: "C3:C4", xAxis: "A3:A4" },
        ],
      },
    ]);
    expect(sheet.rowHeights.get(6)).toBe(200);
  });
});
