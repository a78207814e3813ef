import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { consolidateMembers, dayDateCell } from "../../src/core/consolidate";
import type { CellValue, Grid } from "../../src/core/grid";
import { computeIndicators } from "../../src/core/indicators";
import type { Member, MemberTable } from "../../src/core/model";
import { readMemberTable } from "../../src/core/register";

function grid(sheet: string, rows: CellValue[][]): Grid {
  return { sheet, originRow: 1, originCol: 1, rows };
}

function table(g: Grid): MemberTable {
  const t = readMemberTable(g);
  if (t === null) throw new Error(`no member table in ${g.sheet}`);
  return t;
}

/** A club's register with the split birth layout, poverty as marks and the club named in the title. */
const SPLIT = grid("Sheet1", [
  ["CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG"],
  ["STT", "Họ và tên", "Năm sinh", null, "Dân tộc", "Hộ", null, "Chức vụ"],
  [null, null, "Nam", "Nữ", null, "Nghèo", "Cận nghèo", null],
  [1, "Lò Thị Hoa", null, 1955, "Thái", "x", null, "CN"],
  [2, "Vàng A Sử", 1962, null, "H'Mông", null, "x", null],
  // A year under both Nam and Nữ (gender and birth unknown), and an ethnic group that cannot be read.
  [3, "Lò Văn Sơn", 1950, 1951, "Kinhh", null, null, "Thành viên"],
]);

/** Another club's register: a club column, a full date of birth, money typed as text, a joining year. */
const PLAIN = grid("Danh sách", [
  [
    "STT",
    "Họ tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Hoàn cảnh",
    "CLB",
    "Đóng góp",
    "Ngày tham gia",
  ],
  [1, "Tẩn Thị Mẩy", "nữ", "05/03/1958", "Dao", "Hộ cận nghèo", "Bản Hon", "200.000", 2019],
  [2, "Giàng A Páo", "X", 1970, "Mông", "??", "Bản Hon", 100000, null],
]);

describe("consolidateMembers", () => {
  const sources = [
    { label: "nà-lằng.xlsx", table: table(SPLIT) },
    { label: "bản-hon.xlsx", table: table(PLAIN) },
  ];

  it("writes every member with canonical headers and values, and where each one comes from", () => {
    const consolidated = consolidateMembers(sources, "Tổng hợp", "vi");
    expect(consolidated.sheet).toBe("Tổng hợp");
    expect(consolidated.originRow).toBe(1);
    expect(consolidated.originCol).toBe(1);
    expect(consolidated.rows).toEqual([
      // Only the fields some source has: no commune, village, group or loan here.
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Tên CLB", "Chức vụ", "Đóng góp", "Ngày tham gia", "Nguồn", "Ghi chú"],
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Hộ nghèo", "Bản Nà Lằng", "Chủ nhiệm", null, null, "nà-lằng.xlsx / Sheet1 / dòng 4", null],
      [2, "Vàng A Sử", "Nam", 1962, "Mông", "Cận nghèo", "Bản Nà Lằng", null, null, null, "nà-lằng.xlsx / Sheet1 / dòng 5", null],
      // Split-layout faults leave gender and birth blank; an unreadable value is blank and quoted in the note.
      [3, "Lò Văn Sơn", null, null, null, "Không", "Bản Nà Lằng", "Thành viên", null, null, "nà-lằng.xlsx / Sheet1 / dòng 6",
        "không đọc được dân tộc “Kinhh”"],
      [4, "Tẩn Thị Mẩy", "Nữ", new Date(Date.UTC(1958, 2, 5)), "Dao", "Cận nghèo", "Bản Hon", null, 200000, 2019, "bản-hon.xlsx / Danh sách / dòng 2", null],
      [5, "Giàng A Páo", null, 1970, "Mông", null, "Bản Hon", null, 100000, null, "bản-hon.xlsx / Danh sách / dòng 3",
        "không đọc được giới tính “X”; không đọc được hoàn cảnh kinh tế (hộ nghèo, cận nghèo) “??”"],
    ]); // prettier-ignore
  });

  it("has no note column when every value was read", () => {
    const clean = consolidateMembers([{ label: "a.xlsx", table: table(grid("A", PLAIN.rows.slice(0, 2) as CellValue[][])) }], "B", "vi");
    expect(clean.rows[0]).toEqual(["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Tên CLB", "Đóng góp", "Ngày tham gia", "Nguồn"]);
    expect(clean.rows[1]).toHaveLength(10);
  }); // prettier-ignore

  it("names the source column in English with --lang en", () => {
    const consolidated = consolidateMembers(sources, "All members", "en");
    expect(consolidated.rows[0].slice(10)).toEqual(["Source", "Notes"]);
    expect(consolidated.rows[1][10]).toBe("nà-lằng.xlsx / Sheet1 / row 4");
    expect(consolidated.rows[3][11]).toBe("unreadable ethnic group “Kinhh”");
  });

  it("reads back as one member table with the same members and the same unknowns", () => {
    const back = table(consolidateMembers(sources, "Tổng hợp", "vi"));
    expect(back.headerRows).toEqual([1]);
    // The notes column is read as the members' notes; only the source column is not read.
    expect(back.unmapped).toEqual([{ column: 11, header: "Nguồn" }]);
    const facts = (m: Member) => [
      m.name,
      m.gender,
      m.birth,
      m.ethnicity,
      m.poverty,
      m.club,
      m.role,
      m.contribution,
      m.joined,
    ];
    expect(back.members.map(facts)).toEqual([
      ["Lò Thị Hoa", "female", { year: 1955 }, "Thái", "poor", "Bản Nà Lằng", "chair", null, null],
      ["Vàng A Sử", "male", { year: 1962 }, "Mông", "near-poor", "Bản Nà Lằng", null, null, null],
      ["Lò Văn Sơn", null, null, null, "none", "Bản Nà Lằng", "member", null, null],
      ["Tẩn Thị Mẩy", "female", { year: 1958, month: 3, day: 5 }, "Dao", "near-poor", "Bản Hon", null, 200000, { year: 2019 }],
      ["Giàng A Páo", null, { year: 1970 }, "Mông", null, "Bản Hon", null, 100000, null],
    ]); // prettier-ignore
  });

  it("writes a bare year as a number and a full date as a date cell", () => {
    expect(dayDateCell({ year: 1955 })).toBe(1955);
    expect(dayDateCell({ year: 1958, month: 3, day: 5 })).toEqual(new Date("1958-03-05T00:00:00Z"));
  });
});

/**
 * Whatever the layout of the sources, the consolidated table counts the same: every indicator of every club,
 * computed from the consolidated table read back, equals the one computed from the sources themselves.
 */
describe("consolidating the register corpus", () => {
  const dir = join(__dirname, "../fixtures/registers");
  const files = readdirSync(dir).filter((name) => name.endsWith(".xlsx"));

  it("has layouts to consolidate", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)("%s counts the same once consolidated", async (file) => {
    const grids = await readWorkbookGrids(join(dir, file));
    const tables = grids
      .map((grid) => readMemberTable(grid))
      .filter((t): t is MemberTable => t !== null);
    const sources = tables.map((t) => ({ label: file, table: t }));
    const back = table(consolidateMembers(sources, "Tổng hợp", "vi"));
    const options = { referenceDate: { year: 2024, month: 12, day: 31 }, plannedClubs: 3 };
    const original = computeIndicators(
      tables.flatMap((t) => t.members),
      options
    );
    expect(back.members).toHaveLength(original.total.members ?? -1);
    expect(computeIndicators(back.members, options)).toEqual(original);
  });
});
