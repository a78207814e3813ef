import { computeIndicators, type IndicatorOptions } from "../../../src/core/indicators";
import type { Member } from "../../../src/core/model";
import { member, members } from "./members";

const END_OF_2024: IndicatorOptions = { referenceDate: { year: 2024, month: 12, day: 31 } };

function totalOf(list: Member[], options: IndicatorOptions = END_OF_2024) {
  return computeIndicators(list, options).total;
}

describe("an empty register", () => {
  const result = computeIndicators([], END_OF_2024);

  it("has no clubs and zero counts", () => {
    expect(result.clubs).toEqual([]);
    expect(result.total.members).toBe(0);
    expect(result.total.clubs).toBe(0);
    expect(result.total.women).toBe(0);
    expect(result.total.loanTotal).toBe(0);
  });

  it("has no shares or averages rather than NaN", () => {
    for (const id of ["womenShare", "ethnicMinorityShare", "olderShare", "youngerShare"] as const) {
      expect(result.total[id]).toBeNull();
    }
    expect(result.total.membersPerClub).toBeNull();
    expect(result.total.fundsPerClub).toBeNull();
    expect(result.total.loanPerBorrower).toBeNull();
  });
});

describe("unknown facts", () => {
  const total = totalOf([
    member({ gender: "female", ethnicity: "Kinh", poverty: "poor" }),
    member({ gender: "male", ethnicity: "Mông", poverty: "none" }),
    member({ gender: null, ethnicity: null, poverty: null }),
    member({ gender: null, ethnicity: "Thái", poverty: null }),
  ]);

  it("are counted apart, never spread over the known categories", () => {
    expect(total.women).toBe(1);
    expect(total.men).toBe(1);
    expect(total.genderUnknown).toBe(2);
    expect(total.kinh).toBe(1);
    expect(total.ethnicMinority).toBe(2);
    expect(total.ethnicityUnknown).toBe(1);
    expect(total.poor).toBe(1);
    expect(total.povertyUnknown).toBe(2);
  });

  it("stay in the denominator: shares are fractions of all members", () => {
    expect(total.womenShare).toBe(0.25);
    expect(total.ethnicMinorityShare).toBe(0.5);
    expect(total.poorShare).toBe(0.25);
  });
});

describe("age at the reference date", () => {
  const midJune2024: IndicatorOptions = { referenceDate: { year: 2024, month: 6, day: 15 } };
  const list = [
    member({ birth: { year: 1969, month: 6, day: 16 } }), // 54: birthday tomorrow
    member({ birth: { year: 1969, month: 6, day: 15 } }), // 55 today
    member({ birth: { year: 1969 } }), // year only: 2024 − 1969 = 55
    member({ birth: { year: 1990, month: 1, day: 1 } }), // 34
    member({ birth: null }),
  ];

  it("uses whole years with a full date and the year difference with a bare year", () => {
    const total = totalOf(list, midJune2024);
    expect(total.olderMembers).toBe(2);
    expect(total.youngerMembers).toBe(2);
    expect(total.ageUnknown).toBe(1);
    expect(total.olderShare).toBe(0.4);
    expect(total.youngerShare).toBe(0.4);
  });

  it("takes the threshold from the options", () => {
    const total = totalOf(list, { ...midJune2024, ageThreshold: 35 });
    expect(total.olderMembers).toBe(3);
    expect(total.youngerMembers).toBe(1);
  });

  it("moves with the reference date", () => {
    const total = totalOf(list, { referenceDate: { year: 2024, month: 6, day: 16 } });
    expect(total.olderMembers).toBe(3);
  });
});

describe("implausible ages", () => {
  // At the end of 2024, the plausible ages (16 to 110) are births from 1914 to 2008.
  const list = [
    member({ birth: { year: 2056 } }), // in the future: 1956 mistyped
    member({ birth: { year: 2009 } }), // 15
    member({ birth: { year: 2008 } }), // 16
    member({ birth: { year: 1914 } }), // 110
    member({ birth: { year: 1913 } }), // 111
    member({ birth: { year: 1914, month: 12, day: 31 } }), // 110 today
    member({ birth: { year: 1913, month: 12, day: 31 } }), // 111 today
  ];

  it("are unknown ages: the member counts, the age does not", () => {
    const total = totalOf(list);
    expect(total.members).toBe(7);
    expect(total.youngerMembers).toBe(1);
    expect(total.olderMembers).toBe(2);
    expect(total.ageUnknown).toBe(4);
    expect(total.age80AndOver).toBe(2);
    expect(total.legalElderly).toBe(2);
  });

  it("take other bounds from the options", () => {
    const total = totalOf(list, { ...END_OF_2024, plausibleAge: { min: 15, max: 111 } });
    expect(total.youngerMembers).toBe(2);
    expect(total.olderMembers).toBe(4);
    expect(total.ageUnknown).toBe(1);
  });
});

describe("age bands and older people in the legal sense", () => {
  // Ages at the end of 2024 from bare birth years.
  const ages = [54, 55, 59, 60, 69, 70, 79, 80, 95];
  const total = totalOf(ages.map((age) => member({ birth: { year: 2024 - age } })));

  it("puts each age in one band", () => {
    expect(total.ageUnder55).toBe(1);
    expect(total.age55to59).toBe(2);
    expect(total.age60to69).toBe(2);
    expect(total.age70to79).toBe(2);
    expect(total.age80AndOver).toBe(2);
  });

  it("counts the 60 and over of the Law on the Elderly", () => {
    expect(total.legalElderly).toBe(6);
    expect(total.legalElderlyShare).toBeCloseTo(6 / 9, 12);
  });
});

