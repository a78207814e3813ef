import type { ReportLayout } from "../../src/core/report";
import { columnWidthInPoints, writeReport } from "../../src/excel/report-writer";
import { FakeContext } from "../support/fake-excel";

const TIMES = { name: "Times New Roman", size: 13 };

/** A small hand-made layout: a title, a club named like a formula, a count formula and a share. */
const layout: ReportLayout = {
  sheetName: "Báo cáo",
  cells: [
    { address: "A1", content: { kind: "value", value: "BÁO CÁO" }, style: "title" },
    { address: "A3", content: { kind: "value", value: "=1+1" }, style: "text" },
    {
      address: "B3",
      content: { kind: "formula", formula: "COUNTIFS('Danh sách'!$C$5:$C$9,\"Nữ\")" },
      style: "count",
    },
    { address: "C3", content: { kind: "formula", formula: 'IF(B3=0,"",B3/5)' }, style: "share" },
    { address: "A4", content: { kind: "value", value: "1955" }, style: "text" },
    { address: "B4", content: { kind: "value", value: 25 }, style: "count" },
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
  merges: ["A1:C1"],
  columnWidths: [{ column: "A", width: 30 }],
  rowHeights: [{ row: 1, height: 24 }],
  print: {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: 0.8, bottom: 0.8, left: 1.2, right: 0.6, header: 0.3, footer: 0.3 },
    printArea: "A1:C4",
    horizontallyCentered: true,
  },
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
      note: "Biểu đồ được vẽ khi lập báo cáo trong Excel.",
      noteStyle: "text",
    },
  ],
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
  it("adds a new sheet beside the existing ones, never over them, in two round trips", async () => {
    const context = new FakeContext(["Danh sách", "Báo cáo"]);
    const name = await writeReport(context.asExcel(), layout);
    expect(name).toBe("Báo cáo (2)");
    expect(context.workbook.model.map((s) => s.name)).toEqual([
      "Danh sách",
      "Báo cáo",
      "Báo cáo (2)",
    ]);
    expect(context.sheet("Báo cáo").cells.size).toBe(0);
    expect(context.sheet("Báo cáo (2)").active).toBe(true);
    expect(context.syncs).toBe(2);
  });

  it("writes formulas as formulas and text as text, even text that looks like a formula or a number", async () => {
    const context = new FakeContext(["Danh sách"]);
    const sheet = context.sheet(await writeReport(context.asExcel(), layout));
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
    const sheet = context.sheet(await writeReport(context.asExcel(), layout));
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
    expect(sheet.columnWidths.get("A")).toBe(columnWidthInPoints(30));
    expect(sheet.rowHeights.get(1)).toBe(24);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 1.2 * 72,
      centerHorizontally: true,
      printArea: "A1:C4",
    });
  });

  it("draws the charts through Excel's chart API in the rows reserved for them", async () => {
    const context = new FakeContext();
    const sheet = context.sheet(await writeReport(context.asExcel(), layout));
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

  it("Excel column widths: 8.43 characters, Excel's default, are 48 points", () => {
    expect(columnWidthInPoints(8.43)).toBeCloseTo(48, 0);
  });
});
