/**
 * The command line end to end, on workbooks written for the purpose (see workbooks.ts for their rows). The first
 * group runs the installed binary in a child process, as a user would; the second calls `run` in-process with
 * the same arguments, for the many cases where only the exit code, one line and the files on disk matter.
 * Every expected figure is worked out by hand from the rows in workbooks.ts, at the report date 2024-12-31.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { demo } from "../../src/cli/demo";
import { run } from "../../src/cli/main";
import { reportParameters } from "../../src/cli/report";
import { ruleProfile } from "../../src/cli/settings";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { computeIndicators } from "../../src/core/indicators";
import { readMemberTable } from "../../src/core/register";
import { buildReportLayout } from "../../src/core/report";
import { recalculate } from "../support/libreoffice";
import { makeFixtures, sha256, type Fixtures } from "./workbooks";

const BIN = join(__dirname, "../../bin/club-report.js");
const SAMPLE = join(__dirname, "../../assets/samples/clb-lai-chau-mau.xlsx");
/**
 * The sample register opened in LibreOffice, given a chart, a comment on B9, a list validation on C8:C60, a
 * second sheet “Tổng hợp” with B1 = SUM('Danh sách'!K8:K172) and a defined name DongGop, and saved as .xlsx.
 */
const WITH_CHART = join(__dirname, "fixtures/sample-with-chart.xlsx");
const DATE = ["--report-date", "2024-12-31"];
/** The report's annexes, each on a sheet after the report's. */
const ANNEXES = ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3"];
/** The report's data sheet and its vocabulary, written after the annexes (hidden). */
const DATA_SHEETS = ["Dữ liệu báo cáo", "Danh mục"];

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The installed command in a child process, in `cwd`, so that files are named as a user names them. */
function spawnCli(args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const env = { ...process.env, CLUB_REPORT_DEBUG: "" };
    execFile(process.execPath, [BIN, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function runCli(args: readonly string[]): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** What a line of stderr must never look like: a stack frame. */
const STACK_FRAME = /^\s+at /m;

let fx: Fixtures;
let inputs: string[];
let hashes: Map<string, string>;

beforeAll(async () => {
  fx = await makeFixtures();
  inputs = [
    fx.naLang,
    fx.banHon,
    fx.textFile,
    fx.legacyXls,
    fx.corrupt,
    fx.noTable,
    SAMPLE,
    WITH_CHART,
  ];
  hashes = new Map(inputs.map((file) => [file, sha256(file)]));
});

/** Checked last: no command of this file, whatever it was asked, changed a byte of an input. */
afterAll(() => {
  try {
    for (const file of inputs) expect([file, sha256(file)]).toEqual([file, hashes.get(file)]);
  } finally {
    rmSync(fx.dir, { recursive: true, force: true });
  }
});

describe("club-report, run as a user runs it", () => {
  it("check prints the issues by file and sheet, in Vietnamese, and exits 1 when there are errors", async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["check", "nà-lằng.xlsx", "bản-hon.xlsx", ...DATE],
      fx.dir
    );
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Tệp nà-lằng.xlsx");
    expect(lines[1]).toBe("  Trang “Danh sách”: 3 thành viên; 0 lỗi, 2 cảnh báo, 0 thông tin");
    const banHon = lines.indexOf("Tệp bản-hon.xlsx");
    expect(lines[banHon + 1]).toBe(
      "  Trang “CLB Bản Hon”: 3 thành viên; 2 lỗi, 2 cảnh báo, 0 thông tin"
    );
    // Severity and cell in aligned columns; the suggestion under the message.
    expect(lines[banHon + 2]).toMatch(
      /^ {4}Lỗi {7}C2 {2}Ô C2 còn trống, nhưng giới tính là thông tin bắt buộc\./
    );
    expect(lines[banHon + 3]).toMatch(/^ {4}Lỗi {7}E3 {2}Không đọc được dân tộc “Kinhh” ở ô E3\./);
    expect(lines[banHon + 4]).toBe(" ".repeat(18) + "Gợi ý: “Kinh”");
    expect(lines[banHon + 5]).toMatch(/^ {4}Cảnh báo {2}— {3}Câu lạc bộ “Bản Hon” có 3 thành viên/);
    expect(lines.at(-2)).toBe("Tổng cộng: 2 lỗi, 4 cảnh báo, 0 thông tin.");
  });

  it("check --json --lang en follows the JSON contract", async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["check", "--json", "nà-lằng.xlsx", "bản-hon.xlsx", "--lang", "en", ...DATE],
      fx.dir
    );
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["files", "summary"]);
    expect(json.summary).toEqual({ errors: 2, warnings: 4, infos: 0 });
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([
      "nà-lằng.xlsx",
      "bản-hon.xlsx",
    ]);
    const [naLang, banHon] = json.files;
    expect(naLang.sheets.map((s: object) => Object.keys(s))).toEqual([
      ["sheet", "members", "layout", "issues"],
    ]);
    expect(naLang.sheets[0]).toMatchObject({ sheet: "Danh sách", members: 3 });
    expect(naLang.sheets[0].issues.map((i: { rule: string }) => i.rule)).toEqual([
      "club.size",
      "club.board-size",
    ]);
    expect(banHon.sheets).toHaveLength(1); // the notes sheet holds no member table
    const issues = banHon.sheets[0].issues;
    expect(issues.slice(0, 2)).toEqual([
      {
        rule: "cell.required",
        severity: "error",
        sheet: "CLB Bản Hon",
        cell: "C2",
        row: 2,
        field: "gender",
        value: null,
        message:
          "C2 is blank, but the gender is required. Enter the gender of the member in row 2.",
        suggestion: null,
      },
      {
        rule: "cell.unreadable",
        severity: "error",
        sheet: "CLB Bản Hon",
        cell: "E3",
        row: 3,
        field: "ethnicity",
        value: "Kinhh",
        message:
          "The ethnic group “Kinhh” in E3 cannot be read. An ethnic group is the name of one of Vietnam's 54 groups, e.g. Kinh, Thái, Mông, Dao.",
        suggestion: "Kinh",
      },
    ]);
    // Club-level issues: 3 members (2 women of the 3, 66.7 %, within the norm), 1 person on the board.
    expect(
      issues.slice(2).map((i: { rule: string; cell: null; row: null }) => [i.rule, i.cell, i.row])
    ).toEqual([
      ["club.size", null, null],
      ["club.board-size", null, null],
    ]);
  });

  it("stats --json gives every figure per club and in total, with the plan and the cumulative rate", async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["stats", "nà-lằng.xlsx", "bản-hon.xlsx", "--json", ...DATE, "--planned", "4", "--founded-before", "3", "--target", "10"],
      fx.dir
    ); // prettier-ignore
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["reportDate", "ageThreshold", "total", "clubs"]);
    expect(json.reportDate).toBe("2024-12-31");
    expect(json.ageThreshold).toBe(55);
    // Ages at 31/12/2024: Hoa 74, Sử 44, Mai 55, Mẩy 49, Dua 66, Xá 62. Dua's "Kinhh" is an unknown ethnic
    // group, Mẩy's blank gender an unknown gender: both still count as members.
    const shared = {
      members: 6, women: 4, men: 1, genderUnknown: 1, womenShare: 4 / 6,
      kinh: 1, ethnicMinority: 4, ethnicityUnknown: 1, ethnicMinorityShare: 4 / 6,
      olderMembers: 4, youngerMembers: 2, ageUnknown: 0, olderShare: 4 / 6, youngerShare: 2 / 6,
      ageUnder55: 2, age55to59: 1, age60to69: 2, age70to79: 1, age80AndOver: 0,
      legalElderly: 3, legalElderlyShare: 3 / 6,
      poor: 2, nearPoor: 1, hardship: 1, povertyUnknown: 1, poorShare: 2 / 6, nearPoorShare: 1 / 6,
      disadvantaged: 4, disadvantagedShare: 4 / 6,
      boardMembers: 3, womenOnBoards: 2, borrowers: 3, loanTotal: 10_000_000, contributionTotal: 600_000,
      formerMembers: 0,
    }; // prettier-ignore
    expect(json.total).toEqual({
      ...shared,
      clubs: 2,
      membersPerClub: 3,
      fundsPerClub: 300_000,
      loanPerBorrower: 10_000_000 / 3,
      planned: 4,
      planRate: 0.5,
      foundedBefore: 3,
      cumulativeClubs: 5,
      target: 10,
      cumulativeRate: 0.5,
    });
    expect(json.clubs).toEqual([
      {
        club: "Nà Lằng",
        members: 3, women: 2, men: 1, genderUnknown: 0, womenShare: 2 / 3,
        kinh: 1, ethnicMinority: 2, ethnicityUnknown: 0, ethnicMinorityShare: 2 / 3,
        olderMembers: 2, youngerMembers: 1, ageUnknown: 0, olderShare: 2 / 3, youngerShare: 1 / 3,
        ageUnder55: 1, age55to59: 1, age60to69: 0, age70to79: 1, age80AndOver: 0,
        legalElderly: 1, legalElderlyShare: 1 / 3,
        poor: 1, nearPoor: 1, hardship: 0, povertyUnknown: 0, poorShare: 1 / 3, nearPoorShare: 1 / 3,
        disadvantaged: 2, disadvantagedShare: 2 / 3,
        boardMembers: 2, womenOnBoards: 2, borrowers: 2, loanTotal: 8_000_000, contributionTotal: 450_000,
        loanPerBorrower: 4_000_000, formerMembers: 0,
      },
      {
        club: "Bản Hon",
        members: 3, women: 2, men: 0, genderUnknown: 1, womenShare: 2 / 3,
        kinh: 0, ethnicMinority: 2, ethnicityUnknown: 1, ethnicMinorityShare: 2 / 3,
        olderMembers: 2, youngerMembers: 1, ageUnknown: 0, olderShare: 2 / 3, youngerShare: 1 / 3,
        ageUnder55: 1, age55to59: 0, age60to69: 2, age70to79: 0, age80AndOver: 0,
        legalElderly: 2, legalElderlyShare: 2 / 3,
        poor: 1, nearPoor: 0, hardship: 1, povertyUnknown: 1, poorShare: 1 / 3, nearPoorShare: 0,
        disadvantaged: 2, disadvantagedShare: 2 / 3,
        boardMembers: 1, womenOnBoards: 0, borrowers: 1, loanTotal: 2_000_000, contributionTotal: 150_000,
        loanPerBorrower: 2_000_000, formerMembers: 0,
      },
    ]); // prettier-ignore
  });

  it("report with one input writes a copy of it with the report sheet added", async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["report", "nà-lằng.xlsx", "--out", "bao-cao-na-lang.xlsx", ...DATE],
      fx.dir
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Đã ghi báo cáo vào bao-cao-na-lang.xlsx (trang “Báo cáo”; phụ lục: “Phụ lục 1”, “Phụ lục 2”, “Phụ lục 3”).\n" +
        "Lưu ý: danh sách còn 0 lỗi và 2 cảnh báo; chạy “club-report check” để xem chi tiết.\n"
    );
    const copy = await readWorkbookGrids(join(fx.dir, "bao-cao-na-lang.xlsx"));
    const original = await readWorkbookGrids(fx.naLang);
    expect(copy.map((g) => g.sheet)).toEqual(["Danh sách", "Báo cáo", ...ANNEXES, ...DATA_SHEETS]);
    expect(copy[0]).toEqual(original[0]);
    expect(sha256(fx.naLang)).toBe(hashes.get(fx.naLang));
  });

  it("report with several inputs gathers every member into one table that the report counts", async () => {
    const args = [
      "report",
      "nà-lằng.xlsx",
      "bản-hon.xlsx",
      "--out",
      "tong-hop.xlsx",
      "--json",
      ...DATE,
    ];
    const { code, stdout, stderr } = await spawnCli(args, fx.dir);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      out: "tong-hop.xlsx",
      sheet: "Báo cáo",
      annexes: ANNEXES,
      dataSheet: DATA_SHEETS[0],
      membersSheet: "Danh sách tổng hợp",
      consolidated: true,
      members: 6,
      files: 2,
      tables: 2,
      copiedFrom: null,
      unkept: [],
      summary: { errors: 2, warnings: 4, infos: 0 },
    });

    const out = join(fx.dir, "tong-hop.xlsx");
    const grids = await readWorkbookGrids(out);
    expect(grids.map((g) => g.sheet)).toEqual([
      "Danh sách tổng hợp",
      "Báo cáo",
      ...ANNEXES,
      ...DATA_SHEETS,
    ]);
    const grid = grids[0];
    expect(grid.rows[0]).toEqual([
      "STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Tên CLB", "Chức vụ", "Đóng góp",
      "Số tiền vay", "Nguồn", "Ghi chú",
    ]); // prettier-ignore
    expect(grid.rows.slice(1).map((row) => [row[1], row[10], row[11] ?? null])).toEqual([
      ["Lò Thị Hoa", "nà-lằng.xlsx / Danh sách / dòng 3", null],
      ["Vàng A Sử", "nà-lằng.xlsx / Danh sách / dòng 4", null],
      ["Nguyễn Thị Mai", "nà-lằng.xlsx / Danh sách / dòng 5", null],
      ["Tẩn Láo Mẩy", "bản-hon.xlsx / CLB Bản Hon / dòng 2", null],
      ["Giàng Thị Dua", "bản-hon.xlsx / CLB Bản Hon / dòng 3", "không đọc được dân tộc “Kinhh”"],
      ["Lý Mé Xá", "bản-hon.xlsx / CLB Bản Hon / dòng 4", null],
    ]);
    const table = readMemberTable(grid);
    if (table === null) throw new Error("the consolidated sheet holds no member table");
    const reference = { year: 2024, month: 12, day: 31 };
    const { total, clubs } = computeIndicators(table.members, { referenceDate: reference });
    expect(clubs.map((c) => c.club)).toEqual(["Nà Lằng", "Bản Hon"]);
    expect(total).toMatchObject({
      members: 6,
      women: 4,
      genderUnknown: 1,
      ethnicMinority: 4,
      ethnicityUnknown: 1,
    });

    // LibreOffice recalculates the report's formulas over the consolidated sheet: the hand-worked figures.
    const parsed = parseArgs(args);
    if (parsed.kind !== "run") throw new Error("the arguments above are valid");
    const settings = { ...parsed.options, reportDate: reference };
    const layout = buildReportLayout({
      table,
      grid,
      profile: ruleProfile(settings),
      params: reportParameters(settings),
    });
    const [recalculated] = await recalculate([out]);
    // Each figure on its sheet: the report's own totals, and each annex's totals row.
    const names = ["Báo cáo", ...ANNEXES];
    const sheetOf = (key: string) =>
      recalculated.sheet(names[layout.sheets.findIndex((sheet) => sheet.key === key)]);
    const expected: Record<string, number> = {
      members: 6, women: 4, ethnicMinority: 4, olderMembers: 4, youngerMembers: 2, poor: 2, nearPoor: 1,
      boardMembers: 3, borrowers: 3, loanTotal: 10_000_000, contributionTotal: 600_000,
    }; // prettier-ignore
    const totals = layout.figures.filter((f) => f.club === null && f.indicator in expected);
    expect(new Set(totals.map((f) => f.indicator))).toEqual(new Set(Object.keys(expected)));
    for (const figure of totals) {
      expect([figure.indicator, sheetOf(figure.sheet).value(figure.address)]).toEqual([
        figure.indicator,
        expected[figure.indicator],
      ]);
    }
  });

  it("names each bad file on its own line, still checks the good one, and exits 2 without a stack", async () => {
    const names = [
      "khong-co.xlsx",
      "ghi-chu.xlsx",
      "danh-sach-cu.xls",
      "hong.xlsx",
      "ke-hoach.xlsx",
    ];
    const { code, stdout, stderr } = await spawnCli(
      ["check", "nà-lằng.xlsx", ...names, ...DATE],
      fx.dir
    );
    expect(code).toBe(2);
    expect(stdout.split("\n")[0]).toBe("Tệp nà-lằng.xlsx");
    expect(stderr.split("\n")).toEqual([
      "club-report: lỗi: không tìm thấy tệp “khong-co.xlsx”.",
      "club-report: lỗi: “ghi-chu.xlsx” không phải là sổ Excel .xlsx.",
      "club-report: lỗi: “danh-sach-cu.xls” là sổ Excel kiểu cũ (.xls) hoặc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu lại dạng “Sổ làm việc Excel (.xlsx)”.",
      "club-report: lỗi: không đọc được “hong.xlsx”: tệp bị hỏng hoặc không phải sổ Excel.",
      "club-report: lỗi: trong “ke-hoach.xlsx” không có danh sách thành viên nào (cần một hàng tiêu đề có cột “Họ và tên”).",
      "",
    ]);
  });
});

