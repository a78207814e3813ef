import {
  issueCell,
  issueRecord,
  NATIONAL_PROFILE,
  RULE_IDS,
  validate,
} from "../../../src/core/validation";
import type { Member } from "../../../src/core/model";
import { readMemberTable } from "../../../src/core/register";
import { club, COLUMNS, member, problem, REPORT_DATE, ROWS_ONLY, table } from "./builders";

describe("validate", () => {
  test("a clean register of two clubs yields no issue at all", () => {
    const hon = club({ size: 60, women: 39, older: 40, poor: 10 });
    const lang = club({ club: "Nà Lằng", size: 52, women: 33, older: 33, poor: 5 });
    const result = validate([table(hon), table(lang)], { reference: REPORT_DATE });
    expect(result.issues).toEqual([]);
    expect(result.summary.total).toBe(0);
    expect(result.summary.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test("an empty table and no tables yield no issue", () => {
    expect(validate([], { reference: REPORT_DATE }).issues).toEqual([]);
    expect(validate([table([])], { reference: REPORT_DATE }).issues).toEqual([]);
  });

  test("the national profile is the default", () => {
    const members = club({ size: 45, women: 30, older: 30, poor: 0 });
    const byDefault = validate([table(members)], { reference: REPORT_DATE });
    const national = validate([table(members)], {
      reference: REPORT_DATE,
      profile: NATIONAL_PROFILE,
    });
    expect(byDefault).toEqual(national);
    expect(byDefault.issues.map((i) => i.rule)).toEqual(["club.size"]);
  });

  test("issues sort by sheet (in table order), row and column; club issues follow their sheet's rows", () => {
    const first = [
      member({ sheet: "Xã B", club: "B", row: 9, loan: -1, birth: { year: 2030 } }),
      member({
        sheet: "Xã B",
        club: "B",
        row: 6,
        name: "Khác",
        problems: [
          problem({ field: "ethnicity", code: "stray-spaces", column: COLUMNS.ethnicity }),
        ],
      }),
    ];
    const second = [member({ sheet: "Xã A", club: "A", row: 3, loan: -2 })];
    const profile = { ...ROWS_ONLY, clubSize: NATIONAL_PROFILE.clubSize };
    const issues = validate([table(first), table(second)], {
      reference: REPORT_DATE,
      profile,
    }).issues;
    expect(issues.map((i) => [i.sheet, issueCell(i), i.rule])).toEqual([
      ["Xã B", "E6", "text.stray-spaces"],
      ["Xã B", "D9", "cell.birth-future"],
      ["Xã B", "I9", "cell.money-negative"],
      ["Xã B", null, "club.size"],
      ["Xã A", "I3", "cell.money-negative"],
      ["Xã A", null, "club.size"],
    ]);
  });

  test("every issue is reported, with no cap, and counted by rule and by severity", () => {
    const members: Member[] = Array.from({ length: 2500 }, (_, i) =>
      member({
        row: 5 + i,
        name: `Người ${i}`,
        gender: null,
        problems: [
          problem({ field: "gender", code: "missing", column: COLUMNS.gender }),
          ...(i % 2 === 0
            ? [problem({ field: "name", code: "stray-spaces", value: `Người  ${i}` })]
            : []),
        ],
      })
    );
    const { issues, summary } = validate([table(members)], {
      reference: REPORT_DATE,
      profile: ROWS_ONLY,
    });
    // No member's gender is known: one warning says which figures cannot be computed.
    expect(issues).toHaveLength(3751);
    expect(summary.total).toBe(3751);
    expect(summary.bySeverity).toEqual({ error: 2500, warning: 1, info: 1250 });
    expect(summary.byRule["table.figures-unknown"]).toBe(1);
    expect(summary.byRule["cell.required"]).toBe(2500);
    expect(summary.byRule["text.stray-spaces"]).toBe(1250);
    expect(Object.keys(summary.byRule).sort()).toEqual([...RULE_IDS].sort());
    expect(summary.byRule["dup.same-club"]).toBe(0);
  });

  test("a required column that is absent is reported once, on the header", () => {
    const { ethnicity: _ethnicity, ...columns } = COLUMNS;
    const members = [5, 6, 7].map((row) =>
      // The reader reports a blank only where the table has the column, so these rows carry no problem.
      member({ row, name: `Người ${row}`, ethnicity: null })
    );
    const issues = validate([table(members, { columns })], {
      reference: REPORT_DATE,
      profile: ROWS_ONLY,
    }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.row, issueCell(i), i.field])).toEqual([
      ["table.missing-column", "error", 4, null, "ethnicity"],
      ["table.figures-unknown", "warning", 4, null, "ethnicity"],
    ]);
    expect(issueRecord(issues[1], "en").message).toBe(
      "Sheet “Bản Hon”: there is no ethnic group column, so Kinh, Ethnic minority, Share of ethnic minority members cannot be computed. They are left blank (unknown), not 0. If the register holds this, assign its column in the column mapping."
    );
    expect(issueRecord(issues[0], "vi").message).toBe(
      "Trang “Bản Hon” không có cột dân tộc, trong khi dân tộc là thông tin bắt buộc của mỗi thành viên. Hãy thêm cột dân tộc vào danh sách."
    );
  });

  test("a name given as “Họ đệm” | “Tên” and a birth as “Ngày” | “Tháng” | “Năm” are columns the table holds", () => {
    const read = readMemberTable({
      sheet: "Xóm Mỡ",
      originRow: 1,
      originCol: 1,
      rows: [
        ["STT", "Họ và tên", null, "Ngày sinh", null, null, "Giới tính", "Dân tộc"],
        [null, "Họ đệm", "Tên", "Ngày", "Tháng", "Năm", null, null],
        [1, "Bùi Thị", "Nhung", 3, 5, 1952, "Nữ", "Mường"],
        [2, "Bùi Văn", "Tám", 12, 11, 1960, "Nam", "Mường"],
      ],
    });
    expect(read?.members.map((m) => [m.name, m.birth?.year])).toEqual([
      ["Bùi Thị Nhung", 1952],
      ["Bùi Văn Tám", 1960],
    ]);
    const issues = validate([read!], { reference: REPORT_DATE, profile: ROWS_ONLY }).issues;
    const onNameOrBirth = issues.filter((i) => i.field === "name" || i.field === "birth");
    expect(onNameOrBirth.map((i) => i.rule)).toEqual([]);
    // The fields this table lacks are still named.
    expect(issues.filter((i) => i.rule === "table.figures-unknown").map((i) => i.field)).toContain(
      "poverty"
    );
  });

  test.each([
    ["Sheet1", null, 2],
    ["Trang tính 3", null, 2],
    ["DS", null, 2],
    ["Sheet1", "DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ LẰNG", 0],
    ["Nà Lằng", null, 0],
  ])(
    "a register on sheet “%s” titled %p: %p members said to be counted under the sheet's default name",
    (sheet, title, count) => {
      const header = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"];
      const rows = [
        ...(title === null ? [] : [[title]]),
        header,
        [1, "Lò Thị Hoa", "Nữ", 1952, "Thái"],
        [2, "Lò Văn Sơn", "Nam", 1960, "Thái"],
      ];
      const read = readMemberTable({ sheet, originRow: 1, originCol: 1, rows });
      const issues = validate([read!], { reference: REPORT_DATE, profile: ROWS_ONLY }).issues;
      const unnamed = issues.filter((i) => i.rule === "table.club-unnamed");
      expect(unnamed.map((i) => i.params.count)).toEqual(count === 0 ? [] : [count]);
      if (count > 0) {
        expect(issueRecord(unnamed[0], "vi").message).toContain(`CLB “${sheet}”`);
      }
    }
  );

  test("a row left below the totals row is a note, in both languages; a table without one has none", () => {
    const notes = (rowsAfterFooter: { row: number; text: string }[]) =>
      validate([table([member()], { rowsAfterFooter })], {
        reference: REPORT_DATE,
        profile: ROWS_ONLY,
      }).issues;
    expect(notes([])).toEqual([]);
    const [issue] = notes([{ row: 9, text: "Vàng A Sử · 1960" }]);
    expect([issue.rule, issue.severity, issue.row, issue.value]).toEqual([
      "row.after-footer",
      "info",
      9,
      "Vàng A Sử · 1960",
    ]);
    expect(issueRecord(issue, "vi").message).toBe(
      "Dòng 9 (“Vàng A Sử · 1960”) nằm dưới dòng tổng cộng nên không được tính là thành viên. Nếu đây là một thành viên, hãy chuyển dòng này lên trên dòng tổng cộng."
    );
    expect(issueRecord(issue, "en").message).toMatch(
      /^Row 9 \(“Vàng A Sử · 1960”\) is below the totals row/
    );
  });

  test("the split birth layout stands for the gender and birth columns", () => {
    const { gender: _g, birth: _b, ...columns } = COLUMNS;
    const issues = validate([table([member()], { columns, splitBirth: { male: 3, female: 4 } })], {
      reference: REPORT_DATE,
      profile: ROWS_ONLY,
    }).issues;
    expect(issues).toEqual([]);
  });

  test("validation changes no member", () => {
    const members = [
      member({
        loan: -5,
        problems: [problem({ field: "name", code: "decomposed", suggestion: "x" })],
      }),
    ];
    const before = JSON.stringify(members);
    validate([table(members)], { reference: REPORT_DATE });
    expect(JSON.stringify(members)).toBe(before);
  });

  test("the command line record carries the fields it prints", () => {
    const [issue] = validate([table([member({ row: 12, birth: { year: 2031 } })])], {
      reference: REPORT_DATE,
      profile: ROWS_ONLY,
    }).issues;
    expect(issueRecord(issue, "en")).toEqual({
      rule: "cell.birth-future",
      severity: "error",
      sheet: "Bản Hon",
      cell: "D12",
      row: 12,
      field: "birth",
      value: 2031,
      message:
        "Year of birth 2031 in D12 is in the future (report date 31/12/2026). Check the year of birth.",
      suggestion: null,
    });
  });
});
