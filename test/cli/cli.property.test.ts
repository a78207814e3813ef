/**
 * Property-based runs of the command line over random workbooks (fast-check): registers of any shape — headers
 * from the synonym lists and junk, values of every kind (texts in legacy encodings, amounts too large, dates,
 * formulas with and without results, errors), hidden sheets and rows — under random commands and options.
 * Whatever the input, the command ends with 0, 1 or 2, never 3; stderr never shows a stack; nothing printed
 * says Infinity or NaN.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { type Ran, runCli, STACK_FRAME, tempFolder } from "./trap-workbooks";

const dir = tempFolder("club-report-property-");

const HEADERS = [
  "STT", "Họ và tên", "Họ tên", "Giới tính", "Nam/Nữ", "Năm sinh", "Ngày sinh", "Dân tộc", "Hoàn cảnh",
  "Hộ nghèo", "Cận nghèo", "Tên CLB", "Xã", "Thôn/Bản", "Chức vụ", "Tổ/Nhóm", "Đóng góp", "Số tiền vay",
  "Ngày tham gia", "Ghi chú", "Cộng", "",
]; // prettier-ignore

const TEXTS = [
  "Lò Thị Hoa", "Vàng A Sử", "Nữ", "nu", "Nam", "Kinh", "Kinhh", "Thái", "H'Mông", "Hộ nghèo", "x", "X",
  "Chủ nhiệm", "Phó chủ nhiệm", "Cộng", "Tổng cộng: 25", "Người lập biểu", "NguyÔn ThÞ", "Nguye\u0302\u0303n",
  " Lò  Thị\u00a0Hoa ", "05/03/1955", "31/02/1950", "1955", "1899", "25.000.000", "2,5 triệu", "1 tỷ 500 triệu",
  "-500.000", "4" + "0".repeat(400), "=1+1", "#N/A", "", "   ", "Họ và tên", "Tên CLB", "CLB Nà Lằng", "😀",
  "a".repeat(300),
]; // prettier-ignore

const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 1900, max: 2030 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e20, 1e308, -1e308, 5_000_000, 20_000_000_000, 45_000, 0.1),
  fc.boolean(),
  fc.date({
    min: new Date(Date.UTC(1890, 0, 1)),
    max: new Date(Date.UTC(2110, 0, 1)),
    noInvalidDate: true,
  }),
  fc.constantFrom<ExcelJS.CellValue>(
    { formula: "1950+5", result: 1955 },
    { formula: "1950+5" } as ExcelJS.CellFormulaValue,
    { formula: '"Nữ"' } as ExcelJS.CellFormulaValue,
    { formula: "A1", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue,
    { error: "#DIV/0!" } as ExcelJS.CellErrorValue
  ),
  fc.constant(null)
);

const sheetSpec = fc.record({
  name: fc.constantFrom(
    "Danh sách",
    "Sheet1",
    "CLB Nà Lằng",
    "Tổ 2",
    "Bản Hon (2)",
    "x".repeat(31)
  ),
  title: fc.boolean(),
  header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 10 }),
  /** Most registers have a name column (without one, a sheet holds no member table). */
  nameAt: fc.option(fc.nat({ max: 9 }), { freq: 4 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
  state: fc.constantFrom<ExcelJS.WorksheetState>("visible", "visible", "hidden", "veryHidden"),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
});

type SheetSpec = typeof sheetSpec extends fc.Arbitrary<infer T> ? T : never;

async function writeRandom(file: string, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const spec of sheets) {
    let name = spec.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${spec.name.slice(0, 27)} ${n}`;
    taken.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { state: spec.state });
    const header = [...spec.header];
    if (spec.nameAt !== null) header.splice(spec.nameAt, 0, "Họ và tên");
    const rows = [
      ...(spec.title ? [["DANH SÁCH THÀNH VIÊN CLB " + name]] : []),
      header,
      ...spec.rows,
    ];
    rows.forEach((row, r) =>
      row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value))
    );
    for (const r of spec.hiddenRows) sheet.getRow(r).hidden = true;
  }
  // A workbook has at least one sheet shown.
  if (workbook.worksheets.every((sheet) => sheet.state !== "visible"))
    workbook.worksheets[0].state = "visible";
  await workbook.xlsx.writeFile(file);
}

const run = fc.record({
  workbooks: fc.array(fc.array(sheetSpec, { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 2,
  }),
  command: fc.constantFrom("check", "stats", "report"),
  json: fc.boolean(),
  lang: fc.constantFrom("vi", "en"),
  profile: fc.constantFrom("national", "laichau"),
  date: fc.constantFrom("2024-12-31", "1900-01-01", "2100-12-31", "2019-06-30"),
  threshold: fc.integer({ min: 1, max: 120 }),
});

let runs = 0;

test("any workbook, any command: exit 0, 1 or 2, one-line failures, no Infinity or NaN", async () => {
  await fc.assert(
    fc.asyncProperty(run, async (spec) => {
      const n = runs++;
      const files = spec.workbooks.map((_, i) => join(dir(), `ngau-nhien-${n}-${i}.xlsx`));
      for (const [i, sheets] of spec.workbooks.entries()) await writeRandom(files[i], sheets);
      const args = [
        spec.command,
        ...files,
        "--lang", spec.lang,
        "--profile", spec.profile,
        "--report-date", spec.date,
        "--age-threshold", String(spec.threshold),
        ...(spec.json ? ["--json"] : []),
        ...(spec.command === "report" ? ["--out", join(dir(), `bao-cao-${n}.xlsx`)] : []),
        ...(spec.command === "check" && !spec.json ? ["--all"] : []),
      ]; // prettier-ignore
      const ran: Ran = await runCli(args);
      expect([0, 1, 2]).toContain(ran.code);
      expect(ran.stderr).not.toMatch(STACK_FRAME);
      for (const line of ran.stderr.split("\n").filter(Boolean)) {
        expect(line).toMatch(/^club-report: (lỗi|error): /);
      }
      expect(ran.stdout).not.toMatch(/Infinity|NaN/);
      if (spec.json && ran.stdout !== "") JSON.parse(ran.stdout);
    }),
    {
      numRuns: Number(process.env.FC_RUNS ?? 60),
      seed: Number(process.env.FC_SEED ?? 19),
      verbose: 1,
    }
  );
}, 300_000);
