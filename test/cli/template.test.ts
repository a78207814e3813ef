/**
 * `club-report template`: the register it writes, read back with exceljs — each column's validation, the
 * dropdown lists against the catalogues in code, the table, the print set-up — then filled with a fixture's
 * members and read by `check` and `stats` as the fixture is; and opened by LibreOffice.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { readRegisters } from "../../src/cli/registers";
import { PLAUSIBLE_AGE } from "../../src/core/age";
import { DEPARTURE_NOTES } from "../../src/core/catalogue-lists";
import { messages } from "../../src/core/i18n/messages";
import { say } from "../../src/core/i18n/text";
import type { Member } from "../../src/core/model";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../../src/core/report/typed-values";
import { ETHNIC_GROUPS } from "../../src/core/values";
import { convertWithLibreOffice } from "../support/libreoffice";

const FIXTURE = join(__dirname, "../fixtures/registers/simple-header.xlsx");
const YEAR = 2024;
const DATE = ["--report-date", `${YEAR}-12-31`];
const REGISTER = "Danh sách thành viên";
const CATALOGUE = "Danh mục";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "club-report-template-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function makeTemplate(name: string, ...options: string[]): Promise<string> {
  const file = join(dir, name);
  const ran = await cli(["template", "--out", file, ...DATE, ...options]);
  expect(ran).toMatchObject({ code: 0, err: "" });
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Header text → column number, on the header row. */
function headers(sheet: ExcelJS.Worksheet, row: number): Map<string, number> {
  const found = new Map<string, number>();
  sheet.getRow(row).eachCell((cell, column) => found.set(String(cell.value), column));
  return found;
}

/** The values of the catalogue range a list validation names ("'Danh mục'!$A$2:$A$3"). */
function listValues(workbook: ExcelJS.Workbook, formula: string): string[] {
  const match = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!match) throw new Error(`not a list range: ${formula}`);
  const [, sheetName, column, first, lastColumn, last] = match;
  expect(lastColumn).toBe(column);
  const sheet = workbook.getWorksheet(sheetName)!;
  const values: string[] = [];
  for (let row = Number(first); row <= Number(last); row++) {
    values.push(String(sheet.getCell(`${column}${row}`).value));
  }
  // Nothing more under the range: the list is all of the column.
  expect(sheet.getCell(`${column}${Number(last) + 1}`).value).toBeNull();
  return values;
}

const serialOf = (value: unknown) =>
  value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : Number(value);
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

