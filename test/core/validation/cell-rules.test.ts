import { issueCell, validate, issueMessage, RULES } from "../../../src/core/validation";
import type { Member } from "../../../src/core/model";
import { COLUMNS, member, problem, REPORT_DATE, ROWS_ONLY, table, located } from "./builders";

/** Issues of one member's table, without the club-level rules (which need a whole club). */
function rowIssues(...members: Member[]) {
  return validate([table(members)], { reference: REPORT_DATE, profile: ROWS_ONLY }).issues.filter(
    (issue) => RULES[issue.rule].scope !== "table"
  );
}

describe("cell rules", () => {
  test("a clean row raises nothing", () => {
    expect(rowIssues(member({ row: 12 }))).toEqual([]);
  });

  test("a blank required field is an error on its cell", () => {
    const [issue, ...rest] = rowIssues(
      member({
        row: 12,
        ethnicity: null,
        problems: [problem({ field: "ethnicity", code: "missing", column: COLUMNS.ethnicity })],
      })
    );
    expect(rest).toEqual([]);
    expect(located(issue)).toMatchObject({
      rule: "cell.required",
      severity: "error",
      sheet: "Bản Hon",
      cell: "E12",
      row: 12,
      field: "ethnicity",
      suggestion: null,
    });
    expect(issueMessage(issue, "vi")).toBe(
      "Ô E12 còn trống, nhưng dân tộc là thông tin bắt buộc. Hãy nhập dân tộc của thành viên ở dòng 12."
    );
    expect(issueMessage(issue, "en")).toBe(
      "E12 is blank, but the ethnic group is required. Enter the ethnic group of the member in row 12."
    );
  });

  test("an unreadable value is an error carrying the reader's suggestion", () => {
    const [issue, ...rest] = rowIssues(
      member({
        row: 7,
        gender: null,
        problems: [
          problem({
            field: "gender",
            code: "unreadable",
            column: COLUMNS.gender,
            value: "Nũ",
            suggestion: "Nữ",
          }),
        ],
      })
    );
    expect(rest).toEqual([]);
    expect(located(issue)).toMatchObject({
      rule: "cell.unreadable",
      severity: "error",
      cell: "C7",
      value: "Nũ",
      suggestion: "Nữ",
    });
    expect(issueMessage(issue, "vi")).toBe(
      "Không đọc được giới tính “Nũ” ở ô C7. Giới tính cần ghi “Nam” hoặc “Nữ”."
    );
    expect(issueMessage(issue, "en")).toBe(
      "The gender “Nũ” in C7 cannot be read. The gender is written “Nam” (male) or “Nữ” (female)."
    );
  });

  test("unreadable money is an error, not a missing loan amount", () => {
    const [issue] = rowIssues(
      member({
        problems: [
          problem({ field: "contribution", code: "unreadable", column: 8, value: "2OO.OOO" }),
        ],
      })
    );
    expect(issue.rule).toBe("cell.unreadable");
    expect(issueMessage(issue, "en")).toBe(
      "The contribution “2OO.OOO” in H5 cannot be read. An amount is a number, e.g. 200.000 or “2 triệu” (2 million)."
    );
  });

  test("a birth year in the future is an error worded as the design asks", () => {
    const [issue, ...rest] = rowIssues(member({ row: 12, birth: { year: 2031 } }));
    expect(rest).toEqual([]);
    expect(located(issue)).toMatchObject({
      rule: "cell.birth-future",
      severity: "error",
      cell: "D12",
      field: "birth",
      value: 2031,
    });
    expect(issueMessage(issue, "vi")).toBe(
      "Năm sinh 2031 ở ô D12 là năm trong tương lai (ngày báo cáo 31/12/2026). Hãy kiểm tra lại năm sinh."
    );
    expect(issueMessage(issue, "en")).toBe(
      "Year of birth 2031 in D12 is in the future (report date 31/12/2026). Check the year of birth."
    );
  });

  test("the year of the report itself is not in the future, but gives age 0", () => {
    const [issue] = rowIssues(member({ birth: { year: 2026 } }));
    expect(issue.rule).toBe("cell.age-range");
  });

  test("ages outside 16–110 at the report date are errors; 16 and 110 themselves are fine", () => {
    expect(rowIssues(member({ birth: { year: 2010 } }))).toEqual([]); // 16
    expect(rowIssues(member({ birth: { year: 1916 } }))).toEqual([]); // 110
    const young = rowIssues(member({ row: 9, birth: { year: 2011 } })); // 15
    expect(young.map((i) => i.rule)).toEqual(["cell.age-range"]);
    const [old] = rowIssues(member({ row: 9, birth: { year: 1895 } })); // 131
    expect(old.rule).toBe("cell.age-range");
    expect(issueMessage(old, "vi")).toBe(
      "Năm sinh 1895 ở ô D9 cho tuổi 131 vào ngày báo cáo 31/12/2026, ngoài khoảng 16–110 tuổi của thành viên câu lạc bộ. Hãy kiểm tra lại năm sinh."
    );
    expect(issueMessage(old, "en")).toBe(
      "Year of birth 1895 in D9 gives an age of 131 at the report date 31/12/2026, outside the 16–110 years expected of club members. Check the year of birth."
    );
  });

  test("a full date of birth counts whole years at the report date", () => {
    const reference = { year: 2026, month: 6, day: 30 };
    const profile = ROWS_ONLY;
    const born = (month: number, day: number) =>
      validate([table([member({ birth: { year: 2010, month, day } })])], { reference, profile })
        .issues;
    expect(born(6, 30)).toEqual([]); // turns 16 on the report date
    expect(born(7, 1).map((i) => [i.rule, i.value])).toEqual([["cell.age-range", "01/07/2010"]]);
  });

  test("in the split layout the birth cell is the one under the member's gender", () => {
    const issues = validate(
      [
        table([member({ row: 8, gender: "male", birth: { year: 2030 } })], {
          columns: { name: 2, ethnicity: 5 },
          splitBirth: { male: 3, female: 4 },
        }),
      ],
      { reference: REPORT_DATE, profile: ROWS_ONLY }
    ).issues.filter((issue) => RULES[issue.rule].scope !== "table");
    expect(issues.map((i) => issueCell(i))).toEqual(["C8"]);
  });

  test("negative money is an error proposing the amount without its minus sign; 0 is fine", () => {
    expect(rowIssues(member({ contribution: 0, loan: 0 }))).toEqual([]);
    const [issue, ...rest] = rowIssues(member({ row: 20, loan: -5000000 }));
    expect(rest).toEqual([]);
    expect(located(issue)).toMatchObject({
      rule: "cell.money-negative",
      severity: "error",
      cell: "I20",
      field: "loan",
      value: -5000000,
      suggestion: "5000000",
    });
    expect(issueMessage(issue, "vi")).toBe(
      "Số tiền -5.000.000 đồng ở ô I20 (số tiền vay) là số âm. Số tiền đóng góp hay vay phải từ 0 trở lên: có thể dấu trừ bị gõ nhầm."
    );
    expect(issueMessage(issue, "en")).toBe(
      "The amount -5,000,000 VND in I20 (loan amount) is negative. A contribution or a loan is 0 or more: the minus sign may be a typing slip."
    );
  });

  test("legacy-encoded and decomposed text are warnings whose fix is the converted text", () => {
    const nfd = "Lò Thị Mai".normalize("NFD");
    const issues = rowIssues(
      member({
        row: 3,
        problems: [
          problem({
            field: "name",
            code: "legacy-encoding",
            value: "Lß ThÞ Mai",
            suggestion: "Lò Thị Mai",
          }),
          problem({
            field: "ethnicity",
            code: "decomposed",
            column: 5,
            value: nfd,
            suggestion: "Thái",
          }),
        ],
      })
    );
    expect(issues.map((i) => [i.rule, i.severity, issueCell(i), i.suggestion])).toEqual([
      ["text.legacy-encoding", "warning", "B3", "Lò Thị Mai"],
      ["text.decomposed", "warning", "E3", "Thái"],
    ]);
    expect(issueMessage(issues[0], "en")).toBe(
      "The text “Lß ThÞ Mai” in B3 is in an old encoding (TCVN3 or VNI), so its accents show wrongly. Convert it to Unicode so that searching, sorting and counting work."
    );
  });

  test("stray spaces are information only", () => {
    const [issue] = rowIssues(
      member({
        problems: [
          problem({
            field: "name",
            code: "stray-spaces",
            value: " Lò  Thị Mai",
            suggestion: "Lò Thị Mai",
          }),
        ],
      })
    );
    expect([issue.rule, issue.severity, issue.suggestion]).toEqual([
      "text.stray-spaces",
      "info",
      "Lò Thị Mai",
    ]);
  });
});
