import { issueMessage, validate } from "../../../src/core/validation";
import type { Member, MemberTable } from "../../../src/core/model";
import { sameTextHash } from "../../../src/core/validation/same-text";
import { member, REPORT_DATE, ROWS_ONLY, table, located } from "./builders";

function issuesOf(...tables: MemberTable[]) {
  return validate(tables, { reference: REPORT_DATE, profile: ROWS_ONLY }).issues;
}

const mai = (row: number, overrides: Partial<Member> = {}) => member({ row, ...overrides });

describe("duplicates", () => {
  test("the same person twice in one club is an error on the later row that names the earlier", () => {
    const issues = issuesOf(table([mai(12), mai(30)]));
    expect(issues).toHaveLength(1);
    expect(located(issues[0])).toMatchObject({
      rule: "dup.same-club",
      severity: "error",
      row: 30,
      cell: "B30",
      field: "name",
      value: "Lò Thị Mai",
    });
    expect(issueMessage(issues[0], "vi")).toBe(
      "Thành viên “Lò Thị Mai” (sinh năm 1956) ở dòng 30 trùng với dòng 12 trong cùng câu lạc bộ “Bản Hon”. Hãy xoá dòng trùng, hoặc sửa lại nếu đây là hai người khác nhau."
    );
    expect(issueMessage(issues[0], "en")).toBe(
      "The member “Lò Thị Mai” (born 1956) in row 30 repeats row 12 of the same club, “Bản Hon”. Delete the repeated row, or correct it if these are two different people."
    );
  });

  test("NFC and NFD spellings, capitals and extra spaces are the same person", () => {
    const nfd = "Lò Thị Mai".normalize("NFD");
    expect(nfd).not.toBe("Lò Thị Mai");
    const issues = issuesOf(
      table([mai(12), mai(13, { name: nfd }), mai(14, { name: "LÒ  THỊ\u00a0MAI " })])
    );
    expect(issues.map((i) => [i.rule, i.row])).toEqual([
      ["dup.same-club", 13],
      ["dup.same-club", 14],
    ]);
    // Both name the first row, not each other.
    expect(issues.map((i) => issueMessage(i, "en"))).toEqual([
      expect.stringContaining("repeats row 12 "),
      expect.stringContaining("repeats row 12 "),
    ]);
  });

  test("spelling variants, other birth years and unnamed rows are different people", () => {
    const issues = issuesOf(
      table([
        mai(12),
        mai(13, { name: "Lò Thi Mai" }),
        mai(14, { name: "Lò Thị Mại" }),
        mai(15, { birth: { year: 1957 } }),
        mai(16, { name: null }),
        mai(17, { name: null }),
        mai(18, { birth: null }),
      ])
    );
    expect(issues).toEqual([]);
  });

  test("a full date of birth and a bare year of the same year are the same person", () => {
    const issues = issuesOf(table([mai(12, { birth: { year: 1956, month: 3, day: 5 } }), mai(13)]));
    expect(issues.map((i) => i.rule)).toEqual(["dup.same-club"]);
  });

  test("a repeat on another sheet of the same club names that sheet", () => {
    const issues = issuesOf(table([mai(12)]), table([mai(8, { sheet: "Bản Hon (2)" })]));
    expect(issues.map((i) => issueMessage(i, "vi"))).toEqual([
      expect.stringContaining("trùng với dòng 12 của trang “Bản Hon” trong cùng câu lạc bộ"),
    ]);
  });

  test("the same person in two clubs is a warning on the later one", () => {
    const issues = issuesOf(
      table([mai(12)]),
      table([mai(7, { sheet: "Nà Lằng", club: "Nà Lằng" })])
    );
    expect(issues).toHaveLength(1);
    expect(located(issues[0])).toMatchObject({
      rule: "dup.other-club",
      severity: "warning",
      sheet: "Nà Lằng",
      row: 7,
      club: "Nà Lằng",
    });
    expect(issueMessage(issues[0], "vi")).toBe(
      "Thành viên “Lò Thị Mai” (sinh năm 1956) ở dòng 7 (câu lạc bộ “Nà Lằng”) cũng có tên trong câu lạc bộ “Bản Hon”, dòng 12 của trang “Bản Hon”. Mỗi người thường chỉ sinh hoạt ở một câu lạc bộ: hãy kiểm tra xem có phải cùng một người không."
    );
    expect(issueMessage(issues[0], "en")).toBe(
      "The member “Lò Thị Mai” (born 1956) in row 7 (club “Nà Lằng”) is also listed in the club “Bản Hon”, row 12 of sheet “Bản Hon”. A person usually belongs to one club only: check whether this is the same person."
    );
  });

  test("club names compare like person names: the same club typed two ways is one club", () => {
    const issues = issuesOf(table([mai(12), mai(13, { club: "BẢN  HON" })]));
    expect(issues.map((i) => i.rule)).toEqual(["dup.same-club"]);
  });

  test("two people whose names and years hash alike are still two people", () => {
    // Found by search: the finder files both under one number, so it must tell them apart by name.
    const thao = { name: "Lò Ngọc Lan Thảo", birth: { year: 1950 } };
    const giang = { name: "Lường Mỹ Liên Giang", birth: { year: 1941 } };
    expect(sameTextHash(thao.name) ^ 1950).toBe(sameTextHash(giang.name) ^ 1941);
    const issues = issuesOf(
      table([mai(12, thao), mai(13, giang), mai(14, { ...giang, name: "LƯỜNG MỸ LIÊN GIANG" })])
    );
    expect(issues.map((i) => [i.rule, i.row])).toEqual([["dup.same-club", 14]]);
    expect(issueMessage(issues[0], "en")).toContain("repeats row 13 ");
  });

  test("twice in one club and once in another: one error and one warning", () => {
    const issues = issuesOf(
      table([mai(12), mai(13)]),
      table([mai(7, { sheet: "Nà Lằng", club: "Nà Lằng" })])
    );
    expect(issues.map((i) => [i.rule, i.sheet, i.row])).toEqual([
      ["dup.same-club", "Bản Hon", 13],
      ["dup.other-club", "Nà Lằng", 7],
    ]);
  });
});
