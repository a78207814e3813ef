import { readRole } from "../../../src/core/values";

describe("readRole", () => {
  test.each([
    ["Chủ nhiệm", "chair"],
    ["chủ nhiệm", "chair"],
    ["CHỦ NHIỆM", "chair"],
    ["Chu nhiem", "chair"],
    ["CN", "chair"],
    ["Chủ nhiệm CLB", "chair"],
    ["Chủ nhiệm câu lạc bộ", "chair"],
    ["Chu\u0309 nhie\u0323\u0302m", "chair"], // NFD
    ["Phó chủ nhiệm", "vice-chair"],
    ["Phó Chủ nhiệm CLB", "vice-chair"],
    ["Phó CN", "vice-chair"],
    ["PCN", "vice-chair"],
    ["Ủy viên", "board-member"],
    ["Uỷ viên", "board-member"], // the old tone placement
    ["ủy viên", "board-member"],
    ["Uy vien", "board-member"],
    ["Ủy viên BCN", "board-member"],
    ["Uỷ viên BCN", "board-member"],
    ["Ủy viên Ban chủ nhiệm", "board-member"],
    ["UV", "board-member"],
    ["UV BCN", "board-member"],
    ["Thành viên BCN", "board-member"], // a member *of the board*
    ["Thành viên", "member"],
    ["thành viên", "member"],
    ["Thành viên CLB", "member"],
    ["TV", "member"],
    ["Hội viên", "member"],
    ["Thµnh viªn", "member"], // TCVN3
  ])("%j is %s", (raw, expected) => {
    expect(readRole(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["Thư ký", "Ủy viên"], // often a board seat, not always: the user decides
    ["Thủ quỹ", "Ủy viên"],
    ["Kế toán", "Ủy viên"],
    ["Chủ nhiệmm", "Chủ nhiệm"],
    ["Thánh viên", "Thành viên"], // the typed tone contradicts "Thành"
  ])("%j is not read; %j is suggested", (raw, suggestion) => {
    expect(readRole(raw)).toEqual({ ok: false, suggestion });
  });

  test.each([
    ["Nguyễn Thị Hoa"],
    ["x"],
    ["-"],
    ["Chủ tịch xã"],
    [1],
    [true],
    [{ error: "#N/A" }],
    [null],
  ])("%p is not a role", (value) => {
    expect(readRole(value)).toEqual({ ok: false });
  });
});
