/**
 * Tables side by side on one sheet (a commune's two club lists printed across one landscape page, each with its
 * own club line, header and "Cộng" row, a blank column between): each is read as its own table, with its cells
 * at their sheet addresses (the command line, the task pane and CLUB.STATS / CLUB.ISSUES all read them so). Read
 * as one, the second table's columns were set aside and its members not counted.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { readMemberTable, tablesSideBySide } from "../../../src/core/register";

type Row = readonly CellValue[];
const HEADER: Row = ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ"];
const KHE_DONG: Row[] = [
  ["CLB LIÊN THẾ HỆ TỰ GIÚP NHAU THÔN KHE DÒNG"],
  HEADER,
  [1, "Phạm Quang Dũng", 1946, "Nam", "Kinh", "Chủ nhiệm"],
  [2, "Đặng Tả Dín", 1942, "Nữ", "Dao", "Phó chủ nhiệm"],
  [3, "Hà Thị Phượng", 1987, "Nữ", "Tày", "Thành viên"],
  ["Cộng", "3 người"],
];
const DONG_RUONG: Row[] = [
  ["CLB LIÊN THẾ HỆ TỰ GIÚP NHAU THÔN ĐỒNG RUỘNG"],
  HEADER,
  [1, "Lăng Thị Thơm", 1952, "Nữ", "Tày", "Chủ nhiệm"],
  [2, "Vi Văn Vượng", 1966, "Nam", "Tày", "Phó chủ nhiệm"],
  ["Cộng", "2 người"],
];

/** Two blocks on one sheet from row 3, the second starting `gap` columns after the first's six. */
function sideBySide(left: Row[], right: Row[], gap = 1): Grid {
  const rows: Row[] = [["DANH SÁCH THÀNH VIÊN CÁC CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ ĐÔNG CUÔNG"], []];
  for (let r = 0; r < Math.max(left.length, right.length); r++) {
    const l = left[r] ?? [];
    rows.push([...l, ...Array(6 + gap - l.length).fill(null), ...(right[r] ?? [])]);
  }
  return { sheet: "2 CLB", originRow: 1, originCol: 1, rows };
}

describe("tables side by side on one sheet", () => {
  const grid = sideBySide(KHE_DONG, DONG_RUONG);

  it("are cut apart at the blank column between them, each keeping its sheet columns", () => {
    const tables = tablesSideBySide(grid);
    expect(tables.map((t) => t.originCol)).toEqual([1, 8]);
    const [left, right] = tables.map((t) => readMemberTable(t));
    expect(left?.members.map((m) => m.name)).toEqual([
      "Phạm Quang Dũng",
      "Đặng Tả Dín",
      "Hà Thị Phượng",
    ]);
    expect(new Set(left?.members.map((m) => m.club))).toEqual(new Set(["Thôn Khe Dòng"]));
    expect(right?.members.map((m) => m.name)).toEqual(["Lăng Thị Thơm", "Vi Văn Vượng"]);
    expect(new Set(right?.members.map((m) => m.club))).toEqual(new Set(["Thôn Đồng Ruộng"]));
    // Cells keep their addresses: the right table's names are in column I.
    expect(right?.columns.name).toBe(9);
  });

  it("of three, and with two blank columns between, are all found", () => {
    const three = sideBySide(KHE_DONG, sideBySide(DONG_RUONG, KHE_DONG).rows.slice(2), 2);
    expect(tablesSideBySide(three).map((t) => t.originCol)).toEqual([1, 9, 16]);
  });

  it("are not made of one table with a blank spacer column or an empty notes column", () => {
    const spacer: Grid = {
      sheet: "DS",
      originRow: 1,
      originCol: 1,
      rows: [
        ["TT", "Họ và tên", null, "Năm sinh", "Giới tính", "Dân tộc", "Ghi chú"],
        [1, "Lò Thị Hoa", null, 1955, "Nữ", "Thái"],
        [2, "Vàng A Sử", null, 1960, "Nam", "Mông"],
      ],
    };
    expect(tablesSideBySide(spacer)).toEqual([spacer]);
    expect(readMemberTable(spacer)?.members).toHaveLength(2);
  });
});
