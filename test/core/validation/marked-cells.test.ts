import { markedCells, type Issue } from "../../../src/core/validation";

function issue(draft: Partial<Issue>): Issue {
  return { sheet: "DS", row: 5, column: 2, severity: "error", ...draft } as Issue;
}

describe("the cells to mark for a list of issues", () => {
  test("each cell once, with its gravest severity, errors first; notes and table issues are not cells", () => {
    const { cells, left } = markedCells(
      [
        issue({ row: 7, column: 3, severity: "warning" }),
        issue({ row: 5, column: 2, severity: "warning" }),
        issue({ row: 5, column: 2, severity: "error" }),
        issue({ row: 5, column: 2, severity: "warning" }),
        issue({ row: 8, column: 2, severity: "info" }),
        issue({ row: null, column: null, severity: "warning" }),
        issue({ sheet: "CLB 2", row: 5, column: 2, severity: "warning" }),
      ],
      10
    );
    expect(cells).toEqual([
      { sheet: "DS", row: 5, column: 2, severity: "error" },
      { sheet: "DS", row: 7, column: 3, severity: "warning" },
      { sheet: "CLB 2", row: 5, column: 2, severity: "warning" },
    ]);
    expect(left).toBe(0);
  });

  test("at most the limit, errors kept first, and how many more there are", () => {
    const issues = [
      ...Array.from({ length: 5 }, (_, i) => issue({ row: 10 + i, severity: "warning" })),
      ...Array.from({ length: 3 }, (_, i) => issue({ row: 20 + i, severity: "error" })),
    ];
    const { cells, left } = markedCells(issues, 4);
    expect(cells.map((c) => c.severity)).toEqual(["error", "error", "error", "warning"]);
    expect(left).toBe(4);
  });
});
