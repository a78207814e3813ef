/**
 * The proof that the report's formulas compute what core computes: reports are written for registers, LibreOffice
 * recalculates them (an engine this project did not write), and every figure of sections I–III is compared with
 * `computeIndicators` on the same members — per club and in total. Then member cells and the report's input cells
 * are edited, and the recalculated figures follow. One LibreOffice start serves the whole file.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DayDate, MemberTable } from "../../src/core/model";
import type { ReportParameters } from "../../src/core/report";
import { recalculate } from "../support/libreoffice";
import { PARAMS } from "./builders";
import {
  editCells,
  mismatches,
  readTable,
  recalculatedReport,
  writeReport,
  writeWorkbook,
  type RecalculatedReport,
  type WrittenReport,
} from "./workbooks";

const FIXTURES = join(__dirname, "..", "fixtures", "registers");
const date = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Clubs by a club column on every row; the member sheet's name has a quote; club names to trip formulas up. */
const MIXED = {
  name: "Danh sách's",
  rows: [
    ["DANH SÁCH THÀNH VIÊN"],
    [
      "STT",
      "Họ và tên",
      "Tên CLB",
      "Giới tính",
      "Năm sinh",
      "Dân tộc",
      "Hộ nghèo/Cận nghèo",
      "Chức vụ",
      "Đóng góp",
      "Số tiền vay",
    ],
    [1, "Lò Thị Hoa", "Nà Lằng", "Nữ", 1964, "Thái", "Hộ nghèo", "Chủ nhiệm", 200000, 5000000],
    [2, "Lò Văn Sơn", "Nà Lằng", "Nam", 1965, "Thái", "Cận nghèo", "Phó chủ nhiệm", 100000, 0],
    // 55 on the reference date itself; 54 the day after.
    [
      3,
      "Tòng Thị Xuân",
      "Nà Lằng",
      "Nữ",
      date(1964, 12, 31),
      "Kinh",
      "Không",
      "Ủy viên",
      150000,
      3000000,
    ],
    [
      4,
      "Cầm Văn Doãn",
      "Nà Lằng",
      "Nam",
      date(1965, 1, 1),
      "Mông",
      "Hoàn cảnh khó khăn",
      "Thành viên",
      null,
      null,
    ],
    // A date serial with a time of day: 31/12/1964 at 18:00.
    [5, "Điêu Thị Mai", "Nà Lằng", "nữ", 23742.75, "Thái", "Hộ nghèo", "Thành viên", 80000, null],
    [6, "Lường Văn Minh", "Nà Lằng", "Nam", null, null, null, null, 50000, 2000000],
    [7, "Nguyễn Thị Lan", "=1+1", "Nữ", 1950, "Kinh", "Hộ nghèo", "Thành viên", 300000, 10000000],
    [8, "Vàng A Sử", "=1+1", "Nam", 2001, "Mông", "Cận nghèo", "Chủ nhiệm", 100000, null],
    [9, "Giàng Thị Dua", "CLB *", "Nữ", 1958, "Mông", "Hộ nghèo", "Ủy viên", 250000, 4000000],
    [10, "Sùng A Chá", "CLB X", "Nam", 1960, "Mông", null, "Thành viên", 120000, null],
    ["Tổng cộng", null, null, null, null, null, null, null, 1350000, 24000000],
  ],
};

/** Poverty as marks in three columns, with the ways registers write "no": "-", 0, "Không". */
const MARKS = {
  name: "Bản Hon",
  rows: [
    [
      "STT",
      "Họ và tên",
      "Giới tính",
      "Năm sinh",
      "Dân tộc",
      "Hộ nghèo",
      "Hộ cận nghèo",
      "Hoàn cảnh khó khăn",
      "Chức vụ",
    ],
    [1, "Lò Thị A", "Nữ", 1950, "Thái", "x", "-", "-", "Chủ nhiệm"],
    [2, "Lò Văn B", "Nam", 1960, "Thái", 0, "X", null, "Thành viên"],
    [3, "Vàng Thị C", "Nữ", 1970, "Mông", "Không", null, "x", "Ủy viên"],
    [4, "Vàng Thị D", "Nữ", 1980, "Mông", "x", "x", "x", "Thành viên"],
    [5, "Nguyễn Văn E", "Nam", 1955, "Kinh", null, 1, null, "Thành viên"],
    [6, "Tẩn Thị F", "Nữ", 1945, "Dao", null, null, null, "Thành viên"],
    [7, "Tẩn Văn G", "Nam", 1990, "Dao", "-", 0, "Không", "Thành viên"],
  ],
};

const HEADER = ["STT", "Họ và tên", "Tên CLB", "Giới tính", "Năm sinh", "Dân tộc"];

