import { RULE_IDS, type RuleId } from "../../../src/core/validation";
import type { Issue } from "../../../src/core/validation";
import { sortIssues } from "../../../src/core/validation/issue-order";

function issue(
  sheet: string | null,
  row: number | null,
  column: number | null,
  rule: RuleId
): Issue {
  return {
    rule,
    severity: "warning",
    sheet,
    row,
    column,
    field: null,
    club: null,
    value: `${sheet} ${row} ${column} ${rule}`,
    params: {},
    suggestion: null,
  };
}

const SHEETS = new Map([
  ["Bản Hon", 0],
  ["Nà Lằng", 1],
]);

const sorted = (issues: Issue[]) => {
  const copy = [...issues];
  sortIssues(copy, SHEETS);
  return copy.map((i) => i.value);
};

describe("sortIssues", () => {
  test("by sheet in table order, row, column and rule; a missing sheet, row or column last", () => {
    const issues = [
      issue(null, null, null, "figure.mismatch"),
      issue("Nà Lằng", 3, 2, "cell.required"),
      issue("Bản Hon", null, null, "club.size"),
      issue("Bản Hon", 5, null, "dup.same-club"),
      issue("Bản Hon", 5, 3, "text.decomposed"),
      issue("Bản Hon", 5, 3, "cell.unreadable"),
      issue("Bản Hon", 4, 9, "cell.required"),
    ];
    expect(sorted(issues)).toEqual([
      "Bản Hon 4 9 cell.required",
      "Bản Hon 5 3 cell.unreadable",
      "Bản Hon 5 3 text.decomposed",
      "Bản Hon 5 null dup.same-club",
      "Bản Hon null null club.size",
      "Nà Lằng 3 2 cell.required",
      "null null null figure.mismatch",
    ]);
  });

  test("issues far out of place (club issues after many rows) are sorted all the same", () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      issue("Bản Hon", 300 - i, 2, "cell.required")
    );
    const clubs = [
      issue("Bản Hon", null, null, "club.size"),
      issue("Bản Hon", 7, 1, "text.decomposed"),
    ];
    const result = sorted([...rows, ...clubs]);
    expect(result.slice(0, 8)).toEqual([
      "Bản Hon 1 2 cell.required",
      "Bản Hon 2 2 cell.required",
      "Bản Hon 3 2 cell.required",
      "Bản Hon 4 2 cell.required",
      "Bản Hon 5 2 cell.required",
      "Bản Hon 6 2 cell.required",
      "Bản Hon 7 1 text.decomposed",
      "Bản Hon 7 2 cell.required",
    ]);
    expect(result.slice(-2)).toEqual([
      "Bản Hon 300 2 cell.required",
      "Bản Hon null null club.size",
    ]);
  });

  test("equal issues keep the order they were found in, near or far", () => {
    const first = { ...issue("Bản Hon", 5, 2, "club.size"), club: "A" };
    const second = { ...issue("Bản Hon", 5, 2, "club.size"), club: "B" };
    const between = Array.from({ length: 100 }, (_, i) =>
      issue("Bản Hon", 6 + i, 2, "cell.required")
    );
    const issues = [first, ...between, second, issue("Bản Hon", 1, 1, "cell.required")];
    sortIssues(issues, SHEETS);
    expect(issues.filter((i) => i.rule === "club.size").map((i) => i.club)).toEqual(["A", "B"]);
    expect(issues[0].row).toBe(1);
  });

  test("rows too large to pack into one number are sorted field by field", () => {
    const issues = [
      issue("Bản Hon", 3_000_000, 2, "cell.required"),
      issue("Bản Hon", 2_999_999, 5, "cell.required"),
      issue("Bản Hon", 2.5, 1, "cell.required"),
    ];
    expect(sorted(issues)).toEqual([
      "Bản Hon 2.5 1 cell.required",
      "Bản Hon 2999999 5 cell.required",
      "Bản Hon 3000000 2 cell.required",
    ]);
  });
});

describe("the rule's room in an issue's place", () => {
  test("the catalogue's last rule in a cell still comes before its first rule in the next column", () => {
    const last = RULE_IDS[RULE_IDS.length - 1];
    const issues = [issue("A", 5, 4, RULE_IDS[0]), issue("A", 5, 3, last)];
    sortIssues(issues, new Map([["A", 0]]));
    expect(issues.map((i) => [i.column, i.rule])).toEqual([
      [3, last],
      [4, RULE_IDS[0]],
    ]);
  });
});
