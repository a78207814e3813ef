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
    // Abbreviations and role cells that say more (issue 14): the role named, the highest when several.
    ["P. Chủ nhiệm", "vice-chair"],
    ["P.CN", "vice-chair"],
    ["P CN", "vice-chair"],
    ["Phó chủ nhiệm kiêm thủ quỹ", "vice-chair"],
    ["UV - Thủ quỹ", "board-member"],
    ["Thư ký", "board-member"], // the board's secretary, treasurer and accountant sit on it
    ["Thủ quỹ", "board-member"],
    ["Kế toán", "board-member"],
    ["Chủ nhiệm CLB Bản Hon", "chair"],
  ])("%j is %s", (raw, expected) => {
    expect(readRole(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
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

test("a suggestion never changes a role's meaning: a vice-chair typed any way is never the chair", () => {
  for (const raw of [
    "P. Chủ nhiệm",
    "P.Chủ nhiệm",
    "P.CN",
    "Phó CN",
    "P/CN",
    "Pho chu nhiem CLB",
  ]) {
    expect(readRole(raw)).toEqual({ ok: true, value: "vice-chair" });
  }
});