/**
 * An ethnic group core cannot read ("Kinhh") is an unknown group, not a minority; a spelling core reads ("Thai"
 * for Thái) is one a formula cannot match.
 */
const ETHNICITIES = {
  name: "Dân tộc",
  rows: [
    HEADER,
    [1, "Lò Thị Hoa", "Nà Lằng", "Nữ", 1964, "Thái"],
    [2, "Nguyễn Văn Bình", "Nà Lằng", "Nam", 1958, "Kinhh"],
    [3, "Nguyễn Thị Lan", "Nà Lằng", "Nữ", 1950, "Kinh"],
    [4, "Vàng A Sử", "Nà Lằng", "Nam", 1961, "Mông"],
    [5, "Lò Văn Sơn", "Bản Hon", "Nam", 1965, "Thai"],
    [6, "Tẩn Thị Mẩy", "Bản Hon", "Nữ", 1963, "Dao"],
  ],
};

/**
 * Births outside the plausible ages 16–110 at 31/12/2019 (validation errors): their ages are unknown. Years:
 * 2056 (typed for 1956), 1900 (119), 2004 (15), 1908 (111); dates: 31/12/1908 (111), 01/01/2004 (15).
 * Within them, at both ends: 2003 and 31/12/2003 (16), 1909 and 01/01/1909 (110); and 1964 (55), 1980 (39).
 */
const AGES = {
  name: "Tuổi",
  rows: [
    HEADER,
    [1, "Lò Thị A", "Nà Lằng", "Nữ", 2056, "Thái"],
    [2, "Lò Thị B", "Nà Lằng", "Nữ", 1900, "Thái"],
    [3, "Lò Thị C", "Nà Lằng", "Nữ", 2004, "Thái"],
    [4, "Lò Thị D", "Nà Lằng", "Nữ", 1908, "Thái"],
    [5, "Lò Thị E", "Nà Lằng", "Nữ", date(1908, 12, 31), "Thái"],
    [6, "Lò Thị G", "Nà Lằng", "Nữ", date(2004, 1, 1), "Thái"],
    [7, "Lò Văn H", "Nà Lằng", "Nam", 2003, "Thái"],
    [8, "Lò Văn I", "Nà Lằng", "Nam", date(2003, 12, 31), "Thái"],
    [9, "Lò Văn K", "Nà Lằng", "Nam", 1909, "Thái"],
    [10, "Lò Văn L", "Nà Lằng", "Nam", date(1909, 1, 1), "Thái"],
    [11, "Lò Văn M", "Nà Lằng", "Nam", 1964, "Thái"],
    [12, "Lò Văn N", "Nà Lằng", "Nam", 1980, "Thái"],
  ],
};

/**
 * Clubs under heading rows, no club column: rows 4 and 10 are members without a name; row 8 is blank, inside
 * the second club's rows.
 */
const NAMELESS = {
  name: "Theo CLB",
  merges: ["A2:F2", "A6:F6"],
  rows: [
    ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh"],
    ["I. CLB BẢN HỌC"],
    [1, "Lò Văn Ngọc", "Nam", 1954, "Thái", "Hộ nghèo"],
    [2, null, "Nữ", 1960, "Thái", "Cận nghèo"],
    [3, "Lò Thị Thanh", "Nữ", 1970, "Kinh", null],
    ["II. CLB BẢN CHĂN"],
    [1, "Hoàng Thị Sen", "Nữ", 1962, "Giáy", "Hộ nghèo"],
    [],
    [2, "Hoàng Văn Tạ", "Nam", 1957, "Giáy", null],
    [3, null, null, 1949, "Giáy", "Hộ nghèo"],
  ],
};

/** Excel's serial of a date (the reference-date cell holds one). */
function serial(day: DayDate): number {
  return (
    (Date.UTC(day.year, (day.month ?? 12) - 1, day.day ?? 31) - Date.UTC(1899, 11, 30)) / 86_400_000
  );
}

