import type { CellValue, Grid } from "../../../src/core/grid";
import { looksLikeRegister, PEEK_ROWS } from "../../../src/core/register";

const grid = (rows: CellValue[][]): Grid => ({ sheet: "S", originRow: 1, originCol: 1, rows });

describe("telling a register from other sheets by its first rows", () => {
  it("a register under title rows is one, and its members need not all be in view", () => {
    const members = Array.from({ length: 200 }, (_, i): CellValue[] => [
      i + 1,
      `Lò Thị Hoa ${i}`,
      i % 2 ? "Nam" : "Nữ",
      1950 + (i % 20),
      "Thái",
    ]);
    const rows: CellValue[][] = [
      ["HỘI NGƯỜI CAO TUỔI XÃ NÀ TĂM"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU"],
      [],
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
      ...members,
    ];
    expect(looksLikeRegister(grid(rows.slice(0, PEEK_ROWS)))).toBe(true);
  });

  it("a cover, a notes sheet and an empty sheet are not", () => {
    expect(looksLikeRegister(grid([["SỔ THEO DÕI CLB"], [], ["Năm 2024"]]))).toBe(false);
    expect(
      looksLikeRegister(
        grid([
          ["Ghi chú"],
          ["Họp CLB ngày 15 hằng tháng tại nhà văn hoá thôn."],
          ["Quỹ CLB gửi tại Ngân hàng Chính sách xã hội."],
        ])
      )
    ).toBe(false);
    expect(looksLikeRegister(grid([]))).toBe(false);
  });
});
