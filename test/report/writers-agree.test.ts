import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { addReportSheet } from "../../src/cli/xlsx-report";
import { cellAddress } from "../../src/core/grid";
import { readMemberTable } from "../../src/core/register";
import { buildReportLayout, type ReportLayout } from "../../src/core/report";
import { columnWidthInPoints, writeReport } from "../../src/excel/report-writer";
import { parseAddress } from "../../src/excel/layout-arrays";
import { FakeContext, type FakeSheet } from "../support/fake-excel";
import { PARAMS } from "./builders";

/** Every cell of the rectangle a layout covers, merged interiors included. */
function addressesOf(layout: ReportLayout): string[] {
  let rows = 0;
  let columns = 0;
  for (const a of [
    ...layout.cells.map((c) => c.address),
    ...layout.merges.map((m) => m.split(":")[1]),
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
describe("the two report writers agree cell for cell", () => {
  let layout: ReportLayout;
  let xlsx: ExcelJS.Worksheet;
  let excel: FakeSheet;

  beforeAll(async () => {
    const grids = await readWorkbookGrids(
      join(__dirname, "../fixtures/registers/club-column.xlsx")
    );
    const grid = grids.find((g) => readMemberTable(g) !== null)!;
    layout = buildReportLayout({ table: readMemberTable(grid)!, grid, params: PARAMS });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(grid.sheet);
    xlsx = workbook.getWorksheet(addReportSheet(workbook, layout))!;

    const context = new FakeContext([grid.sheet]);
    excel = context.sheet(await writeReport(context.asExcel(), layout));
  });

  it("has figures to compare", () => {
    expect(layout.cells.filter((c) => c.content.kind === "formula").length).toBeGreaterThan(30);
  });

  it("holds the same formulas and values in the same cells", () => {
    for (const { address } of layout.cells) {
      const written = xlsx.getCell(address).value as ExcelJS.CellValue;
      const expected =
        written && typeof written === "object" && "formula" in written
          ? "=" + written.formula
          : (written ?? "");
      expect([address, excel.cells.get(address)?.formula]).toEqual([address, expected]);
    }
  });

  it("formats numbers alike; Excel also marks text cells as text", () => {
    for (const cell of layout.cells) {
      const numFmt = xlsx.getCell(cell.address).numFmt ?? "General";
      const expected =
        cell.content.kind === "value" && typeof cell.content.value === "string" ? "@" : numFmt;
      expect([cell.address, excel.cells.get(cell.address)?.numberFormat]).toEqual([
        cell.address,
        expected,
      ]);
    }
  });

  it("uses the same fonts and borders on every cell, merged areas included", () => {
    const chartRows = new Set(layout.charts.map((c) => c.row));
    for (const address of addressesOf(layout)) {
      if (chartRows.has(parseAddress(address).row)) continue; // a chart in Excel, its note in the .xlsx
      const a = xlsx.getCell(address);
      const b = excel.cells.get(address);
      if (!b) {
        expect([address, a.value ?? null, a.border ?? {}]).toEqual([address, null, {}]);
        continue;
      }
      expect([
        address,
        b.font.name,
        b.font.size,
        b.font.bold ?? false,
        b.font.italic ?? false,
      ]).toEqual([
        address,
        a.font?.name,
        a.font?.size,
        a.font?.bold ?? false,
        a.font?.italic ?? false,
      ]);
      const xlsxEdges = Object.entries(a.border ?? {})
        .filter(([, v]) => v?.style)
        .map(([side]) => EXCEL_EDGE[side as keyof typeof EXCEL_EDGE])
        .sort();
      expect([address, Object.keys(b.borders).sort()]).toEqual([address, xlsxEdges]);
    }
  });

  it("merges the same areas and sets the same widths", () => {
    const xlsxMerges = Object.keys(
      (xlsx as unknown as { _merges: Record<string, unknown> })._merges
    );
    const chartMerges = layout.charts.map((c) => `${c.fromColumn}${c.row}`);
    expect(excel.merges.map((m) => m.split(":")[0]).sort()).toEqual(
      xlsxMerges.filter((m) => !chartMerges.includes(m)).sort()
    );
    for (const { column, width } of layout.columnWidths) {
      expect(xlsx.getColumn(column).width).toBe(width);
      expect(excel.columnWidths.get(column)).toBe(columnWidthInPoints(width));
    }
  });
});
