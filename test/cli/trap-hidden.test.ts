/**
 * Hidden and very hidden sheets, rows hidden by hand and rows filtered out: counted (the register holds them,
 * and the report's formulas count hidden rows too), and each named by a note, so that none is counted unawares.
 */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
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

const dir = tempFolder("club-report-hidden-");

const club = (name: string, names: readonly string[]): Row[] => [
  HEADER,
  ...names.map((n, i) => memberRow(i + 1, n, { birth: 1951 + i, club: name })),
];

/**
 * “Danh sách”: 6 members in rows 2–7, rows 4–5 hidden by hand. “Tổ 2”: 3 members under a filter that hides
 * row 3. “Bản cũ”: a hidden sheet of 2 members; “Hệ thống”: a very hidden one of 1.
 */
async function workbook(): Promise<string> {
  const hide = (rows: number[]) => (sheet: ExcelJS.Worksheet) => rows.forEach((r) => (sheet.getRow(r).hidden = true));
  return writeBook(join(dir(), "an.xlsx"), [
    { name: "Danh sách", rows: club("Nà Lằng", ["A", "B", "C", "D", "E", "F"]), shape: hide([4, 5]) },
    {
      name: "Tổ 2",
      rows: club("Nà Lằng", ["G", "H", "I"]),
      shape: (sheet) => {
        sheet.autoFilter = "A1:H4";
        sheet.getRow(3).hidden = true;
      },
    },
    { name: "Bản cũ", rows: club("Nà Lằng", ["J", "K"]), shape: (sheet) => (sheet.state = "hidden") },
    { name: "Hệ thống", rows: club("Nà Lằng", ["L"]), shape: (sheet) => (sheet.state = "veryHidden") },
  ]);
} // prettier-ignore

describe("hidden sheets and rows", () => {
  it("are read as the workbook shows them", async () => {
    const grids = await readWorkbookGrids(await workbook());
    expect(
      grids.map((g) => [g.sheet, g.hidden ?? null, g.hiddenRows ?? [], g.filteredRows ?? []])
    ).toEqual([
      ["Danh sách", null, [4, 5], []],
      ["Tổ 2", null, [], [3]],
      ["Bản cũ", "hidden", [], []],
      ["Hệ thống", "veryHidden", [], []],
    ]);
  });

  it("are counted, and each is named by a note", async () => {
    const file = await workbook();
    const { total } = await statsTotal([file], ...DATE);
    expect(total.members).toBe(12);

    const { issues } = await checkIssues([file], ...DATE, "--lang", "en");
    const notes = issues.filter((i) => i.rule === "table.hidden-sheet" || i.rule === "row.hidden");
    expect(notes.map((i) => [i.sheet, i.row, i.message])).toEqual([
      [
        "Danh sách",
        4,
        "Rows 4–5 are hidden, yet the members there (2) are counted in the figures (the report's formulas count hidden rows too). Unhide the rows (or clear the filter) to see who is counted.",
      ],
      [
        "Tổ 2",
        3,
        "Row 3 is filtered out by the sheet's filter, yet the members there (1) are counted in the figures (the report's formulas count hidden rows too). Unhide the rows (or clear the filter) to see who is counted.",
      ],
      [
        "Bản cũ",
        1,
        "Sheet “Bản cũ” is hidden (right-click a sheet tab → Unhide shows it), yet the members on it (2) are counted in the figures. If it is an old copy or a draft, delete the sheet or move it to another file; if not, show the sheet to see who is counted.",
      ],
      [
        "Hệ thống",
        1,
        "Sheet “Hệ thống” is very hidden (only the VBA editor or a macro can show it), yet the members on it (1) are counted in the figures. If it is an old copy or a draft, delete the sheet or move it to another file; if not, show the sheet to see who is counted.",
      ],
    ]);
    expect(notes.every((i) => i.severity === "info")).toBe(true);
  });

  it("shows the notes in the text report, in Vietnamese", async () => {
    const { stdout } = await runCli(["check", await workbook(), ...DATE]);
    expect(stdout).toContain(
      "Thông tin  —  Trang “Bản cũ” đang bị ẩn (bấm chuột phải vào tên một trang → Bỏ ẩn để hiện lại), nhưng 2 thành viên trong đó vẫn được tính vào số liệu."
    );
    expect(stdout).toContain(
      "Các dòng 4–5 đang bị ẩn, nhưng các thành viên ở đó (2) vẫn được tính vào số liệu"
    );
  });
  it("read a shown column before a hidden one of the same meaning (an old copy kept out of sight)", async () => {
    // Column D "Năm sinh" hidden, with years ten too early; column I "Năm sinh" shown, corrected.
    const rows: Row[] = club("Nà Lằng", ["A", "B", "C"]).map((row, r) =>
      r === 0 ? [...row, "Năm sinh"] : [...row.slice(0, 3), 1900 + r, ...row.slice(4), 1960 + r]
    );
    const file = await writeBook(join(dir(), "cot-an.xlsx"), [
      { name: "Danh sách", rows, shape: (sheet) => (sheet.getColumn(4).hidden = true) },
    ]);
    const [grid] = await readWorkbookGrids(file);
    expect(grid.hiddenColumns).toEqual([4]);
    // Born 1961–1963: 61–63 at the end of 2024, all 55 or older (the hidden 1901–1903 are no plausible age).
    const { total } = await statsTotal([file], ...DATE);
    expect([total.olderMembers, total.ageUnknown]).toEqual([3, 0]);
  });
});