describe("poverty", () => {
  const total = totalOf([
    member({ poverty: "poor" }),
    member({ poverty: "poor" }),
    member({ poverty: "near-poor" }),
    member({ poverty: "hardship" }),
    member({ poverty: "none" }),
  ]);

  it("counts poor, near-poor and hardship, and all three together", () => {
    expect(total.poor).toBe(2);
    expect(total.nearPoor).toBe(1);
    expect(total.hardship).toBe(1);
    expect(total.povertyUnknown).toBe(0);
    expect(total.disadvantaged).toBe(4);
    expect(total.poorShare).toBe(0.4);
    expect(total.nearPoorShare).toBe(0.2);
    expect(total.disadvantagedShare).toBe(0.8);
  });
});

describe("boards", () => {
  const total = totalOf([
    member({ role: "chair", gender: "female" }),
    member({ role: "vice-chair", gender: "male" }),
    member({ role: "board-member", gender: "female" }),
    member({ role: "board-member", gender: null }),
    member({ role: "member", gender: "female" }),
    member({ role: null, gender: "female" }),
  ]);

  it("counts chair, vice-chair and board members, and the women among them", () => {
    expect(total.boardMembers).toBe(4);
    expect(total.womenOnBoards).toBe(2);
  });
});

describe("money", () => {
  const { total, clubs } = computeIndicators(
    [
      member({ club: "A", loan: 0, contribution: 100_000 }),
      member({ club: "A", loan: 1_000_000, contribution: null }),
      member({ club: "B", loan: 3_000_000, contribution: 250_000 }),
      member({ club: "B", loan: null, contribution: 50_000 }),
    ],
    END_OF_2024
  );

  it("counts borrowers as members with a loan above zero", () => {
    expect(total.borrowers).toBe(2);
    expect(total.loanTotal).toBe(4_000_000);
    expect(total.loanPerBorrower).toBe(2_000_000);
  });

  it("adds the known contributions and averages them per club", () => {
    expect(total.contributionTotal).toBe(400_000);
    expect(total.fundsPerClub).toBe(200_000);
    expect(clubs.map((c) => c.values.contributionTotal)).toEqual([100_000, 300_000]);
  });
});

describe("clubs", () => {
  const { total, clubs } = computeIndicators(
    [
      member({ club: "CLB Nà Khuy", gender: "female" }),
      member({ club: "CLB Bản Lướt", gender: "male" }),
      member({ club: "CLB Nà Khuy", gender: "male" }),
      member({ club: "CLB Hua Bum", gender: "female" }),
    ],
    END_OF_2024
  );

  it("come in first-seen order with their own figures", () => {
    expect(clubs.map((c) => c.club)).toEqual(["CLB Nà Khuy", "CLB Bản Lướt", "CLB Hua Bum"]);
    expect(clubs.map((c) => c.values.members)).toEqual([2, 1, 1]);
    expect(clubs.map((c) => c.values.womenShare)).toEqual([0.5, 0, 1]);
  });

  it("are counted in the total", () => {
    expect(total.clubs).toBe(3);
    expect(total.membersPerClub).toBeCloseTo(4 / 3, 12);
  });
});

describe("rows with problems and duplicates", () => {
  const faulty = member({
    name: "Lò Thị Xuân",
    gender: null,
    problems: [{ field: "gender", code: "unreadable", column: 3, value: "X" }],
  });

  it("still count as members", () => {
    const total = totalOf([faulty, faulty, ...members(2, { gender: "female" })]);
    expect(total.members).toBe(4);
    expect(total.genderUnknown).toBe(2);
    expect(total.womenShare).toBe(0.5);
  });
});

describe("the plan", () => {
  const eighteenClubs = Array.from({ length: 18 }, (_, i) => member({ club: `CLB ${i + 1}` }));

  it("gives no plan figures without a plan", () => {
    const total = totalOf(eighteenClubs);
    expect(total.planned).toBeNull();
    expect(total.planRate).toBeNull();
    expect(total.plannedFunds).toBeNull();
    expect(total.fundsPlanRate).toBeNull();
  });

  it("compares the clubs found with the cumulative target (18 of 25)", () => {
    const total = totalOf(eighteenClubs, { ...END_OF_2024, plannedClubs: 25 });
    expect(total.planned).toBe(25);
    expect(total.planRate).toBe(0.72);
  });

  it("gives no rate for a plan of 0", () => {
    expect(totalOf(eighteenClubs, { ...END_OF_2024, plannedClubs: 0 }).planRate).toBeNull();
  });
});

describe("the command line's JSON contract", () => {
  const contract = [
    "members",
    "women",
    "men",
    "genderUnknown",
    "womenShare",
    "kinh",
    "ethnicMinority",
    "ethnicityUnknown",
    "ethnicMinorityShare",
    "olderMembers",
    "youngerMembers",
    "ageUnknown",
    "olderShare",
    "youngerShare",
    "poor",
    "nearPoor",
    "boardMembers",
    "borrowers",
    "loanTotal",
    "contributionTotal",
    "clubs",
    "planned",
    "planRate",
  ];

  it("has every figure under its agreed name, for the total and each club", () => {
    const { total, clubs } = computeIndicators([member()], END_OF_2024);
    for (const values of [total, clubs[0].values]) {
      for (const name of contract) expect(Object.keys(values)).toContain(name);
    }
  });
});
