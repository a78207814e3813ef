import { issueCell, issueMessage, RULES, validate } from "../../../src/core/validation";
import type { Member } from "../../../src/core/model";
import { COLUMNS, member, problem, REPORT_DATE, ROWS_ONLY, table, located } from "./builders";

function rowIssues(...members: Member[]) {
  return validate([table(members)], { reference: REPORT_DATE, profile: ROWS_ONLY }).issues.filter(
    (issue) => RULES[issue.rule].scope !== "table"
  );
}

describe("row rules", () => {
  test("a year under both “Nam” and “Nữ” is an error on the row", () => {
    const [issue, ...rest] = rowIssues(
      member({
        row: 14,
        gender: null,
        birth: null,
        problems: [problem({ field: "birth", code: "split-both", column: 3, value: 1956 })],
      })
    );
    expect(rest).toEqual([]);
    expect(located(issue)).toMatchObject({
      rule: "row.split-both",
      severity: "error",
      row: 14,
      cell: "C14",
    });
    expect(issueMessage(issue, "vi")).toBe(
      "Dòng 14 có năm sinh ở cả cột “Nam” và cột “Nữ”, nên không biết thành viên là nam hay nữ. Hãy chỉ giữ năm sinh ở cột đúng với giới tính của thành viên."
    );
  });

  test("a member with no year under either column is an error on the row", () => {
    const [issue] = rowIssues(
      member({
        row: 15,
        gender: null,
        birth: null,
        problems: [problem({ field: "birth", code: "split-neither", column: 3 })],
      })
    );
    expect([issue.rule, issue.severity, issue.row]).toEqual(["row.split-neither", "error", 15]);
    expect(issueMessage(issue, "en")).toBe(
      "Row 15 has member data but no year of birth under “Nam” (male) or “Nữ” (female). Enter the year of birth under the column for the member's gender."
    );
  });

  test("a borrowing mark without an amount is a missing loan amount", () => {
    const [issue, ...rest] = rowIssues(
      member({
        row: 21,
        problems: [
          problem({ field: "loan", code: "unreadable", column: COLUMNS.loan, value: "x" }),
        ],
      })
    );
    expect(rest).toEqual([]);
    expect([issue.rule, issue.severity, issueCell(issue)]).toEqual([
      "row.loan-without-amount",
      "warning",
      "I21",
    ]);
    expect(issueMessage(issue, "vi")).toBe(
      "Dòng 21 ghi thành viên có vay (“x” ở ô I21) nhưng không ghi số tiền. Hãy nhập số tiền vay, ví dụ 5.000.000."
    );
    expect(issueMessage(issue, "en")).toBe(
      "Row 21 marks a loan (“x” in I21) but gives no amount. Enter the amount borrowed, e.g. 5,000,000."
    );
  });

  test("other ticks (“có”, ✓, TRUE) also mark a loan without an amount", () => {
    const ticks = ["có", "✓", true].map((value, i) =>
      member({
        row: 30 + i,
        name: `Người ${i}`,
        problems: [problem({ field: "loan", code: "unreadable", column: COLUMNS.loan, value })],
      })
    );
    expect(rowIssues(...ticks).map((i) => i.rule)).toEqual([
      "row.loan-without-amount",
      "row.loan-without-amount",
      "row.loan-without-amount",
    ]);
  });

  test("a mistyped loan amount is unreadable money, not a missing amount", () => {
    const mistyped = ["5tr2x", "năm triệu"].map((value, i) =>
      member({
        row: 30 + i,
        name: `Người ${i}`,
        problems: [problem({ field: "loan", code: "unreadable", column: COLUMNS.loan, value })],
      })
    );
    expect(rowIssues(...mistyped).map((i) => i.rule)).toEqual([
      "cell.unreadable",
      "cell.unreadable",
    ]);
  });

  test("a loan with its amount raises nothing", () => {
    expect(rowIssues(member({ loan: 5000000 }))).toEqual([]);
  });

  test("a role the catalogue does not know is raised once, as an unknown role only", () => {
    const issues = rowIssues(
      member({
        row: 6,
        role: null,
        problems: [
          problem({ field: "role", code: "unreadable", column: COLUMNS.role, value: "Thủ quỹ" }),
        ],
      })
    );
    expect(issues.map((i) => [i.rule, i.severity, issueCell(i), i.value])).toEqual([
      ["row.unknown-role", "warning", "G6", "Thủ quỹ"],
    ]);
    expect(issueMessage(issues[0], "vi")).toBe(
      "Chức vụ “Thủ quỹ” ở ô G6 không có trong danh mục (Chủ nhiệm, Phó chủ nhiệm, Ủy viên, Thành viên), nên thành viên ở dòng 6 không được tính vào ban chủ nhiệm. Hãy chọn một chức vụ trong danh mục."
    );
  });

  test("known roles raise nothing", () => {
    const roles: Member["role"][] = ["chair", "vice-chair", "board-member", "member", null];
    const members = roles.map((role, i) => member({ row: 5 + i, name: `Người ${i}`, role }));
    expect(rowIssues(...members)).toEqual([]);
  });
});
