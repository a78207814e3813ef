import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addReportSheet } from "../../src/cli/xlsx-report";
import { freeSheetName } from "../../src/core/sheet-name";
import { buildReportLayout } from "../../src/core/report";
import { member, PARAMS, table } from "./builders";

const LAYOUT = buildReportLayout({
  table: table([member(3, "Nà Lằng"), member(4, "=1+1")]),
  params: PARAMS,
});

describe("the report sheet name", () => {
  it("never takes a name the workbook has, whatever its case", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách");
    expect(addReportSheet(workbook, LAYOUT)).toBe("Báo cáo");
    expect(addReportSheet(workbook, LAYOUT)).toBe("Báo cáo (2)");
    workbook.addWorksheet("BÁO CÁO (3)");
    expect(addReportSheet(workbook, LAYOUT)).toBe("Báo cáo (4)");
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Danh sách",
      "Báo cáo",
      "Báo cáo (2)",
      "BÁO CÁO (3)",
      "Báo cáo (4)",
    ]);
  });

  it("leaves out the characters Excel refuses and keeps to 31 characters", () => {
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
  let sheet: ExcelJS.Worksheet;
  let members: ExcelJS.Worksheet;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "club-report-writer-"));
    written = new ExcelJS.Workbook();
    const register = written.addWorksheet("Danh sách");
    register.getCell("B3").value = "Lò Thị Hoa";
    const name = addReportSheet(written, LAYOUT);
    const file = join(dir, "report.xlsx");
    await written.xlsx.writeFile(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    sheet = workbook.getWorksheet(name)!;
    members = workbook.getWorksheet("Danh sách")!;
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes values as values, a club named =1+1 included, and leaves the member sheet alone", () => {
    const nameCell = LAYOUT.figures.find((f) => f.club === "=1+1")!.address.replace(/^[A-Z]+/, "B");
    expect(sheet.getCell(nameCell).value).toBe("=1+1");
    expect(sheet.getCell(nameCell).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A1").value).toBe("HỘI NCT TỈNH LAI CHÂU");
    expect(members.getCell("B3").value).toBe("Lò Thị Hoa");
  });

  it("writes figures as formulas without a result, for the spreadsheet to calculate", () => {
    for (const figure of LAYOUT.figures) {
      if (figure.indicator === "planned") continue;
      expect(sheet.getCell(figure.address).type).toBe(ExcelJS.ValueType.Formula);
      expect(sheet.getCell(figure.address).result).toBeUndefined();
    }
    const women = LAYOUT.figures.find((f) => f.indicator === "women" && f.club === "Nà Lằng")!;
    const layoutCell = LAYOUT.cells.find((c) => c.address === women.address)!;
    expect(sheet.getCell(women.address).formula).toBe(
      layoutCell.content.kind === "formula" ? layoutCell.content.formula : "?"
    );
    expect(written.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("renders styles, merges, widths, heights and the A4 page", () => {
    expect(sheet.getCell("F2").font).toMatchObject({
      name: "Times New Roman",
      size: 13,
      bold: true,
      underline: true,
    });
    expect(sheet.getCell("F2").isMerged).toBe(true);
    expect(sheet.getCell("P2").master.address).toBe("F2");
    const share = LAYOUT.figures.find((f) => f.indicator === "womenShare" && f.club === null)!;
    expect(sheet.getCell(share.address).numFmt).toBe("0.0%");
    expect(sheet.getColumn("B").width).toBe(LAYOUT.columnWidths[1].width);
    const tall = LAYOUT.rowHeights[0];
    expect(sheet.getRow(tall.row).height).toBe(tall.height);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("draws the borders of a merged table cell on all of its cells", () => {
    const header = LAYOUT.cells.find(
      (c) => c.content.kind === "value" && c.content.value === "Nội dung"
    )!;
    const range = LAYOUT.merges.find((m) => m.startsWith(`${header.address}:`))!;
    const last = range.split(":")[1];
    expect(sheet.getCell(last).border).toMatchObject({
      top: { style: "thin" },
      right: { style: "thin" },
    });
  });

  it("writes the note where a chart belongs, since exceljs cannot draw it", () => {
    const chart = LAYOUT.charts[0];
    expect(sheet.getCell(`A${chart.row}`).value).toBe(chart.note);
    expect(sheet.getCell(`P${chart.row}`).master.address).toBe(`A${chart.row}`);
  });
});