describe("club-report: options and outputs", () => {
  it.each([
    [["chek", "a.xlsx"], "club-report: lỗi: lệnh không rõ “chek”. Các lệnh là check, stats và report (xem --help)."],
    [["check", "a.xlsx", "--verbose"], "club-report: lỗi: tùy chọn không rõ “--verbose” (xem --help)."],
    [["stats", "a.xlsx", "--report-date", "2024-02-30", "--lang", "en"],
      "club-report: error: the report date “2024-02-30” is not valid. Write a real date as YYYY-MM-DD, e.g. 2024-12-31."],
    [["report", "a.xlsx"], "club-report: lỗi: lệnh report cần tệp kết quả: thêm --out <tệp.xlsx>."],
  ])("%j prints one line and exits 2", async (args, line) => {
    const { code, stdout, stderr } = await runCli(args);
    expect([code, stdout, stderr]).toEqual([2, "", line + "\n"]);
  }); // prettier-ignore

  it("copies a workbook another program saved with what exceljs keeps, and says what it cannot keep", async () => {
    const out = join(fx.dir, "ban-sao.xlsx");
    const { code, stdout } = await runCli(["report", WITH_CHART, "--out", out, "--report-date", "2024-06-30"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[1]).toBe(
      `Lưu ý: bản sao không giữ được biểu đồ của “${WITH_CHART}” (công cụ ghi tệp chưa hỗ trợ); tệp gốc không bị thay đổi.`
    );
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((sheet) => sheet.name)).toEqual([
      "Danh sách",
      "Tổng hợp",
      "Báo cáo",
      ...ANNEXES,
      ...DATA_SHEETS,
    ]);
    const members = copy.getWorksheet("Danh sách") as ExcelJS.Worksheet;
    expect(members.getCell("B9").note).toMatchObject({ texts: [{ text: "Ghi chú: kiểm tra lại" }] });
    expect(members.getCell("C8").dataValidation).toMatchObject({ type: "list", formulae: ['"Nam;Nữ"', "0"] });
    expect(members.getCell("A4").isMerged).toBe(true);
    expect((copy.getWorksheet("Tổng hợp") as ExcelJS.Worksheet).getCell("B1").value).toEqual({
      formula: "SUM('Danh sách'!K8:K172)",
      result: 46_750_000,
    });
    expect(copy.definedNames.getRanges("DongGop").ranges).toEqual(["'Danh sách'!$K$8:$K$172"]);
    const [originalGrid] = await readWorkbookGrids(WITH_CHART);
    const [copiedGrid] = await readWorkbookGrids(out);
    expect(copiedGrid).toEqual(originalGrid);
  }); // prettier-ignore

  it("counts a file named twice once, and says so", async () => {
    // Spelled out: path.join would tidy "sub/.." away.
    const again = `${fx.dir}/sub/../nà-lằng.xlsx`;
    mkdirSync(join(fx.dir, "sub"), { recursive: true });
    const { code, stdout, stderr } = await runCli(["stats", fx.naLang, again, "--json", ...DATE]);
    expect(code).toBe(2);
    const { total } = JSON.parse(stdout);
    expect(total.members).toBe(3);
    // No plan given, no plan figures.
    expect(Object.keys(total)).not.toContain("planned");
    expect(Object.keys(total)).not.toContain("planRate");
    expect(Object.keys(total)).not.toContain("cumulativeRate");
    expect(stderr).toBe(`club-report: lỗi: tệp “${again}” được nêu hai lần.\n`);
  });

  it("--help prints the usage and exits 0", async () => {
    const { code, stdout, stderr } = await runCli(["--help"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")[0]).toBe("Cách dùng: club-report <lệnh> [tùy chọn] <tệp.xlsx>...");
    expect((await runCli(["--help", "--lang=en"])).stdout.split("\n")[0]).toBe(
      "Usage: club-report <command> [options] <file.xlsx>..."
    );
  });

  it("stats prints aligned figures with the labels of the indicator catalogue", async () => {
    const { code, stdout } = await runCli(["stats", fx.naLang, fx.banHon, ...DATE, "--target", "10"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Chỉ tiêu tính đến ngày 31/12/2024 (người cao tuổi: từ 55 tuổi)");
    const row = (label: string) => lines.map((line) => line.split(/ {2,}/)).find((cells) => cells[0] === label);
    expect(row("Chỉ tiêu")).toEqual(["Chỉ tiêu", "Nà Lằng", "Bản Hon", "Tổng cộng"]);
    expect(row("Số thành viên")).toEqual(["Số thành viên", "3", "3", "6"]);
    expect(row("Tỷ lệ nữ")).toEqual(["Tỷ lệ nữ", "66,7 %", "66,7 %", "66,7 %"]);
    expect(row("Tổng số tiền cho vay (đồng)")).toEqual(["Tổng số tiền cho vay (đồng)", "8.000.000", "2.000.000", "10.000.000"]);
    expect(row("Số câu lạc bộ")).toEqual(["Số câu lạc bộ", "2"]);
    // With the threshold at 55, "Dưới 55 tuổi" is one row, not two.
    expect(lines.filter((line) => line.split(/ {2,}/)[0] === "Dưới 55 tuổi")).toHaveLength(1);
    expect(row("Tỷ lệ hoàn thành chỉ tiêu lũy kế")).toEqual(["Tỷ lệ hoàn thành chỉ tiêu lũy kế", "20 %"]);
    // The columns line up: every figure of a column ends where its title ends.
    const header = lines[2];
    const membersLine = lines[3];
    expect(membersLine.length).toBe(header.length);
  }); // prettier-ignore

  it("stats --lang en writes numbers the English way", async () => {
    const { stdout } = await runCli(["stats", fx.naLang, fx.banHon, ...DATE, "--lang", "en"]);
    expect(stdout).toMatch(/^Total lent \(VND\) +8,000,000 +2,000,000 +10,000,000$/m);
    expect(stdout).toMatch(/^Share of women +66\.7 % +66\.7 % +66\.7 %$/m);
  });

  describe("the report's output file", () => {
    const out = () => join(fx.dir, "ket-qua.xlsx");
    beforeEach(() => rmSync(out(), { force: true }));

    it.each([
      ["the input itself", () => fx.naLang],
      ["the input by another path", () => `${fx.dir}/./sub/../nà-lằng.xlsx`],
    ])("may not be %s", async (_name, path) => {
      mkdirSync(join(fx.dir, "sub"), { recursive: true });
      const { code, stdout, stderr } = await runCli([
        "report",
        fx.naLang,
        "--out",
        path(),
        "--force",
      ]);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr).toBe(
        `club-report: lỗi: tệp kết quả “${path()}” trùng với tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè, hãy chọn tên khác.\n`
      );
      expect(sha256(fx.naLang)).toBe(hashes.get(fx.naLang));
    });

    it("may not be a link to an input", async () => {
      const link = join(fx.dir, "lien-ket.xlsx");
      symlinkSync(fx.banHon, link);
      const { code } = await runCli(["report", fx.naLang, fx.banHon, "--out", link, "--force"]);
      expect(code).toBe(2);
      expect(sha256(fx.banHon)).toBe(hashes.get(fx.banHon));
    });

    it("is replaced only with --force", async () => {
      writeFileSync(out(), "an earlier report");
      const refused = await runCli(["report", fx.naLang, "--out", out(), ...DATE]);
      expect([refused.code, refused.stderr]).toEqual([
        2,
        `club-report: lỗi: tệp kết quả “${out()}” đã có; thêm --force để ghi đè, hoặc chọn tên khác.\n`,
      ]);
      expect(readFileSync(out(), "utf8")).toBe("an earlier report");

      const forced = await runCli(["report", fx.naLang, "--out", out(), "--force", ...DATE]);
      expect(forced.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out());
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        "Danh sách",
        "Báo cáo",
        ...ANNEXES,
        ...DATA_SHEETS,
      ]);
    });

    it("is not written at all when an input is bad", async () => {
      const { code, stdout, stderr } = await runCli([
        "report",
        fx.naLang,
        fx.corrupt,
        "--out",
        out(),
      ]);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr).toBe(
        `club-report: lỗi: không đọc được “${fx.corrupt}”: tệp bị hỏng hoặc không phải sổ Excel.\n`
      );
      expect(existsSync(out())).toBe(false);
    });

    it.each([
      ["a folder that does not exist", () => join(fx.dir, "khong-co", "a.xlsx"), /^club-report: lỗi: không ghi được tệp kết quả “.*khong-co\/a\.xlsx” \(ENOENT\)\./],
      ["a name without .xlsx", () => join(fx.dir, "a.xls"), /^club-report: lỗi: tệp kết quả “.*a\.xls” phải có đuôi \.xlsx\.\n$/],
      ["the place of a folder", () => join(fx.dir, "sub.xlsx"), /^club-report: lỗi: “.*sub\.xlsx” là một thư mục, không phải tệp/],
    ])("is refused in %s", async (_name, path, message) => {
      mkdirSync(join(fx.dir, "sub.xlsx"), { recursive: true });
      const { code, stderr } = await runCli(["report", fx.naLang, "--out", path(), ...DATE]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(STACK_FRAME);
    }); // prettier-ignore
  });
});

describe("npm run demo and its sample", () => {
  it("runs check, stats and report on the sample and says where the report went", async () => {
    let stdout = "";
    const out = join(fx.dir, "demo", "bao-cao-mau.xlsx");
    const code = await demo([], { out: (t) => (stdout += t), err: (t) => (stdout += t) }, out);
    expect(code).toBe(0);
    const steps = stdout.split("\n").filter((line) => line.startsWith("=== club-report "));
    expect(steps.map((line) => line.split(" ")[2])).toEqual(["check", "stats", "report"]);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(`Xong. Báo cáo mẫu ở: ${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it("holds three clubs of 50–60 invented members, boards of 5, and exactly the promised faults", async () => {
    const { code, stdout } = await runCli(["check", SAMPLE, "--json", "--report-date", "2024-06-30"]);
    expect(code).toBe(1);
    const issues = JSON.parse(stdout).files[0].sheets[0].issues as { rule: string; value: unknown }[];
    const cellFaults = issues.filter((i) => !i.rule.startsWith("club."));
    expect(cellFaults.map((i) => [i.rule, i.value])).toEqual([
      ["cell.required", null], // a missing gender
      ["cell.birth-future", 2056],
      ["dup.same-club", "Lò Văn Pọm"],
      ["cell.unreadable", "Kinhh"],
      ["text.legacy-encoding", "Thµo ThÞ Sua"],
    ]);
    const stats = JSON.parse((await runCli(["stats", SAMPLE, "--json", "--report-date", "2024-06-30"])).stdout);
    expect(stats.clubs.map((c: { club: string; members: number; boardMembers: number }) => [c.club, c.members, c.boardMembers])).toEqual([
      ["Bản Hon", 52, 5],
      ["Nà Tăm", 58, 5],
      ["Sà Dề Phìn", 55, 5],
    ]);
  }); // prettier-ignore
});
