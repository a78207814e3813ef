import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addReportSheets } from "../../src/cli/xlsx-report";
import { freeSheetName } from "../../src/core/sheet-name";
import { buildReportLayout, REPORT_SHEET } from "../../src/core/report";
import { gridOf, member, PARAMS, table } from "./builders";

const TABLE = table([member(3, "Nà Lằng"), member(4, "=1+1")]);
const LAYOUT = buildReportLayout({ table: TABLE, grid: gridOf(TABLE), params: PARAMS });

describe("the report's sheet names", () => {
  it("never take a name the workbook has, whatever its case, nor each other's", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách");
    expect(addReportSheets(workbook, LAYOUT)[REPORT_SHEET]).toBe("Báo cáo");
    expect(addReportSheets(workbook, LAYOUT)).toEqual({
      report: "Báo cáo (2)",
      "annex-members": "Phụ lục 1 (2)",
      "annex-funds": "Phụ lục 2 (2)",
      "annex-norms": "Phụ lục 3 (2)",
      data: "Dữ liệu báo cáo (2)",
      vocabulary: "Danh mục (2)",
    });
    workbook.addWorksheet("BÁO CÁO (3)");
    expect(addReportSheets(workbook, LAYOUT)[REPORT_SHEET]).toBe("Báo cáo (4)");
    expect(workbook.worksheets.map((s) => s.name).slice(0, 8)).toEqual([
      "Danh sách",
      "Báo cáo",
      "Phụ lục 1",
      "Phụ lục 2",
      "Phụ lục 3",
      "Dữ liệu báo cáo",
      "Danh mục",
      "Báo cáo (2)",
    ]);
  });

  it("leave out the characters Excel refuses and keep to 31 characters", () => {
    const long = "Báo cáo 6 tháng: CLB [Nà Lằng] * xã Bản Hon / 2020";
    const name = freeSheetName(long, []);
    expect(name).toBe("Báo cáo 6 tháng CLB Nà Lằng xã");
    expect(name.length).toBeLessThanOrEqual(31);
    const second = freeSheetName(long, [name]);
    expect(second).toBe("Báo cáo 6 tháng CLB Nà Lằng (2)");
    expect(second.length).toBeLessThanOrEqual(31);
  });
});

describe("the .xlsx writer", () => {
  let dir: string;
  let workbook: ExcelJS.Workbook;
  let names: Readonly<Record<string, string>>;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "club-report-writer-"));
    written = new ExcelJS.Workbook();
    const register = written.addWorksheet("Danh sách");
    register.getCell("B3").value = "Lò Thị Hoa";
    names = addReportSheets(written, LAYOUT);
    const file = join(dir, "report.xlsx");
    await written.xlsx.writeFile(file);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const sheetOf = (key: string) => workbook.getWorksheet(names[key])!;

  it("writes values as values, a club named =1+1 included, and leaves the member sheet alone", () => {
    const figure = LAYOUT.figures.find((f) => f.club === "=1+1")!;
    const nameCell = figure.address.replace(/^[A-Z]+/, "B");
    const annex = sheetOf(figure.sheet);
    expect(annex.getCell(nameCell).value).toBe("=1+1");
    expect(annex.getCell(nameCell).type).toBe(ExcelJS.ValueType.String);
    expect(sheetOf(REPORT_SHEET).getCell("R1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(workbook.getWorksheet("Danh sách")!.getCell("B3").value).toBe("Lò Thị Hoa");
  });

  it("writes figures as formulas without a result, for the spreadsheet to calculate", () => {
    for (const figure of LAYOUT.figures) {
      if (figure.indicator === "planned") continue;
      const cell = sheetOf(figure.sheet).getCell(figure.address);
      expect(cell.type).toBe(ExcelJS.ValueType.Formula);
      expect(cell.result).toBeUndefined();
    }
    const women = LAYOUT.figures.find((f) => f.indicator === "women" && f.club === "Nà Lằng")!;
    const layoutCell = LAYOUT.sheets
      .find((s) => s.key === women.sheet)!
      .cells.find((c) => c.address === women.address)!;
    // The layout names its own sheets by key; the written formula by the names they were given.
    const placed = (formula: string) =>
      formula.replace(/\[\[([^\]]+)\]\]!/g, (_whole, key: string) => `'${names[key]}'!`);
    expect(sheetOf(women.sheet).getCell(women.address).formula).toBe(
      layoutCell.content.kind === "formula" ? placed(layoutCell.content.formula) : "?"
    );
    // The data sheet and its vocabulary are written hidden: not part of the report that is printed.
    expect(sheetOf("data").state).toBe("hidden");
    expect(sheetOf("vocabulary").state).toBe("hidden");
    expect(written.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("renders styles, merges, widths, heights and the A4 page at full size", () => {
    const report = sheetOf(REPORT_SHEET);
    expect(report.getCell("R2").font).toMatchObject({
      name: "Times New Roman",
      size: 13,
      bold: true,
      underline: true,
    });
    expect(report.getCell("AN2").master.address).toBe("R2");
    const share = LAYOUT.figures.find(
      (f) => f.indicator === "womenShare" && f.club === null && f.sheet === REPORT_SHEET
    )!;
    expect(report.getCell(share.address).numFmt).toBe("0.0%");
    const tall = LAYOUT.sheets[0].rowHeights.find((r) => r.height > 40)!;
    expect(report.getRow(tall.row).height).toBe(tall.height);
    expect(report.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      scale: 100,
    });
    expect(report.pageSetup.fitToPage).toBeFalsy();
    expect(sheetOf("annex-members").pageSetup).toMatchObject({
      orientation: "landscape",
      printTitlesRow: "6:7",
    });
  });

  it("draws the borders of a merged table cell on all of its cells", () => {
    const report = LAYOUT.sheets[0];
    const header = report.cells.find(
      (c) => c.content.kind === "value" && c.content.value === "Nội dung"
    )!;
    const range = report.merges.find((m) => m.startsWith(`${header.address}:`))!;
    const last = range.split(":")[1];
    expect(sheetOf(REPORT_SHEET).getCell(last).border).toMatchObject({
      top: { style: "thin" },
      right: { style: "thin" },
    });
  });

  it("leaves a chart's row empty: no chart, and no words about it", () => {
    const annex = LAYOUT.sheets.find((s) => s.key === "annex-members")!;
    const [chart] = annex.charts;
    const row = sheetOf("annex-members").getRow(chart.row);
    const values: unknown[] = [];
    row.eachCell((cell) => values.push(cell.value));
    expect(values).toEqual([]);
    expect(row.height).toBe(annex.rowHeights.find((r) => r.row === chart.row)!.height);
  });
});
