import { computeIndicators } from "../../../src/core/indicators";
import type { BoardRole, Member } from "../../../src/core/model";
import { member } from "./members";

/**
 * The 2019 Lai Châu news report (DESIGN.md §1): 7 new clubs, 325 members, 215 women, 226 ethnic minority,
 * 231 aged over 55, 94 under 55, boards of 5 (35 in total), 248 million VND mobilised, 42 borrowers.
 * The printed "64 %" and "82 %" were wrong: 215/325 = 66.2 %, 226/325 = 69.5 %.
 */
const CLUBS = ["Bản Lướt", "Nà Khuy", "Phiêng Đanh", "Hua Bum", "Pa Vây Sử", "Nậm Ban", "Mù Cả"];
const MINORITY_GROUPS = ["Thái", "Mông", "Dao", "Hà Nhì", "Giáy", "Khơ Mú", "Lự"];

function roleOf(i: number): BoardRole {
  if (i < 7) return "chair";
  if (i < 14) return "vice-chair";
  if (i < 35) return "board-member";
  return "member";
}

/** Member i: round-robin over the clubs, so the first 35 are the 7 boards of 5. */
function laiChauMember(i: number): Member {
  return member({
    row: 5 + i,
    club: CLUBS[i % 7],
    gender: i < 215 ? "female" : "male",
    ethnicity: i < 99 ? "Kinh" : MINORITY_GROUPS[i % 7],
    birth: i < 231 ? { year: 1950 } : { year: 1980 },
    role: roleOf(i),
    contribution: i < 248 ? 1_000_000 : null,
    loan: i < 42 ? 5_000_000 : null,
  });
}

const register = Array.from({ length: 325 }, (_, i) => laiChauMember(i));
const { total, clubs } = computeIndicators(register, {
  referenceDate: { year: 2019, month: 12, day: 31 },
  plannedClubs: 7,
  plannedFunds: 200_000_000,
});

describe("the 2019 Lai Châu example", () => {
  it("counts the published totals", () => {
    expect(total.members).toBe(325);
    expect(total.clubs).toBe(7);
    expect(total.women).toBe(215);
    expect(total.men).toBe(110);
    expect(total.ethnicMinority).toBe(226);
    expect(total.kinh).toBe(99);
    expect(total.olderMembers).toBe(231);
    expect(total.youngerMembers).toBe(94);
    expect(total.boardMembers).toBe(35);
    expect(total.borrowers).toBe(42);
    expect(total.loanTotal).toBe(210_000_000);
    expect(total.contributionTotal).toBe(248_000_000);
  });

  it("recomputes the shares the news report printed wrongly", () => {
    expect(total.womenShare).toBeCloseTo(0.661538, 6);
    expect(total.ethnicMinorityShare).toBeCloseTo(0.695385, 6);
    expect(total.olderShare).toBeCloseTo(0.710769, 6);
    expect(total.youngerShare).toBeCloseTo(0.289231, 6);
  });

  it("gives the averages and the plan completion", () => {
    expect(total.membersPerClub).toBeCloseTo(46.428571, 6);
    expect(total.fundsPerClub).toBeCloseTo(35_428_571.43, 2);
    expect(total.loanPerBorrower).toBe(5_000_000);
    expect(total.planned).toBe(7);
    expect(total.planRate).toBe(1);
    expect(total.plannedFunds).toBe(200_000_000);
    expect(total.fundsPlanRate).toBeCloseTo(1.24, 10);
  });

  it("gives each club its board of 5 and its members, in first-seen order", () => {
    expect(clubs.map((c) => c.club)).toEqual(CLUBS);
    expect(clubs.map((c) => c.values.boardMembers)).toEqual([5, 5, 5, 5, 5, 5, 5]);
    expect(clubs.map((c) => c.values.members)).toEqual([47, 47, 47, 46, 46, 46, 46]);
    expect(clubs.map((c) => c.values.clubs)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("leaves the plan, which is set for all clubs together, out of each club's figures", () => {
    expect(clubs[0].values.planned).toBeNull();
    expect(clubs[0].values.planRate).toBeNull();
    expect(clubs[0].values.fundsPlanRate).toBeNull();
  });
});
