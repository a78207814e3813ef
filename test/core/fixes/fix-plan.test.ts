import { fixPlan, isFixable, withCellValues } from "../../../src/core/fixes";
import type { Grid } from "../../../src/core/grid";
import { readMemberTable } from "../../../src/core/register";
import { validate } from "../../../src/core/validation";

const REFERENCE = { year: 2026, month: 1, day: 1 };

function grid(rows: (string | number | null)[][]): Grid {
  return { sheet: "DS", originRow: 1, originCol: 1, rows };
}

function issuesOf(g: Grid) {
  const table = readMemberTable(g);
  if (!table) throw new Error("no table");
  return validate([table], { reference: REFERENCE }).issues;
}

const REGISTER = grid([
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
  [1, "Lò Thị Hoa", "Nữ", 1955, "Kinhh"],
  [2, "Vàng  A Sử ", "Nam", 1960, "Mông"],
  [3, "Lò Thi\u0323 Lan", "Nữ", 1962, "Kinhh"],
  [4, "Tẩn Láo Mẩy", "Nam", 1948, "Dao"],
]);

describe("the fix plan", () => {
  it("turns every proposal for a cell into one fix of that cell", () => {
    const issues = issuesOf(REGISTER);
    const plan = fixPlan(issues);
    expect(plan.length).toBeGreaterThanOrEqual(4);
    expect(plan).toContainEqual({ sheet: "DS", row: 2, column: 5, value: "Kinh" });
    expect(plan).toContainEqual({ sheet: "DS", row: 4, column: 5, value: "Kinh" });
    expect(plan).toContainEqual({ sheet: "DS", row: 3, column: 2, value: "Vàng A Sử" });
    expect(plan).toContainEqual({ sheet: "DS", row: 4, column: 2, value: "Lò Thị Lan" });
    const keys = plan.map((f) => `${f.row}:${f.column}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("leaves out issues without a replacement", () => {
    const issues = issuesOf(REGISTER);
    expect(issues.some((i) => !isFixable(i))).toBe(true);
    expect(fixPlan(issues.filter((i) => !isFixable(i)))).toEqual([]);
  });

  it("a register with its plan applied has none of the fixed issues left", () => {
    const fixed = withCellValues(REGISTER, fixPlan(issuesOf(REGISTER)));
    expect(issuesOf(fixed).filter(isFixable)).toEqual([]);
    // The grid it came from is unchanged.
    expect(REGISTER.rows[1][4]).toBe("Kinhh");
  });

  it("writes a number for a mistyped minus", () => {
    const g = grid([
      ["Họ và tên", "Giới tính", "Năm sinh", "Số tiền vay"],
      ["Lò Thị Hoa", "Nữ", 1955, -5000000],
    ]);
    expect(fixPlan(issuesOf(g))).toContainEqual({ sheet: "DS", row: 2, column: 4, value: 5000000 });
  });
});