describe("the report recalculated by LibreOffice", () => {
  let dir: string;
  const reports: Record<string, WrittenReport> = {};
  const sheets: Record<string, RecalculatedReport> = {};
  const tables: Record<string, MemberTable> = {};
  const THRESHOLD_PARAMS: ReportParameters = {
    ...PARAMS,
    referenceDate: { year: 2024, month: 6, day: 30 },
    ageThreshold: 60,
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "club-report-proof-"));
    const mixed = join(dir, "mixed-register.xlsx");
    await writeWorkbook(mixed, [MIXED]);
    const marks = join(dir, "marks-register.xlsx");
    await writeWorkbook(marks, [MARKS]);
    const awkward = join(dir, "awkward-register.xlsx");
    await writeWorkbook(awkward, [ETHNICITIES, AGES, NAMELESS]);

    const cases: [string, string, string, ReportParameters][] = [
      ["mixed", mixed, MIXED.name, PARAMS],
      ["marks", marks, MARKS.name, { ...PARAMS, lang: "en" }],
      ["merged-clubs", join(FIXTURES, "club-column.xlsx"), "Toàn xã", PARAMS],
      ["heading-clubs", join(FIXTURES, "club-column.xlsx"), "Theo CLB", PARAMS],
      ["split", join(FIXTURES, "split-birth.xlsx"), "Danh sách", PARAMS],
      ["marks-fixture", join(FIXTURES, "poverty-marks.xlsx"), "Bản Pa Tần", PARAMS],
      ["ethnicities", awkward, ETHNICITIES.name, PARAMS],
      ["ages", awkward, AGES.name, PARAMS],
      ["nameless", awkward, NAMELESS.name, PARAMS],
    ];
    for (const [key, register, sheet, params] of cases) {
      reports[key] = await writeReport(register, sheet, params, join(dir, `${key}.xlsx`));
      tables[key] = reports[key].table;
    }

    // After the report is made: a member's gender, another's year of birth and household, a loan.
    await editCells(
      reports.mixed.file,
      MIXED.name,
      { D3: "Nam", E4: 1950, G10: "Hộ nghèo", J6: 7000000 },
      join(dir, "mixed-edited.xlsx")
    );
    // Split layout: a year moved from under "Nữ" to under "Nam".
    await editCells(
      reports.split.file,
      "Danh sách",
      { C6: 1956, D6: null },
      join(dir, "split-edited.xlsx")
    );
    // The report's own inputs: another reference date and threshold.
    const inputs = reports.mixed.layout.inputs;
    await editCells(
      reports.mixed.file,
      reports.mixed.sheet,
      { [inputs.referenceDate]: serial(THRESHOLD_PARAMS.referenceDate), [inputs.ageThreshold]: 60 },
      join(dir, "mixed-threshold.xlsx")
    );
    const edited = {
      "mixed-edited": [join(dir, "mixed-edited.xlsx"), reports.mixed],
      "split-edited": [join(dir, "split-edited.xlsx"), reports.split],
      "mixed-threshold": [join(dir, "mixed-threshold.xlsx"), reports.mixed],
    } as const;
    for (const [key, [file, original]] of Object.entries(edited)) {
      reports[key] = { ...original, file };
      tables[key] = (await readTable(file, original.table.sheet)).table;
    }

    const keys = Object.keys(reports);
    const recalculated = await recalculate(keys.map((key) => reports[key].file));
    keys.forEach((key, i) => (sheets[key] = recalculatedReport(recalculated[i], reports[key])));
  }, 240_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("gives core's figures for clubs told by a club column, with awkward names and birth dates", () => {
    // Every value is readable; the blanks of row 8 are unknown values, which the formulas count as unknown too.
    expect(
      tables.mixed.members.flatMap((m) => m.problems.map((p) => `${m.row} ${p.field} ${p.code}`))
    ).toEqual(["8 birth missing", "8 ethnicity missing"]);
    expect(mismatches(reports.mixed, sheets.mixed, tables.mixed, PARAMS)).toEqual([]);
    // The figures are not all zero: the members of "Nà Lằng" were counted.
    const members = reports.mixed.layout.figures.find(
      (f) => f.indicator === "members" && f.club === "Nà Lằng"
    )!;
    expect(sheets.mixed.figure(members)).toBe(6);
  });

  it("gives core's figures for a club merged down its rows, and for clubs under heading rows", () => {
    expect(
      mismatches(reports["merged-clubs"], sheets["merged-clubs"], tables["merged-clubs"], PARAMS)
    ).toEqual([]);
    expect(
      mismatches(reports["heading-clubs"], sheets["heading-clubs"], tables["heading-clubs"], PARAMS)
    ).toEqual([]);
    const members = reports["merged-clubs"].layout.figures.find(
      (f) => f.indicator === "members" && f.club === "CLB Nậm Tăm"
    )!;
    expect(sheets["merged-clubs"].figure(members)).toBe(4);
  });

  it("gives core's figures for the split birth layout with poverty marks", () => {
    expect(mismatches(reports.split, sheets.split, tables.split, PARAMS)).toEqual([]);
    const women = reports.split.layout.figures.find(
      (f) => f.indicator === "women" && f.club === null
    )!;
    expect(sheets.split.figure(women)).toBe(3);
  });

  it("gives core's figures for poverty marks written every way a register writes them, in English too", () => {
    expect(mismatches(reports.marks, sheets.marks, tables.marks, PARAMS)).toEqual([]);
    const figure = (id: string) =>
      reports.marks.layout.figures.find((f) => f.indicator === id && f.club === null)!;
    expect(sheets.marks.figure(figure("poor"))).toBe(2);
    expect(sheets.marks.figure(figure("nearPoor"))).toBe(2);
  });

  it("gives core's figures where a mark cell holds a word rather than a tick", () => {
    // Row 8 has "nghèo lắm" under "Hộ nghèo": core reads it as ticked, and so does the data sheet.
    expect(
      mismatches(reports["marks-fixture"], sheets["marks-fixture"], tables["marks-fixture"], PARAMS)
    ).toEqual([]);
  });

  it("counts an ethnic group core cannot read as unknown, not minority, and a variant spelling as its group", () => {
    const at = (id: string, club: string | null) =>
      sheets.ethnicities.figure(
        reports.ethnicities.layout.figures.find((f) => f.indicator === id && f.club === club)!
      );
    // Nà Lằng: Thái and Mông; "Kinhh" is neither Kinh nor a minority.
    expect(at("ethnicMinority", "Nà Lằng")).toBe(2);
    // "Thai" is Thái to core, and to the data sheet's vocabulary: it is counted.
    expect(at("ethnicMinority", "Bản Hon")).toBe(2);
    expect(mismatches(reports.ethnicities, sheets.ethnicities, tables.ethnicities, PARAMS)).toEqual(
      []
    );
  });

  it("counts the age of a birth outside the plausible ages as unknown, as core does", () => {
    expect(mismatches(reports.ages, sheets.ages, tables.ages, PARAMS)).toEqual([]);
    const at = (id: string) =>
      sheets.ages.figure(
        reports.ages.layout.figures.find((f) => f.indicator === id && f.club === null)!
      );
    // 55 and over: 1909, 01/01/1909 (110) and 1964 (55). Under 55: 2003, 31/12/2003 (16) and 1980 (39).
    expect([at("members"), at("olderMembers"), at("youngerMembers")]).toEqual([12, 3, 3]);
  });

  it("counts a member row without a name, and no blank row, when clubs are told apart by rows", () => {
    expect(mismatches(reports.nameless, sheets.nameless, tables.nameless, PARAMS)).toEqual([]);
    const [first, second] = reports.nameless.layout.figures
      .filter((f) => f.indicator === "members" && f.club !== null)
      .map((f) => sheets.nameless.figure(f));
    const women = reports.nameless.layout.figures.find(
      (f) => f.indicator === "women" && f.club === null
    )!;
    expect([first, second, sheets.nameless.figure(women)]).toEqual([3, 3, 3]);
  });

  it("follows member cells edited after the report was made", () => {
    expect(
      mismatches(reports["mixed-edited"], sheets["mixed-edited"], tables["mixed-edited"], PARAMS)
    ).toEqual([]);
    const at = (key: string, id: string, club: string) =>
      sheets[key].figure(
        reports[key].layout.figures.find((f) => f.indicator === id && f.club === club)!
      );
    expect([at("mixed", "women", "Nà Lằng"), at("mixed-edited", "women", "Nà Lằng")]).toEqual([
      3, 2,
    ]);
    expect([
      at("mixed", "olderMembers", "Nà Lằng"),
      at("mixed-edited", "olderMembers", "Nà Lằng"),
    ]).toEqual([3, 4]);
    expect([at("mixed", "poor", "=1+1"), at("mixed-edited", "poor", "=1+1")]).toEqual([1, 2]);
    expect([
      at("mixed", "borrowers", "Nà Lằng"),
      at("mixed-edited", "borrowers", "Nà Lằng"),
    ]).toEqual([3, 4]);

    expect(
      mismatches(reports["split-edited"], sheets["split-edited"], tables["split-edited"], PARAMS)
    ).toEqual([]);
    const women = reports.split.layout.figures.find(
      (f) => f.indicator === "women" && f.club === null
    )!;
    expect(sheets["split-edited"].figure(women)).toBe(2);
  });

  it("follows the reference date and age threshold typed into the report", () => {
    expect(
      mismatches(
        reports["mixed-threshold"],
        sheets["mixed-threshold"],
        tables.mixed,
        THRESHOLD_PARAMS
      )
    ).toEqual([]);
    const header = reports.mixed.layout.sheets[0].cells.find(
      (c) => c.content.kind === "formula" && c.content.formula.startsWith('"Từ "')
    )!;
    expect(sheets["mixed-threshold"].value(header.address)).toBe("Từ 60 tuổi trở lên");
    expect(sheets.mixed.value(header.address)).toBe("Từ 55 tuổi trở lên");
  });
});
