/**
 * A sheet keeping a club's list of each year one under the other: each year's list is read as its own table, the
 * older one — repeating the newer one's members — is left out as a copy and named, and the lists below the first
 * keep the club the sheet's title names.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { readMemberTable, tablesOfSheet } from "../../../src/core/register";
import { leaveOutCopies } from "../../../src/core/validation";

const HEADER: CellValue[] = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc"];
const people = (count: number, from = 0): CellValue[][] =>
  Array.from({ length: count }, (_, i) => [
    i + 1,
    `Thành Viên ${from + i + 1}`,
    1940 + from + i,
    i % 2 ? "Nam" : "Nữ",
    "Kinh",
  ]);

function sheet(rows: CellValue[][]): Grid {
  return { sheet: "DS 2023-2024", originRow: 1, originCol: 1, rows };
}

describe("a list per year on one sheet", () => {
  // 2023: members 1–8; 2024: the same 8 less one who left, and 2 new.
  const grid = sheet([
    ["DANH SÁCH THÀNH VIÊN CLB LTHTGN THÔN PHÚ LƯƠNG"],
    ["I. DANH SÁCH NĂM 2023"],
    HEADER,
    ...people(8),
    ["Cộng", "8 người"],
    [],
    ["II. DANH SÁCH NĂM 2024"],
    HEADER,
    ...people(7),
    ...people(2, 20).map((row, i) => [8 + i, ...row.slice(1)]),
  ]);

  it("is cut at each year's heading, sheet rows kept, and the lists below keep the title's club", () => {
    const parts = tablesOfSheet(grid);
    expect(parts.map((p) => [p.originRow, p.rows.length])).toEqual([
      [1, 13],
      [14, 11],
    ]);
    const tables = parts.map((part) => readMemberTable(part));
    expect(tables.map((t) => t?.members.length)).toEqual([8, 9]);
    expect(new Set(tables.flatMap((t) => t?.members.map((m) => m.club)))).toEqual(
      new Set(["Thôn Phú Lương"])
    );
    expect(tables[1]?.members[0].row).toBe(16);
  });

  it("counts the newer list only: the older one repeats it and is left out", () => {
    const tables = tablesOfSheet(grid).flatMap((part) => readMemberTable(part) ?? []);
    const { kept, copies } = leaveOutCopies(tables);
    expect(kept.map((t) => t.members.length)).toEqual([9]);
    expect(copies.map((c) => [c.table.headerRows, c.repeated])).toEqual([[[3], 7]]);
  });

  it("is no cut for a title naming a year above the header, or a year in a member's note", () => {
    const one = sheet([
      ["DANH SÁCH THÀNH VIÊN CLB NĂM 2024"],
      HEADER,
      ...people(3),
      ["Ghi chú: danh sách năm 2024"],
    ]);
    expect(tablesOfSheet(one)).toEqual([one]);
  });
});