describe("the template's columns", () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let columns: Map<string, number>;
  const validation = (header: string, row = 7) => {
    const column = columns.get(header);
    if (column === undefined) throw new Error(`no column "${header}"`);
    return sheet.getCell(row, column).dataValidation;
  };

  beforeAll(async () => {
    workbook = await open(await makeTemplate("columns.xlsx", "--club", "Nà Lằng"));
    sheet = workbook.getWorksheet(REGISTER)!;
    columns = headers(sheet, 6);
  });

  test("are the canonical ones, in order, under the title rows", () => {
    expect([...columns.keys()]).toEqual([
      "STT",
      "Họ và tên",
      "Giới tính",
      "Năm sinh",
      "Dân tộc",
      "Thôn/bản",
      "Hộ nghèo/cận nghèo",
      "Chức vụ",
      "Ngày vào CLB",
      "Đóng góp",
      "Số tiền vay",
      "Ghi chú",
    ]);
    expect(sheet.getCell("A3").value).toBe("CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU NÀ LẰNG");
  });

  test("each dropdown offers every canonical value of its catalogue and nothing else", () => {
    const lists: [string, readonly string[]][] = [
      ["Giới tính", Object.values(GENDER_TEXT)],
      ["Dân tộc", ETHNIC_GROUPS.map((group) => group.name)],
      ["Hộ nghèo/cận nghèo", Object.values(POVERTY_TEXT)],
      ["Chức vụ", Object.values(ROLE_TEXT)],
      ["Ghi chú", DEPARTURE_NOTES],
    ];
    for (const [header, expected] of lists) {
      const rule = validation(header);
      expect(rule.type).toBe("list");
      expect(rule.formulae[0]).toMatch(new RegExp(`^'${CATALOGUE}'!`));
      expect(listValues(workbook, String(rule.formulae[0]))).toEqual([...expected]);
    }
    expect(validation("Dân tộc").formulae).toHaveLength(1);
    expect(listValues(workbook, String(validation("Dân tộc").formulae[0]))).toHaveLength(54);
    // A note may say more than a departure: warned about, kept if the user says so.
    expect(validation("Ghi chú").errorStyle).toBe("warning");
    expect(validation("Giới tính").errorStyle).toBe("stop");
  });

  test("births lie within the plausible ages counted from the current year; money is not negative", () => {
    expect(validation("Năm sinh")).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [YEAR - PLAUSIBLE_AGE.max, YEAR - PLAUSIBLE_AGE.min],
    });
    for (const money of ["Đóng góp", "Số tiền vay"]) {
      expect(validation(money)).toMatchObject({
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [0],
      });
    }
    const joined = validation("Ngày vào CLB");
    expect(joined.type).toBe("date");
    expect(joined.formulae.map(serialOf)).toEqual([serial(YEAR - 30, 1, 1), serial(YEAR, 12, 31)]);
    expect(validation("STT")).toMatchObject({ type: "whole", formulae: [1, 9999] });
    expect(validation("Họ và tên")).toMatchObject({ type: "textLength", formulae: [2, 100] });
  });

  test("every member row of every column has its validation, with the catalogue's messages", () => {
    for (const [header, column] of columns) {
      const first = sheet.getCell(7, column).dataValidation;
      expect(sheet.getCell(76, column).dataValidation).toEqual(first);
      expect(sheet.getCell(77, column).dataValidation).toBeUndefined();
      expect(first.showInputMessage).toBe(true);
      expect(first.showErrorMessage).toBe(true);
      expect(first.allowBlank).toBe(true);
      // Excel's limits: titles of 32 characters, texts of 255.
      expect(first.promptTitle!.length).toBeLessThanOrEqual(32);
      expect(first.errorTitle!.length).toBeLessThanOrEqual(32);
      expect(first.prompt!.length).toBeLessThanOrEqual(255);
      expect(first.error!.length).toBeLessThanOrEqual(255);
      expect(first.prompt).not.toMatch(/\{\w+\}/);
      expect(first.error).not.toMatch(/\{\w+\}/);
      expect(header).toBeTruthy();
    }
    expect(validation("Năm sinh").prompt).toBe(
      say(messages["template.text.birthYear"], "vi", {
        min: YEAR - 110,
        max: YEAR - 16,
        minAge: 16,
        maxAge: 110,
      })
    );
    expect(validation("Giới tính").error).toBe(messages["template.error.gender"].vi);
  });

  test("member rows sit in a table, under a frozen header, printed A4 landscape with the header on each page", () => {
    const table = sheet.getTable("DanhSachThanhVien") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A6:L76");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 6, xSplit: 2 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      printTitlesRow: "6:6",
    });
    expect(sheet.getCell("J7").numFmt).toBe("#,##0");
    expect(sheet.getCell("I7").numFmt).toBe("dd/mm/yyyy");
    const catalogue = workbook.getWorksheet(CATALOGUE)!;
    expect(catalogue.state).toBe("hidden");
    const protection = (catalogue as unknown as { sheetProtection: unknown }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
  });

  test("in English the messages change, never the headers the reader knows", async () => {
    const english = await open(await makeTemplate("english.xlsx", "--lang", "en"));
    const en = english.getWorksheet("Member register")!;
    expect([...headers(en, 6).keys()]).toEqual([...columns.keys()]);
    expect(en.getCell("C7").dataValidation.prompt).toBe(messages["template.text.gender"].en);
  });
});

