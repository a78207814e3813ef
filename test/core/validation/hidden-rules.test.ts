import type { Grid } from "../../../src/core/grid";
import { issueMessage, validate } from "../../../src/core/validation";
import { member, REPORT_DATE, ROWS_ONLY, table } from "./builders";

/** A grid that says only what is hidden: the notes need no cells. */
const grid = (extra: Partial<Grid>): Grid => ({
  sheet: "Bản Hon",
  originRow: 1,
  originCol: 1,
  rows: [],
  ...extra,
});

describe("hidden sheets and rows (notes; the members still count)", () => {
  const members = [5, 6, 7, 9, 12].map((row) => member({ row, name: `Người ${row}` }));

  test("one note per run of hidden rows that holds members, at its first member", () => {
    const { issues } = validate([table(members)], {
      reference: REPORT_DATE,
      profile: ROWS_ONLY,
      // Rows 4–7 hidden (members 5, 6, 7), 10–11 hidden (no member), 12 filtered out.
      grids: [grid({ hiddenRows: [4, 5, 6, 7, 10, 11], filteredRows: [12] })],
    });
    expect(issues.map((i) => [i.rule, i.row, issueMessage(i, "en").split(",")[0]])).toEqual([
      ["row.hidden", 5, "Rows 4–7 are hidden"],
      ["row.hidden", 12, "Row 12 is filtered out by the sheet's filter"],
    ]);
    expect(issueMessage(issues[0], "vi")).toBe(
      "Các dòng 4–7 đang bị ẩn, nhưng các thành viên ở đó (3) vẫn được tính vào số liệu (công thức của báo cáo cũng tính cả dòng ẩn). Hãy hiện các dòng lên (hoặc bỏ lọc) để thấy những ai được tính."
    );
  });

  test("a table on a hidden or very hidden sheet is noted on its header row", () => {
    for (const hidden of ["hidden", "veryHidden"] as const) {
      const { issues } = validate([table(members)], { reference: REPORT_DATE, profile: ROWS_ONLY, grids: [grid({ hidden })] });
      expect(issues.map((i) => [i.rule, i.severity, i.row, i.params.count])).toEqual([["table.hidden-sheet", "info", 4, 5]]);
    }
  });

  test("without grids, or with nothing hidden, there is no note", () => {
    expect(validate([table(members)], { reference: REPORT_DATE, profile: ROWS_ONLY }).issues).toEqual([]);
    expect(validate([table(members)], { reference: REPORT_DATE, profile: ROWS_ONLY, grids: [grid({})] }).issues).toEqual([]);
  });
}); // prettier-ignore
