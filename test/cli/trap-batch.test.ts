/**
 * Several files in one run are one register: a person listed in two files is a duplicate, a club spread over
 * two files is sized and counted over both (as stats and the report count it), a message pointing to a row of
 * another file names it, and the same register under two file names is counted once and named.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  checkIssues,
  HEADER,
  type Row,
  runCli,
  statsTotal,
  tempFolder,
  writeBook,
  DATE,
  memberRow,
} from "./trap-workbooks";

const dir = tempFolder("club-report-batch-");

/** `count` members of club Nà Lằng, two in three women, all Thái, born 1950–1979; the first is the chair. */
function members(count: number, prefix: string): Row[] {
  return Array.from({ length: count }, (_, i) =>
    memberRow(i + 1, `${prefix} ${i + 1}`, {
      gender: i % 3 === 2 ? "Nam" : "Nữ",
      birth: 1950 + (i % 30),
      role: i === 0 ? "Chủ nhiệm" : i < 5 ? "Ủy viên" : "Thành viên",
    })
  );
}

async function register(name: string, rows: readonly Row[], sheet = "Danh sách"): Promise<string> {
  return writeBook(join(dir(), name), [{ name: sheet, rows: [HEADER, ...rows] }]);
}

describe("a run of several files", () => {
  it("sizes a club over all its files and names the file of each chair", async () => {
    // 30 + 30 members: one club of 60 (within 50–70), with a chair in row 2 of each file.
    const a = await register("thon-a.xlsx", members(30, "Lò Thị A"));
    const b = await register("thon-b.xlsx", members(30, "Lò Thị B"));
    const { code, issues, json } = await checkIssues([a, b], ...DATE, "--lang", "en");
    expect(code).toBe(0);
    expect(issues.map((i) => i.rule)).not.toContain("club.size");
    const chairs = issues.filter((i) => i.rule === "club.many-chairs");
    expect(chairs.map((i) => i.message)).toEqual([
      "The club “Nà Lằng” has 2 chairs (row 2; row 2 of sheet “[thon-b.xlsx]Danh sách”), while a club has one chair only. Check the roles: one of them may be a vice-chair.",
    ]);
    // Each issue is listed under its own file, with the sheet as the workbook names it.
    expect(json?.files.map((f) => [f.file, f.sheets.map((s) => [s.sheet, s.members])])).toEqual([
      [a, [["Danh sách", 30]]],
      [b, [["Danh sách", 30]]],
    ]);
    expect(chairs[0].sheet).toBe("Danh sách");
    // A board of 10 (two of each file's 5) is a club figure too.
    expect(issues.filter((i) => i.rule === "club.board-size").map((i) => i.message)).toEqual([
      "The board of the club “Nà Lằng” has 10 people (chair, vice-chairs and board members), while the guidance is 5 people (HelpAge). Check the role column.",
    ]);
  });

  it("finds a person listed in two files, naming the other file's row", async () => {
    const a = await register("xa-1.xlsx", [memberRow(1, "Lò Thị Hoa")]);
    const b = await register("xa-2.xlsx", [
      memberRow(1, "Vàng A Sử", { gender: "Nam", birth: 1980, ethnicity: "Mông" }),
      memberRow(2, "Lò  Thị Hoa"),
    ]);
    const { code, issues } = await checkIssues([a, b], ...DATE, "--lang", "en");
    expect(code).toBe(1);
    const dup = issues.filter((i) => i.rule.startsWith("dup."));
    expect(dup.map((i) => [i.rule, i.sheet, i.cell])).toEqual([
      ["dup.same-club", "Danh sách", "B3"],
    ]);
    expect(dup[0].message).toContain(
      "repeats row 2 of sheet “[xa-1.xlsx]Danh sách” of the same club"
    );
  });

  it("names two files of the same base name by the names they were given", async () => {
    const hoa = (club: string): Row => memberRow(1, "Lò Thị Hoa", { club });
    const one = await register("cung-ten.xlsx", [hoa("Nà Lằng")]);
    mkdirSync(join(dir(), "khac"));
    const other = await register(join("khac", "cung-ten.xlsx"), [hoa("Bản Hon")]);
    const { issues } = await checkIssues([one, other], ...DATE, "--lang", "en");
    const dup = issues.find((i) => i.rule === "dup.other-club");
    expect(dup?.message).toContain(
      `listed in the club “Nà Lằng”, row 2 of sheet “[${one}]Danh sách”`
    );
  });

  it("counts the same register once under two file names, and names the copy", async () => {
    const original = await register("danh-sach.xlsx", members(3, "Lò Thị"));
    const copy = join(dir(), "danh-sach (1).xlsx");
    copyFileSync(original, copy);
    // Saved again by another program: other bytes, the same register.
    const resaved = join(dir(), "danh-sach-luu-lai.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(original);
    workbook.creator = "LibreOffice";
    await workbook.xlsx.writeFile(resaved);

    const { code, stderr, total } = await statsTotal([original, copy, resaved], ...DATE);
    expect(code).toBe(2);
    expect(total.members).toBe(3);
    expect(stderr).toBe(
      `club-report: lỗi: “${copy}” chứa đúng danh sách như “${original}” (cùng các trang, cùng từng ô) nên chỉ được tính một lần; hãy bỏ một trong hai tệp.\n` +
        `club-report: lỗi: “${resaved}” chứa đúng danh sách như “${original}” (cùng các trang, cùng từng ô) nên chỉ được tính một lần; hãy bỏ một trong hai tệp.\n`
    );
    // The report is not written from a run where an input could not be used.
    const out = join(dir(), "tong-hop.xlsx");
    const report = await runCli(["report", original, copy, "--out", out, ...DATE]);
    expect(report.code).toBe(2);
  });
  it("counts once the members a summary sheet lists again, and names the summary", async () => {
    const a = members(20, "Lò Thị A");
    const b = members(20, "Lò Thị B");
    const file = await writeBook(join(dir(), "xa-ban-hon.xlsx"), [
      { name: "Thôn A", rows: [["DANH SÁCH THÀNH VIÊN CLB THÔN A"], HEADER, ...a] },
      { name: "Thôn B", rows: [["DANH SÁCH THÀNH VIÊN CLB THÔN B"], HEADER, ...b] },
      // The commune's summary, renumbered: every member again.
      {
        name: "Tổng hợp",
        rows: [
          ["TỔNG HỢP THÀNH VIÊN CÁC CLB"],
          HEADER,
          ...[...a, ...b].map((r, i) => [i + 1, ...r.slice(1)]),
        ],
      },
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.members).toBe(40);
    const { issues, json } = await checkIssues([file], ...DATE, "--lang", "en");
    expect(issues.filter((i) => i.rule === "table.copy").map((i) => [i.sheet, i.severity])).toEqual(
      [["Tổng hợp", "warning"]]
    );
    expect(issues.filter((i) => i.rule.startsWith("dup."))).toEqual([]);
    expect(json?.files[0].sheets.map((s) => s.sheet)).toEqual(["Thôn A", "Thôn B", "Tổng hợp"]);
    // The report counts the same 40.
    const out = join(dir(), "bao-cao.xlsx");
    expect((await runCli(["report", file, "--out", out, ...DATE])).code).toBe(0);
  });
  it("counts this year's list of a sheet keeping last year's above it, and names the earlier one", async () => {
    const lastYear = members(12, "Lò Thị A");
    // This year: the same people less one who left, and two who joined.
    const thisYear = [...lastYear.slice(0, 11), ...members(2, "Lò Thị Mới")].map((r, i) => [
      i + 1,
      ...r.slice(1),
    ]);
    const file = await writeBook(join(dir(), "hai-nam.xlsx"), [
      {
        name: "DS 2023-2024",
        rows: [
          ["DANH SÁCH THÀNH VIÊN CLB LTHTGN THÔN PHÚ LƯƠNG"],
          ["I. DANH SÁCH NĂM 2023"],
          HEADER,
          ...lastYear,
          [],
          ["II. DANH SÁCH NĂM 2024"],
          HEADER,
          ...thisYear,
        ],
      },
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.members).toBe(13);
    const { issues } = await checkIssues([file], ...DATE, "--lang", "en");
    expect(issues.filter((i) => i.rule === "table.copy").map((i) => i.message)).toEqual([
      expect.stringContaining("lists again 11 of its 12 members"),
    ]);
    expect(issues.filter((i) => i.rule.startsWith("dup."))).toEqual([]);
  });
});
