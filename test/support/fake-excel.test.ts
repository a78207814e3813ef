/**
 * The fake refuses what Excel refuses, so that a writer tested on it does not pass here and fail in Excel: a
 * change to a protected sheet, a table over merged cells or another table, a table name taken (in any case), a
 * validation rule of two kinds or none, a validation message longer than Excel takes.
 */
import { FakeContext } from "./fake-excel";

function workbook() {
  const context = new FakeContext(["Trang 1"]);
  const sheet = context.asExcel().workbook.worksheets.getItem("Trang 1");
  return { context, sheet };
}

describe("the fake Excel refuses what Excel refuses", () => {
  it("a change to a protected sheet: values, formats, validation, merges, tables", () => {
    const { sheet } = workbook();
    sheet.getRange("A1:A2").formulas = [["trước"], ["khi khoá"]];
    sheet.protection.protect();
    const changes: (() => void)[] = [
      () => (sheet.getRange("A1").formulas = [["sau"]]),
      () => (sheet.getRange("A1").format.wrapText = true),
      () => (sheet.getRange("A1").dataValidation.ignoreBlanks = true),
      () => sheet.getRange("A1:B1").merge(false),
      () => sheet.tables.add("A1:A2", true),
    ];
    for (const change of changes) expect(change).toThrow(/AccessDenied: .*protected/);
  });

  it("a table over merged cells or over another table", () => {
    const { sheet } = workbook();
    sheet.getRange("A1:B1").merge(false);
    expect(() => sheet.tables.add("B1:C5", true)).toThrow(/merged cells/);
    sheet.tables.add("D1:E5", true);
    expect(() => sheet.tables.add("E5:F9", true)).toThrow(/another table/);
    expect(() => sheet.tables.add("F1:G5", true)).not.toThrow();
  });

  it("a table name another table has, in any case", () => {
    const { sheet } = workbook();
    sheet.tables.add("A1:A5", true).name = "DanhSachThanhVien";
    const second = sheet.tables.add("C1:C5", true);
    expect(() => (second.name = "danhsachthanhvien")).toThrow(/exists/);
    second.name = "DanhSachThanhVien2";
    expect(second.name).toBe("DanhSachThanhVien2");
  });

  it("a validation rule of two kinds or none, and messages longer than Excel takes", () => {
    const { sheet } = workbook();
    const validation = sheet.getRange("A2:A9").dataValidation;
    const list = { inCellDropDown: true, source: "Nam,Nữ" };
    const whole = { operator: "Between" as const, formula1: 1, formula2: 9 };
    expect(() => (validation.rule = { list, wholeNumber: whole })).toThrow(/one kind/);
    expect(() => (validation.rule = {})).toThrow(/one kind/);
    expect(() => (validation.rule = { wholeNumber: { operator: "Between", formula1: 1 } })).toThrow(
      /formula2/
    );
    validation.rule = { list };
    const alert = {
      showAlert: true,
      style: "Stop" as const,
      title: "T".repeat(32),
      message: "M".repeat(255),
    };
    validation.errorAlert = alert;
    expect(() => (validation.errorAlert = { ...alert, title: "T".repeat(33) })).toThrow(/title/);
    expect(
      () => (validation.prompt = { showPrompt: true, title: "", message: "M".repeat(256) })
    ).toThrow(/256 characters/);
  });
});