describe("the template command", () => {
  test("never replaces a file unless told to", async () => {
    const file = await makeTemplate("once.xlsx");
    const before = readFileSync(file);
    const again = await cli(["template", "--out", file]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    expect(readFileSync(file)).toEqual(before);
    expect((await cli(["template", "--out", file, "--force"])).code).toBe(0);
  });

  test("takes no input file, needs --out, and its options belong to it alone", async () => {
    expect((await cli(["template", FIXTURE, "--out", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await cli(["template"])).err).toContain("--out");
    expect((await cli(["check", FIXTURE, "--club", "A"])).err).toContain("template");
  });
});

/** Writes members into a template's rows by header, as a person would type them from the dropdowns. */
async function fill(template: string, members: readonly Member[], out: string): Promise<void> {
  const workbook = await open(template);
  // "Danh sách thành viên", or "Member register" in an English template: the first sheet either way.
  const sheet = workbook.worksheets[0];
  const split = sheet.getCell("C6").value === "Năm sinh";
  const columns = headers(sheet, split ? 7 : 6);
  const firstRow = split ? 8 : 7;
  members.forEach((member, i) => {
    const row = sheet.getRow(firstRow + i);
    const put = (header: string, value: ExcelJS.CellValue | undefined) => {
      const column = columns.get(header);
      if (column !== undefined && value !== null && value !== undefined)
        row.getCell(column).value = value;
    };
    put("STT", i + 1);
    put("Họ và tên", member.name);
    put("Giới tính", member.gender && GENDER_TEXT[member.gender]);
    if (split) put(member.gender === "female" ? "Nữ" : "Nam", member.birth?.year);
    else put("Năm sinh", member.birth?.year);
    put("Dân tộc", member.ethnicity);
    put("Thôn/bản", member.village);
    put("Hộ nghèo/cận nghèo", member.poverty && POVERTY_TEXT[member.poverty]);
    put("Chức vụ", member.role && ROLE_TEXT[member.role]);
    put("Đóng góp", member.contribution);
    put("Số tiền vay", member.loan);
    put("Ghi chú", member.statusNote);
  });
  await workbook.xlsx.writeFile(out);
}

type Figures = Record<string, number | null>;
async function stats(file: string): Promise<{ total: Figures; clubs: { club: string }[] }> {
  const ran = await cli(["stats", "--json", ...DATE, file]);
  expect(ran.code).toBe(0);
  return JSON.parse(ran.out);
}

describe.each([
  ["one birth column", []],
  ["the split birth layout", ["--split-birth"]],
  // Its title and signature lines are English: "……, day …… month …… year ……", "PREPARED BY".
  ["its lines in English", ["--lang", "en"]],
])("a template with %s", (_name, options) => {
  test("filled with a fixture's members, passes check and counts as the fixture does", async () => {
    const { good } = await readRegisters([FIXTURE]);
    const [table] = good[0].tables;
    const template = await makeTemplate(
      `fill-${options.length}.xlsx`,
      "--club",
      table.members[0].club,
      ...options
    );
    const filled = join(dir, `filled-${options.length}.xlsx`);
    await fill(template, table.members, filled);

    const checked = await cli(["check", "--json", ...DATE, filled]);
    expect(checked.code).toBe(0);
    expect(checked.out).not.toMatch(/"severity": ?"error"/);

    const expected = await stats(FIXTURE);
    const got = await stats(filled);
    expect(got.total.members).toBe(table.members.length);
    for (const [key, value] of Object.entries(expected.total)) {
      // The template has the loan and contribution columns the fixture lacks: those figures become known.
      if (value !== null) expect([key, got.total[key]]).toEqual([key, value]);
    }
    expect(got.clubs.map((c) => c.club)).toEqual(expected.clubs.map((c) => c.club));
  });

  test("left empty, gives no figure but zero members", async () => {
    const empty = await makeTemplate(`empty-${options.length}.xlsx`, ...options);
    const checked = await cli(["check", "--json", ...DATE, empty]);
    expect(checked.code).toBe(0);
    expect(checked.out).not.toMatch(/"severity": ?"(error|warning)"/);
    const { total } = await stats(empty);
    expect(total.members).toBe(0);
    for (const [key, value] of Object.entries(total)) {
      if (/Share|PerClub|PerBorrower/.test(key)) expect([key, value]).toEqual([key, null]);
      else expect([key, value]).toEqual([key, value === null ? null : 0]);
    }
  });
});

test("LibreOffice opens it and prints the header again on every page", async () => {
  const file = await makeTemplate("printed.xlsx", "--club", "Nà Lằng", "--commune", "Nà Tăm");
  const [pdf] = await convertWithLibreOffice([file], "pdf", join(dir, "pdf"));
  const pages = await new Promise<string>((resolve, reject) =>
    execFile("pdftotext", ["-layout", pdf, "-"], (error, out) =>
      error ? reject(error) : resolve(out)
    )
  );
  const printed = pages.split("\f").filter((page) => page.trim() !== "");
  expect(printed.length).toBeGreaterThan(1);
  for (const page of printed) expect(page).toMatch(/STT\s+Họ và tên/);
  expect(printed[0]).toContain("DANH SÁCH THÀNH VIÊN");
  expect(printed[0]).toContain("HỘI NGƯỜI CAO TUỔI XÃ NÀ TĂM");
  expect(printed.at(-1)).toContain("CHỦ NHIỆM CÂU LẠC BỘ");
}, 120_000);
