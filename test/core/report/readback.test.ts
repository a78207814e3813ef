import type { Grid } from "../../../src/core/grid";
import { readMemberTable } from "../../../src/core/register";
import { uncountedCells } from "../../../src/core/report/readback";

/** Ethnic groups as registers type them: the canonical name, another case, variants, and a name no one reads. */
const GRID: Grid = {
  sheet: "Danh sách",
  originRow: 1,
  originCol: 1,
  rows: [
    ["STT", "Họ và tên", "Tên CLB", "Giới tính", "Năm sinh", "Dân tộc"],
    [1, "Lò Thị Hoa", "Nà Lằng", "Nữ", 1964, "Thái"],
    [2, "Lò Văn Sơn", "Nà Lằng", "Nam", 1965, "Thai"],
    [3, "Vàng A Sử", "Nà Lằng", "Nam", 1961, "H'Mông"],
    [4, "Nguyễn Thị Lan", "Nà Lằng", "Nữ", 1950, "KINH"],
    [5, "Nguyễn Văn Bình", "Bản Hon", "Nam", 1958, "Kinhh"],
    [6, "Giàng Thị Dua", "Bản Hon", "Nữ", 1958, "Mèo"],
  ],
};

describe("the member cells that explain a difference", () => {
  const table = readMemberTable(GRID)!;

  it("name ethnic groups typed otherwise than the name the formula matches", () => {
    expect(uncountedCells({ indicator: "ethnicMinority", club: "Nà Lằng" }, table, GRID)).toEqual([
      { sheet: "Danh sách", cell: "F3", value: "Thai", expected: "Thái" },
      { sheet: "Danh sách", cell: "F4", value: "H'Mông", expected: "Mông" },
    ]);
  });

  it("name them for the shares and unknown counts that depend on the group, in one club or all", () => {
    expect(
      uncountedCells({ indicator: "ethnicMinorityShare", club: "Bản Hon" }, table, GRID)
    ).toEqual([{ sheet: "Danh sách", cell: "F7", value: "Mèo", expected: "Mông" }]);
    expect(
      uncountedCells({ indicator: "ethnicityUnknown", club: null }, table, GRID).map((c) => c.cell)
    ).toEqual(["F3", "F4", "F7"]);
  });

  it("leave out the cells of other fields", () => {
    expect(uncountedCells({ indicator: "women", club: null }, table, GRID)).toEqual([]);
  });
});
