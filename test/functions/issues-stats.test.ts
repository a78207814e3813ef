import { issues, stats } from "../../src/functions/functions";
import { excelResult, installCustomFunctionsRuntime, withOfficeLanguage } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);
afterEach(() => withOfficeLanguage(null));

const HEADER = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Chức vụ"];

/** A five-member club: one member of ethnic group "Kinhh", one born 2030. */
const REGISTER: unknown[][] = [
  HEADER,
  [1, "Lò Thị Hoa", "Nữ", 1950, "Thái", "Hộ nghèo", "Chủ nhiệm"],
  [2, "Vàng A Sử", "Nam", 1980, "Mông", "Cận nghèo", "Thành viên"],
  [3, "Nguyễn Thị Mai", "nu", 1969, "Kinhh", "Không", "Ủy viên"],
  [4, "Giàng Thị Dua", "Nữ", 2030, "Dao", "", "Thành viên"],
  [5, "Lý Mé Xá", "Nữ", "05/03/1958", "Hà Nhì", "HN", "Thành viên"],
];

const ISSUES = (table: unknown[][], reportDate?: unknown, address?: string) =>
  excelResult(() =>
    issues(table, reportDate, address === undefined ? undefined : { parameterAddresses: [address] })
  ) as string[][];

describe("=CLUB.ISSUES(table; [reportDate])", () => {
  it("names the sheet's own cells when Excel gives the range's address", () => {
    const rows = ISSUES(REGISTER, "31/12/2025", "'Danh sách'!$B$5:$H$10");
    // "Kinhh" is in the ethnicity column (F) of the third member (row 8).
    expect(rows).toContainEqual(["F8", "Lỗi", expect.stringContaining("“Kinhh” ở ô F8"), "Kinh"]);
    expect(rows).toContainEqual(["E9", "Lỗi", expect.stringContaining("Năm sinh 2030 ở ô E9"), ""]);
    // The sheet's name stands for the club, as in the task pane.
    expect(rows).toContainEqual([
      "",
      "Cảnh báo",
      expect.stringContaining("“Danh sách” có 5 thành viên"),
      "",
    ]);
  });

  it("reads two tables side by side in the range each as its own, naming their cells", () => {
    // Two club lists side by side, a blank column between, as printed across one page.
    const beside = REGISTER.map((row, r) => [...row, "", ...(r < 3 ? row : [])]);
    const rows = ISSUES(beside, "31/12/2025", "'2 CLB'!A1:O6");
    // "Kinhh" of the left table's third member, and nothing of the right one's two (they are fine).
    expect(rows.filter((row) => row[2].includes("Kinhh")).map((row) => row[0])).toEqual(["E4"]);
    // The same two people on both lists are found as duplicates, each named at its own cells.
    expect(rows.map((row) => row[2]).join("\n")).toMatch(/Lò Thị Hoa/);
    const women = (table: unknown[][]) =>
      (excelResult(() => stats(table, "31/12/2025")) as unknown[][]).find((row) =>
        String(row[0]).startsWith("Thành viên nữ")
      )?.[1];
    expect(women(beside)).toBe((women(REGISTER) as number) + 1);
  });

  it("names cells as if the range began at A1 when no address is given", () => {
    expect(ISSUES(REGISTER, "31/12/2025")).toContainEqual([
      "E4",
      "Lỗi",
      expect.stringContaining("“Kinhh” ở ô E4"),
      "Kinh",
    ]);
  });

  it("gives every row four text cells: cell, severity, message, fix", () => {
    for (const row of ISSUES(REGISTER, 2025, "Sheet1!A1:G6")) {
      expect(row).toHaveLength(4);
      for (const cell of row) expect(typeof cell).toBe("string");
      expect(row[2].length).toBeGreaterThan(10);
    }
  });

  it("says there is no issue in one row when there is none", () => {
    const clean = [
      ["Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
      ["Lò Thị Hoa", "Nữ", 1950, "Thái"],
    ];
    // Only the club-wide norms (50–70 members …) speak about a club of one: checked apart.
    const rows = ISSUES(clean, 2025).filter((row) => row[0] !== "");
    expect(rows).toEqual([]);
    withOfficeLanguage("en-US");
    const none = ISSUES([["Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"]], 2025);
    expect(none).toEqual([["No issues: 0 members checked.", "", "", ""]]);
  });

  it("gives #VALUE! when the range holds no register header", () => {
    expect(ISSUES([["Kế hoạch năm 2024"], ["Số CLB", 7]], 2025)).toEqual({
      code: "#VALUE!",
      message:
        "Không tìm thấy dòng tiêu đề của danh sách thành viên (có cột “Họ và tên”) trong vùng: hãy chọn cả dòng tiêu đề.",
    });
    expect(ISSUES([[null]], 2025)).toMatchObject({ code: "#VALUE!" });
  });

  it("gives #VALUE! for a report date it cannot read", () => {
    expect(ISSUES(REGISTER, "cuối năm")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("“cuối năm”"),
    });
  });
});

const STATS = (table: unknown[][], reportDate?: unknown, ageThreshold?: unknown) =>
  excelResult(() => stats(table, reportDate, ageThreshold)) as [string, number | string][];

