import { MemberFormulas, type MemberScope } from "../../src/core/report/member-formulas";
import { readGender, readPoverty, readRole } from "../../src/core/values";
import { ETHNIC_GROUPS } from "../../src/core/values/ethnic-groups";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../../src/core/report/typed-values";
import { COLUMNS, member, table } from "./builders";

const INPUTS = {
  referenceDate: "$D$20",
  params: { ageThreshold: "$L$20", plannedClubs: "$J$12", plannedFunds: null },
  plausibleAge: { min: 16, max: 110 },
};

/** Members of the club whose name is in $B$25, rows 3–6. */
const CLUB: MemberScope = {
  spans: [{ first: 3, last: 6 }],
  base: [{ column: COLUMNS.club, criterion: '"="&$B$25' }],
};

const S = "'Danh sách'!";
const CLUB_PAIR = `${S}$C$3:$C$6,"="&$B$25`;

describe("member formulas", () => {
  const formulas = new MemberFormulas(table([member(3, "A"), member(6, "A")]), INPUTS);

  it("count a canonical value by its Vietnamese spelling, in the club", () => {
    expect(formulas.count([{ field: "gender", equals: "female" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${S}$D$3:$D$6,"Nữ")`
    );
  });

  it("count the members of the club with no criterion", () => {
    expect(formulas.count([], CLUB)).toBe(`COUNTIFS(${CLUB_PAIR})`);
  });

  it("count 'not Kinh' as one of the 53 other groups, so that a name core cannot read is not counted", () => {
    const others = ETHNIC_GROUPS.map((group) => group.name).filter((name) => name !== "Kinh");
    expect(others).toHaveLength(53);
    expect(formulas.count([{ field: "ethnicity", notEquals: "Kinh" }], CLUB)).toBe(
      `SUM(COUNTIFS(${CLUB_PAIR},${S}$F$3:$F$6,{${others.map((name) => `"${name}"`).join(",")}}))`
    );
  });

  it("count a known gender as one of its spellings, and a known club as any name", () => {
    expect(formulas.count([{ field: "gender", known: true }], CLUB)).toBe(
      `SUM(COUNTIFS(${CLUB_PAIR},${S}$D$3:$D$6,{"Nam","Nữ"}))`
    );
    expect(formulas.count([{ field: "club", known: true }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${S}$C$3:$C$6,"<>")`
    );
  });

  it("count the values of oneOf with one array constant, added up by SUM", () => {
    expect(
      formulas.count([{ field: "role", oneOf: ["chair", "vice-chair", "board-member"] }], CLUB)
    ).toBe(`SUM(COUNTIFS(${CLUB_PAIR},${S}$H$3:$H$6,{"Chủ nhiệm","Phó chủ nhiệm","Ủy viên"}))`);
  });

  it("take a COUNTIFS per value of a second list, which one array constant cannot cross", () => {
    expect(
      formulas.count(
        [
          { field: "poverty", oneOf: ["poor", "near-poor"] },
          { field: "role", oneOf: ["chair", "board-member"] },
        ],
        CLUB
      )
    ).toBe(
      `SUM(COUNTIFS(${CLUB_PAIR},${S}$G$3:$G$6,{"Hộ nghèo","Cận nghèo"},${S}$H$3:$H$6,"Chủ nhiệm"))` +
        `+SUM(COUNTIFS(${CLUB_PAIR},${S}$G$3:$G$6,{"Hộ nghèo","Cận nghèo"},${S}$H$3:$H$6,"Ủy viên"))`
    );
  });

  it("count an age from a year or from a date serial, against the reference date and threshold cells", () => {
    const E = `${S}$E$3:$E$6`;
    // Aged 16 to 110 (below 111): the plausible ages, as in core, bound every age.
    expect(formulas.count([{ field: "age", atLeast: { param: "ageThreshold" } }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${E},">=1900",${E},"<=2100",${E},"<="&(YEAR($D$20)-16),${E},"<="&(YEAR($D$20)-$L$20),${E},">"&(YEAR($D$20)-111))` +
        `+COUNTIFS(${CLUB_PAIR},${E},">2100",${E},"<73416",${E},"<"&(EDATE($D$20,-12*16)+1),${E},"<"&(EDATE($D$20,-12*$L$20)+1),${E},">="&(EDATE($D$20,-12*111)+1))`
    );
    // Number bounds within the plausible ages replace them.
    expect(formulas.count([{ field: "age", atLeast: 60, below: 70 }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${E},">=1900",${E},"<=2100",${E},"<="&(YEAR($D$20)-60),${E},">"&(YEAR($D$20)-70))` +
        `+COUNTIFS(${CLUB_PAIR},${E},">2100",${E},"<73416",${E},"<"&(EDATE($D$20,-12*60)+1),${E},">="&(EDATE($D$20,-12*70)+1))`
    );
    expect(formulas.count([{ field: "age", above: 79 }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${E},">=1900",${E},"<=2100",${E},"<="&(YEAR($D$20)-80),${E},">"&(YEAR($D$20)-111))` +
        `+COUNTIFS(${CLUB_PAIR},${E},">2100",${E},"<73416",${E},"<"&(EDATE($D$20,-12*80)+1),${E},">="&(EDATE($D$20,-12*111)+1))`
    );
  });

  it("count an unknown age as the members less those with a plausible age", () => {
    const E = `${S}$E$3:$E$6`;
    expect(formulas.count([{ field: "age", known: false }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR})` +
        `-COUNTIFS(${CLUB_PAIR},${E},">=1900",${E},"<=2100",${E},"<="&(YEAR($D$20)-16),${E},">"&(YEAR($D$20)-111))` +
        `-COUNTIFS(${CLUB_PAIR},${E},">2100",${E},"<73416",${E},"<"&(EDATE($D$20,-12*16)+1),${E},">="&(EDATE($D$20,-12*111)+1))`
    );
  });

  it("take other plausible ages when given", () => {
    const E = `${S}$E$3:$E$6`;
    const adults = new MemberFormulas(table([member(3, "A")]), {
      ...INPUTS,
      plausibleAge: { min: 18, max: 100 },
    });
    expect(adults.count([{ field: "age", below: 55 }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${E},">=1900",${E},"<=2100",${E},"<="&(YEAR($D$20)-18),${E},">"&(YEAR($D$20)-55))` +
        `+COUNTIFS(${CLUB_PAIR},${E},">2100",${E},"<73416",${E},"<"&(EDATE($D$20,-12*18)+1),${E},">="&(EDATE($D$20,-12*55)+1))`
    );
  });

  it("compare money with a number bound, and sum money with SUMIFS", () => {
    expect(formulas.count([{ field: "loan", above: 0 }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${S}$J$3:$J$6,">0")`
    );
    expect(formulas.sum("contribution", CLUB)).toBe(`SUMIFS(${S}$I$3:$I$6,${CLUB_PAIR})`);
  });

  it("count nobody for a field the table lacks, or a parameter that is not set", () => {
    const noRole = new MemberFormulas(
      table([member(3, "A")], { columns: { name: 2, club: 3 } }),
      INPUTS
    );
    expect(noRole.count([{ field: "role", equals: "chair" }], CLUB)).toBe("0");
    expect(noRole.sum("loan", CLUB)).toBe("0");
    const noThreshold = new MemberFormulas(table([member(3, "A")]), {
      ...INPUTS,
      params: { ...INPUTS.params, ageThreshold: null },
    });
    expect(noThreshold.count([{ field: "age", atLeast: { param: "ageThreshold" } }], CLUB)).toBe(
      "0"
    );
  });

  it("count the rows of spans less their empty rows when clubs are told apart by rows", () => {
    const rows: MemberScope = {
      spans: [
        { first: 3, last: 6 },
        { first: 9, last: 9 },
      ],
      base: [],
      emptyRow: [
        { column: COLUMNS.name, criterion: '""' },
        { column: COLUMNS.gender, criterion: '""' },
      ],
    };
    const empty = (first: number, last: number) =>
      `COUNTIFS(${S}$B$${first}:$B$${last},"",${S}$D$${first}:$D$${last},"")`;
    expect(formulas.count([], rows)).toBe(
      `ROWS(${S}$3:$6)-${empty(3, 6)}+ROWS(${S}$9:$9)-${empty(9, 9)}`
    );
    // Every other count asks for a value, which an empty row does not have.
    expect(formulas.count([{ field: "gender", known: false }], rows)).toBe(
      `ROWS(${S}$3:$6)-${empty(3, 6)}+ROWS(${S}$9:$9)-${empty(9, 9)}` +
        `-SUM(COUNTIFS(${S}$D$3:$D$6,{"Nam","Nữ"}))-SUM(COUNTIFS(${S}$D$9:$D$9,{"Nam","Nữ"}))`
    );
    expect(formulas.sum("loan", rows)).toBe(`SUM(${S}$J$3:$J$6)+SUM(${S}$J$9:$J$9)`);
  });

  it("add up the runs of rows of a club told apart by its rows", () => {
    const runs: MemberScope = {
      spans: [
        { first: 3, last: 6 },
        { first: 9, last: 10 },
      ],
      base: [{ column: COLUMNS.name, criterion: '"<>"' }],
    };
    expect(formulas.count([{ field: "gender", equals: "male" }], runs)).toBe(
      `COUNTIFS(${S}$B$3:$B$6,"<>",${S}$D$3:$D$6,"Nam")+COUNTIFS(${S}$B$9:$B$10,"<>",${S}$D$9:$D$10,"Nam")`
    );
  });

  it("read gender from the column holding the year in the split birth layout", () => {
    const split = new MemberFormulas(
      table([member(3, "A")], {
        columns: { name: 2, club: 3 },
        splitBirth: { male: 4, female: 5 },
      }),
      INPUTS
    );
    const [M, F] = [`${S}$D$3:$D$6`, `${S}$E$3:$E$6`];
    expect(split.count([{ field: "gender", equals: "female" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${F},"<>",${M},"")`
    );
    expect(
      split.count(
        [
          { field: "gender", equals: "female" },
          { field: "age", below: 55 },
        ],
        CLUB
      )
    ).toBe(
      `COUNTIFS(${CLUB_PAIR},${F},"<>",${M},"",${F},">=1900",${F},"<=2100",${F},"<="&(YEAR($D$20)-16),${F},">"&(YEAR($D$20)-55))` +
        `+COUNTIFS(${CLUB_PAIR},${F},"<>",${M},"",${F},">2100",${F},"<73416",${F},"<"&(EDATE($D$20,-12*16)+1),${F},">="&(EDATE($D$20,-12*55)+1))`
    );
    // An age alone is read from either column, a year under both counting for neither.
    expect(split.count([{ field: "age", known: true }], CLUB)).toBe(
      [M, F]
        .flatMap((own) => {
          const other = own === M ? F : M;
          const pairs = `${CLUB_PAIR},${own},"<>",${other},""`;
          return [
            `COUNTIFS(${pairs},${own},">=1900",${own},"<=2100",${own},"<="&(YEAR($D$20)-16),${own},">"&(YEAR($D$20)-111))`,
            `COUNTIFS(${pairs},${own},">2100",${own},"<73416",${own},"<"&(EDATE($D$20,-12*16)+1),${own},">="&(EDATE($D$20,-12*111)+1))`,
          ];
        })
        .join("+")
    );
  });

  it("read poverty from mark columns, a mark further up winning", () => {
    const marks = new MemberFormulas(
      table([member(3, "A")], {
        columns: { name: 2, club: 3 },
        povertyMarks: { poor: 7, "near-poor": 8 },
      }),
      INPUTS
    );
    const mark = (letter: string) =>
      [`"<>"`, `"<>-"`, `"<>0"`, `"<>Không"`]
        .map((c) => `${S}$${letter}$3:$${letter}$6,${c}`)
        .join(",");
    expect(marks.count([{ field: "poverty", equals: "poor" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${mark("G")})`
    );
    expect(marks.count([{ field: "poverty", equals: "near-poor" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${mark("H")})-COUNTIFS(${CLUB_PAIR},${mark("H")},${mark("G")})`
    );
    expect(marks.count([{ field: "poverty", equals: "hardship" }], CLUB)).toBe("0");
  });

  it("match a club name literally, whatever it contains", () => {
    expect(formulas.count([{ field: "club", equals: "=1+1" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${S}$C$3:$C$6,"==1+1")`
    );
    expect(formulas.count([{ field: "club", equals: "CLB *?" }], CLUB)).toBe(
      `COUNTIFS(${CLUB_PAIR},${S}$C$3:$C$6,"CLB ~*~?")`
    );
  });

  it("quote the member sheet's name, doubling its quotes", () => {
    const quoted = new MemberFormulas(
      table([member(3, "A")], { sheet: "Danh sách's 2019" }),
      INPUTS
    );
    expect(
      quoted.count([], { spans: [{ first: 3, last: 4 }], base: [{ column: 2, criterion: '"<>"' }] })
    ).toBe(`COUNTIFS('Danh sách''s 2019'!$B$3:$B$4,"<>")`);
  });
});

describe("the spellings formulas match", () => {
  it("are the spellings core reads as each canonical value", () => {
    for (const [value, typed] of Object.entries(GENDER_TEXT)) {
      expect(readGender(typed)).toEqual({ ok: true, value });
    }
    for (const [value, typed] of Object.entries(POVERTY_TEXT)) {
      expect(readPoverty(typed)).toEqual({ ok: true, value });
    }
    for (const [value, typed] of Object.entries(ROLE_TEXT)) {
      expect(readRole(typed)).toEqual({ ok: true, value });
    }
  });
});
