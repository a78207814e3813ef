/**
 * A user's corrections of a layout (`--map`, `--header-rows`, the mapping editor): they replace what detection
 * found for the columns and rows they name, and nothing else.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import {
  parseHeaderRows,
  parseMapping,
  readMemberTable,
  readMemberTableCorrected,
  roleByName,
  roleName,
  ROLE_NAMES,
  type ColumnRole,
} from "../../../src/core/register";

function grid(rows: CellValue[][]): Grid {
  return { sheet: "Sheet1", originRow: 1, originCol: 1, rows };
}

const REGISTER = grid([
  ["DANH SÁCH HỘI VIÊN"],
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Đối tượng", "Mã số"],
  [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Hộ nghèo", "A1"],
  [2, "Vàng A Sử", "Nam", 1960, "Mông", "NCT", "A2"],
  [3, "Lò Văn Sơn", "Nam", 1950, "Thái", "Cận nghèo", "A3"],
]);

describe("parsing what the user typed", () => {
  test.each([
    ["Đối tượng=poverty", { target: "Đối tượng", role: { kind: "field", field: "poverty" } }],
    ["F=notes", { target: "F", role: { kind: "notes" } }],
    ["Mã số = ignore", { target: "Mã số", role: null }],
    ["Nữ=female-mark", { target: "Nữ", role: { kind: "gender-mark", gender: "female" } }],
  ])("%j", (text, mapping) => {
    expect(parseMapping(text)).toEqual(mapping);
  });

  test.each(["poverty", "=poverty", "Đối tượng=", "Đối tượng=poor", "Đối tượng"])(
    "%j is no mapping",
    (text) => expect(parseMapping(text)).toBeNull()
  );

  test("header rows: one row or a range of up to ten", () => {
    expect(parseHeaderRows("5-7")).toEqual({ first: 5, last: 7 });
    expect(parseHeaderRows("3")).toEqual({ first: 3, last: 3 });
    expect(parseHeaderRows("7-5")).toBeNull();
    expect(parseHeaderRows("0")).toBeNull();
    expect(parseHeaderRows("a")).toBeNull();
  });

  test("every role's name reads back as that role", () => {
    for (const [name, role] of ROLE_NAMES) {
      expect(roleByName(name)).toEqual(role);
      expect(roleName(role)).toBe(name);
    }
  });

  test("every kind of role the reader can detect has a name, so a user can choose it back", () => {
    const kinds: Record<ColumnRole["kind"], number> = {
      field: 14,
      "split-birth": 2,
      "gender-mark": 2,
      "poverty-mark": 3,
      "minority-mark": 1,
      "minority-name": 1,
      notes: 1,
      "other-person": 1,
      "name-part": 2,
      "birth-part": 3,
    };
    for (const [kind, count] of Object.entries(kinds)) {
      const named = [...ROLE_NAMES.values()].filter((role) => role?.kind === kind);
      expect([kind, named.length]).toEqual([kind, count]);
    }
  });
});

describe("reading with corrections", () => {
  test("as detected, “Đối tượng” is notes: a member whose note is silent is not poor", () => {
    const table = readMemberTable(REGISTER)!;
    expect(table.members.map((m) => m.poverty)).toEqual(["poor", "none", "near-poor"]);
    expect(table.unmapped).toEqual([{ column: 7, header: "Mã số" }]);
  });

  test("mapped as the poverty column, a text that is no poverty status is unreadable, not “none”", () => {
    const { table, unmatched } = readMemberTableCorrected(REGISTER, [
      parseMapping("đối tuong=poverty")!,
    ]);
    expect(unmatched).toEqual([]);
    expect(table!.members.map((m) => m.poverty)).toEqual(["poor", null, "near-poor"]);
    expect(table!.layout.columns.find((c) => c.column === 6)).toMatchObject({
      reason: "user",
      role: { kind: "field", field: "poverty" },
    });
  });

  test("a column mapped to nothing is not read; a letter names a column", () => {
    const { table } = readMemberTableCorrected(REGISTER, [
      parseMapping("E=ignore")!,
      parseMapping("Mã số=notes")!,
    ]);
    expect(table!.columns.ethnicity).toBeUndefined();
    expect(table!.members.every((m) => m.ethnicity === null)).toBe(true);
    // Not read, as the user asked; no note is made of a column the user set aside.
    expect(table!.unmapped).toEqual([{ column: 5, header: "Dân tộc" }]);
  });

  test("a target no column answers to is returned, and nothing else changes", () => {
    const { table, unmatched } = readMemberTableCorrected(REGISTER, [
      parseMapping("Hộ khẩu=poverty")!,
    ]);
    expect(unmatched).toEqual(["Hộ khẩu"]);
    expect(table!.members).toEqual(readMemberTable(REGISTER)!.members);
  });

  test("header rows given by the user are the header, even where detection would choose others", () => {
    const { table } = readMemberTableCorrected(
      grid([
        ["Họ và tên", "Giới tính"],
        ["Lò Thị Hoa", "Nữ"],
        ["Tên thành viên", "Dân tộc"],
        ["Vàng A Sử", "Mông"],
      ]),
      [],
      { first: 3, last: 3 }
    );
    expect(table!.headerRows).toEqual([3]);
    expect(table!.members.map((m) => [m.name, m.ethnicity])).toEqual([["Vàng A Sử", "Mông"]]);
  });
});