describe("=CLUB.STATS(table; [reportDate]; [ageThreshold])", () => {
  /** The 2019 Lai Châu register (DESIGN.md §1): 325 members, 215 women, 226 ethnic minority, 231 aged over 55. */
  const laiChau = [
    HEADER,
    ...Array.from({ length: 325 }, (_, i) => [
      i + 1,
      `Thành viên ${i + 1}`,
      i < 215 ? ["Nữ", "nu", "NỮ"][i % 3] : "Nam",
      i < 231 ? 1950 : 1980,
      i < 99 ? "Kinh" : ["Thái", "H'Mông", "Dao", "Hà Nhì"][i % 4],
      i < 40 ? "Hộ nghèo" : "Không",
      i === 0 ? "Chủ nhiệm" : "Thành viên",
    ]),
  ];

  it("recomputes the published figures: 66.2 % women and 69.5 % ethnic minority, not the printed 64 % and 82 %", () => {
    const figures = new Map(STATS(laiChau, "31/12/2019"));
    expect(figures.get("Số thành viên")).toBe(325);
    expect(figures.get("Thành viên nữ")).toBe(215);
    expect(figures.get("Tỷ lệ nữ")).toBeCloseTo(0.662, 3);
    expect(figures.get("Dân tộc thiểu số")).toBe(226);
    expect(figures.get("Tỷ lệ dân tộc thiểu số")).toBeCloseTo(0.695, 3);
    expect(figures.get("Từ 55 tuổi trở lên")).toBe(231);
    expect(figures.get("Tỷ lệ từ 55 tuổi trở lên")).toBeCloseTo(0.711, 3);
    expect(figures.get("Dưới 55 tuổi")).toBe(94);
    expect(figures.get("Thuộc hộ nghèo")).toBe(40);
  });

  it("is a table of labels and values with no hole: numbers, or a blank for a figure that cannot be computed", () => {
    const rows = STATS([HEADER], 2025);
    expect(rows.length).toBeGreaterThan(30);
    for (const [label, value] of rows) {
      expect(typeof label).toBe("string");
      expect(typeof value === "string" ? value : Number.isFinite(value)).toBe(
        typeof value === "string" ? "" : true
      );
    }
    expect(new Map(rows).get("Tỷ lệ nữ")).toBe("");
    expect(new Map(rows).get("Số thành viên")).toBe(0);
  });

  it("counts older members from the threshold given, and labels them by it", () => {
    // Born 1950, the older members are 69 at the end of 2019.
    const figures = new Map(STATS(laiChau, 2019, 70));
    expect(figures.get("Từ 70 tuổi trở lên")).toBe(0);
    expect(figures.get("Dưới 70 tuổi")).toBe(325);
    expect(STATS(laiChau, 2019, "sáu mươi")).toMatchObject({ code: "#VALUE!" });
  });

  it("speaks English in an English Office", () => {
    withOfficeLanguage("en-US");
    expect(new Map(STATS(laiChau, 2019)).get("Share of women")).toBeCloseTo(0.662, 3);
  });

  it("gives the same table for a whole-column reference, 1,048,576 rows with the register at the top", () => {
    const blank = Array.from({ length: HEADER.length }, () => "");
    const column = [...laiChau, ...Array.from({ length: 1_048_576 - laiChau.length }, () => blank)];
    expect(STATS(column, 2019)).toEqual(STATS(laiChau, 2019));
  });
});

/**
 * Both functions are volatile (recalculated on every edit anywhere): each call reads its own arguments, in the
 * user's language and on today's date, never an earlier call's.
 */
describe("CLUB.STATS and CLUB.ISSUES called again", () => {
  const copy = () => REGISTER.map((row) => [...row]);

  it("answer again after an edit of the very array they were handed, and in another language", () => {
    const table = copy();
    const women = () => new Map(STATS(table, "31/12/2025")).get("Thành viên nữ");
    expect(women()).toBe(4);
    expect(women()).toBe(4);
    table[2][2] = "Nữ"; // Vàng A Sử, in the caller's own array
    expect(women()).toBe(5);
    withOfficeLanguage("en-US");
    expect(new Map(STATS(table, "31/12/2025")).get("Women")).toBe(5);
  });

  it("name the cells of the range they are given, when the same cells stand elsewhere", () => {
    const first = ISSUES(copy(), "31/12/2025", "'Danh sách'!$B$5:$H$10");
    const moved = ISSUES(copy(), "31/12/2025", "'Danh sách'!$C$5:$I$10");
    expect(first).toContainEqual(expect.arrayContaining(["F8"]));
    expect(moved).toContainEqual(expect.arrayContaining(["G8"]));
    expect(moved).not.toContainEqual(expect.arrayContaining(["F8"]));
  });

  it("count again on the next day when no date is given (today's)", () => {
    jest.useFakeTimers({ now: new Date(2026, 2, 4, 23, 59) });
    try {
      const older = () => new Map(STATS(copy(), undefined, 68)).get("Từ 68 tuổi trở lên") as number;
      const before = older();
      jest.setSystemTime(new Date(2026, 2, 5, 0, 1));
      expect(older()).toBe(before + 1);
    } finally {
      jest.useRealTimers();
    }
  });

  it("count again on a report date one day on", () => {
    // Born 05/03/1958: 67 on 4 March 2026, 68 the day after.
    const older = (date: string) =>
      new Map(STATS(copy(), date, 68)).get("Từ 68 tuổi trở lên") as number;
    expect(older("04/03/2026") + 1).toBe(older("05/03/2026"));
  });
});
