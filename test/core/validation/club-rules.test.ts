import {
  issueMessage,
  LAICHAU_PROFILE,
  NATIONAL_PROFILE,
  RULES,
  type RuleProfile,
  validate,
} from "../../../src/core/validation";
import type { Member, MemberTable } from "../../../src/core/model";
import { club, COLUMNS, type ClubShape, member, REPORT_DATE, table } from "./builders";

function clubIssues(
  members: Member[],
  profile: RuleProfile = NATIONAL_PROFILE,
  columns: MemberTable["columns"] = COLUMNS
) {
  return validate([table(members, { columns })], { reference: REPORT_DATE, profile }).issues.filter(
    (issue) => RULES[issue.rule].scope !== "table"
  );
}

/** 60 members, 65 % women, 66.7 % aged 55+, a board of five: inside every national norm. */
const NATIONAL_CLEAN: ClubShape = { size: 60, women: 39, older: 40, poor: 0 };
/** 60 members, 65 % women, 75 % aged 55+, 65 % poor: inside Lai Châu's norms. */
const LAICHAU_CLEAN: ClubShape = { size: 60, women: 39, older: 45, poor: 39 };

const rules = (issues: readonly { rule: string }[]) => issues.map((i) => i.rule);

describe("club rules (programme norms, all warnings)", () => {
  test("a club inside the national norms raises nothing", () => {
    expect(clubIssues(club(NATIONAL_CLEAN))).toEqual([]);
  });

  test("a club inside Lai Châu's norms raises nothing under the Lai Châu profile", () => {
    expect(clubIssues(club(LAICHAU_CLEAN), LAICHAU_PROFILE)).toEqual([]);
  });

  test("size: 50 and 70 members are fine, 49 and 71 are not", () => {
    expect(clubIssues(club({ size: 50, women: 32, older: 32, poor: 0 }))).toEqual([]);
    expect(clubIssues(club({ size: 70, women: 45, older: 45, poor: 0 }))).toEqual([]);
    const small = clubIssues(club({ size: 49, women: 31, older: 31, poor: 0 }));
    expect(small).toHaveLength(1);
    expect(small[0]).toMatchObject({
      rule: "club.size",
      severity: "warning",
      sheet: "Bản Hon",
      column: null,
      row: null,
      club: "Bản Hon",
    });
    expect(issueMessage(small[0], "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 49 thành viên, ít hơn mức 50–70 thành viên (QĐ 1336/QĐ-TTg). Hãy kiểm tra danh sách đã đầy đủ chưa."
    );
    const large = clubIssues(club({ size: 71, women: 45, older: 45, poor: 0 }));
    expect(issueMessage(large[0], "en")).toBe(
      "The club “Bản Hon” has 71 members, more than the 50–70 members of QĐ 1336/QĐ-TTg. Check that the register is complete."
    );
  });

  test("women: 60 % and 70 % are fine; below or above is a warning", () => {
    expect(clubIssues(club({ ...NATIONAL_CLEAN, women: 36 }))).toEqual([]);
    expect(clubIssues(club({ ...NATIONAL_CLEAN, women: 42 }))).toEqual([]);
    const [few, ...rest] = clubIssues(club({ ...NATIONAL_CLEAN, women: 35 }));
    expect(rest).toEqual([]);
    expect([few.rule, few.severity, few.field]).toEqual(["club.women-share", "warning", "gender"]);
    expect(issueMessage(few, "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 35/60 thành viên là nữ (58,3 %), dưới mức tối thiểu 60 % (QĐ 1336/QĐ-TTg)."
    );
    expect(issueMessage(few, "en")).toBe(
      "The club “Bản Hon” has 35 women among 60 members (58.3 %), below the minimum of 60 % (QĐ 1336/QĐ-TTg)."
    );
    const [many] = clubIssues(club({ ...NATIONAL_CLEAN, women: 43 }));
    expect(issueMessage(many, "en")).toBe(
      "The club “Bản Hon” has 43 women among 60 members (71.7 %), above the maximum of 70 % (QĐ 1336/QĐ-TTg)."
    );
  });

  test("shares divide by all current members, as the indicators and the report do", () => {
    // 34 women of 54 known would be 63 %; of all 60 members it is 56.7 %, below 60 %.
    const members = club({ ...NATIONAL_CLEAN, women: 34 }).map((m, i) =>
      i >= 54 ? { ...m, gender: null } : m
    );
    const [issue, ...rest] = clubIssues(members);
    expect(rest).toEqual([]);
    expect(issueMessage(issue, "en")).toBe(
      "The club “Bản Hon” has 34 women among 60 members (56.7 %), below the minimum of 60 % (QĐ 1336/QĐ-TTg)."
    );
  });

  test("members who left the club are not counted in its size or shares", () => {
    // 52 current members inside every norm; with the 3 who left they would be 55 with other shares.
    const members = club({ ...NATIONAL_CLEAN, size: 52, women: 35, older: 35 });
    const left = [0, 1, 2].map((i) =>
      member({ row: 100 + i, name: `Đã rời ${i}`, status: "former", statusNote: "Đã mất" })
    );
    const issues = clubIssues([...members, ...left], { ...NATIONAL_PROFILE, clubSize: null });
    expect(issues.map((i) => [i.rule, i.row])).toEqual([
      ["row.former-member", 100],
      ["row.former-member", 101],
      ["row.former-member", 102],
    ]);
    expect(clubIssues(members.slice(0, 49))[0].rule).toBe("club.size");
    expect(clubIssues([...members.slice(0, 49), ...left]).map((i) => i.rule)).toContain(
      "club.size"
    );
  });

  test("older people below 60 %, or younger people below 30 %, under the national profile", () => {
    const [older, ...rest] = clubIssues(club({ ...NATIONAL_CLEAN, older: 35 }));
    expect(rest).toEqual([]);
    expect(older.rule).toBe("club.older-share");
    expect(issueMessage(older, "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 35/60 thành viên từ 55 tuổi trở lên (58,3 %), dưới mức tối thiểu 60 % (QĐ 1336/QĐ-TTg)."
    );
    const [younger, ...others] = clubIssues(club(LAICHAU_CLEAN));
    expect(others).toEqual([]);
    expect(younger.rule).toBe("club.younger-share");
    expect(issueMessage(younger, "en")).toBe(
      "The club “Bản Hon” has 15 of 60 members under 55 (25 %), below the minimum of 30 % (QĐ 1336/QĐ-TTg)."
    );
  });

  test("the older-age threshold is a setting: 55 by default, 60 as the law defines it", () => {
    // 36 members aged 57 and 24 aged 30: 60 % are 55+, none are 60+.
    const members = club(NATIONAL_CLEAN).map((m, i) => ({
      ...m,
      birth: { year: i < 36 ? 1969 : 1996 },
    }));
    expect(clubIssues(members)).toEqual([]);
    const legal = clubIssues(members, { ...NATIONAL_PROFILE, olderAge: 60 });
    expect(rules(legal)).toEqual(["club.older-share"]);
    expect(issueMessage(legal[0], "en")).toContain("0 of 60 members aged 60 or over (0 %)");
  });

  test("Lai Châu: at least 70 % older people and 60–70 % poor, near-poor or in hardship", () => {
    const [older] = clubIssues(club({ ...LAICHAU_CLEAN, older: 41 }), LAICHAU_PROFILE);
    expect(issueMessage(older, "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 41/60 thành viên từ 55 tuổi trở lên (68,3 %), dưới mức tối thiểu 70 % (QĐ 307/QĐ-UBND)."
    );
    expect(clubIssues(club({ ...LAICHAU_CLEAN, older: 42 }), LAICHAU_PROFILE)).toEqual([]);
    const [poor] = clubIssues(club({ ...LAICHAU_CLEAN, poor: 30 }), LAICHAU_PROFILE);
    expect(poor.rule).toBe("club.poor-share");
    expect(issueMessage(poor, "en")).toBe(
      "The club “Bản Hon” has 30 of 60 members from poor, near-poor or hardship households (50 %), below the minimum of 60 % (QĐ 307/QĐ-UBND)."
    );
    const [rich] = clubIssues(club({ ...LAICHAU_CLEAN, poor: 45 }), LAICHAU_PROFILE);
    expect(issueMessage(rich, "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 45/60 thành viên thuộc hộ nghèo, cận nghèo hoặc có hoàn cảnh khó khăn (75 %), trên mức tối đa 70 % (QĐ 307/QĐ-UBND)."
    );
  });

  test("near-poor and hardship count as poor; an unknown poverty status is left out", () => {
    const members = club({ ...LAICHAU_CLEAN, poor: 0 }).map((m, i): Member => {
      if (i < 13) return { ...m, poverty: "poor" };
      if (i < 26) return { ...m, poverty: "near-poor" };
      if (i < 36) return { ...m, poverty: "hardship" };
      return i < 52 ? m : { ...m, poverty: null };
    });
    // 36 of the 52 known (69.2 %).
    expect(clubIssues(members, LAICHAU_PROFILE)).toEqual([]);
  });

  test("the national profile has no poverty floor", () => {
    expect(clubIssues(club({ ...NATIONAL_CLEAN, poor: 0 }))).toEqual([]);
  });

  test("a member whose age is implausible is not counted in the age shares", () => {
    // 40 older + 20 younger + one born in 2031: the error is reported, the shares stay those of the 60.
    const members = [
      ...club(NATIONAL_CLEAN),
      member({ row: 65, name: "Khác", birth: { year: 2031 } }),
    ];
    const issues = clubIssues(members, { ...NATIONAL_PROFILE, clubSize: null });
    expect(rules(issues)).toEqual(["cell.birth-future"]);
  });

  test("a board of 5 is fine; 4 or 6 is a warning", () => {
    const four = clubIssues(
      club({ ...NATIONAL_CLEAN, board: ["chair", "vice-chair", "board-member", "board-member"] })
    );
    expect(rules(four)).toEqual(["club.board-size"]);
    expect(four[0].field).toBe("role");
    expect(issueMessage(four[0], "vi")).toBe(
      "Ban chủ nhiệm câu lạc bộ “Bản Hon” có 4 người (chủ nhiệm, phó chủ nhiệm và ủy viên), trong khi hướng dẫn là 5 người (HelpAge). Hãy kiểm tra lại cột chức vụ."
    );
    const six = clubIssues(
      club({
        ...NATIONAL_CLEAN,
        board: [
          "chair",
          "vice-chair",
          "vice-chair",
          "board-member",
          "board-member",
          "board-member",
        ],
      })
    );
    expect(issueMessage(six[0], "en")).toBe(
      "The board of the club “Bản Hon” has 6 people (chair, vice-chairs and board members), while the guidance is 5 people (HelpAge). Check the role column."
    );
  });

  test("no chair, or two chairs, is a warning", () => {
    const none = clubIssues(
      club({
        ...NATIONAL_CLEAN,
        board: ["vice-chair", "vice-chair", "board-member", "board-member", "board-member"],
      })
    );
    expect(rules(none)).toEqual(["club.no-chair"]);
    expect(issueMessage(none[0], "en")).toBe(
      "No one in the club “Bản Hon” is listed as its chair. Write “Chủ nhiệm” in the role column of the person who leads the club."
    );
    const two = clubIssues(
      club({
        ...NATIONAL_CLEAN,
        board: ["chair", "chair", "board-member", "board-member", "board-member"],
      })
    );
    expect(rules(two)).toEqual(["club.many-chairs"]);
    expect(issueMessage(two[0], "vi")).toBe(
      "Câu lạc bộ “Bản Hon” có 2 người giữ chức chủ nhiệm (dòng 5, 6), trong khi mỗi câu lạc bộ chỉ có một chủ nhiệm. Hãy kiểm tra lại chức vụ: có thể một người là phó chủ nhiệm."
    );
  });

  test("chairs on two sheets are named with their sheets, not as “rows 2, 2”", () => {
    const chairOn = (sheet: string) => member({ sheet, row: 2, role: "chair", name: `Chủ nhiệm ${sheet}` });
    const issues = validate([table([chairOn("Tổ 1")]), table([chairOn("Tổ 2")])], {
      reference: REPORT_DATE,
      profile: { ...NATIONAL_PROFILE, clubSize: null, women: null, older: null, younger: null, boardSize: null },
    }).issues;
    expect(issues.map((i) => [i.rule, issueMessage(i, "en")])).toEqual([
      [
        "club.many-chairs",
        "The club “Bản Hon” has 2 chairs (row 2; row 2 of sheet “Tổ 2”), while a club has one chair only. Check the roles: one of them may be a vice-chair.",
      ],
    ]);
    const three = [...["Tổ 1", "Tổ 1", "Tổ 2", "Tổ 2"].entries()].map(([i, sheet]) => member({ sheet, row: 2 + i, role: "chair", name: `Người ${i}` }));
    const [many] = validate([table(three.slice(0, 2)), table(three.slice(2))], { reference: REPORT_DATE }).issues.filter(
      (i) => i.rule === "club.many-chairs"
    );
    expect(issueMessage(many, "vi")).toContain("có 4 người giữ chức chủ nhiệm (dòng 2, 3; dòng 4, 5 của trang “Tổ 2”)");
  }); // prettier-ignore

  test("without a role column the board is not judged", () => {
    const { role: _role, ...noRole } = COLUMNS;
    const members = club({ ...NATIONAL_CLEAN, board: [] }).map((m) => ({ ...m, role: null }));
    expect(clubIssues(members, NATIONAL_PROFILE, noRole)).toEqual([]);
  });

  test("each club is judged on its own, across sheets", () => {
    const honA = club({ ...NATIONAL_CLEAN, size: 30, women: 20, older: 20 });
    const honB = club({
      ...NATIONAL_CLEAN,
      size: 30,
      women: 19,
      older: 20,
      board: [],
      firstRow: 5,
    }).map((m, i) => ({ ...m, sheet: "Bản Hon (2)", name: `Người thứ hai ${i}` }));
    const small = club({ ...NATIONAL_CLEAN, club: "Nà Lằng", size: 40, women: 26, older: 27 });
    const issues = validate([table(honA), table(honB), table(small)], {
      reference: REPORT_DATE,
    }).issues;
    // Bản Hon: 60 members over two sheets, 39 women, 40 older: clean. Nà Lằng: 40 members.
    expect(issues.map((i) => [i.rule, i.sheet, i.club])).toEqual([
      ["club.size", "Nà Lằng", "Nà Lằng"],
    ]);
  });
});
