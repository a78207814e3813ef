import {
  compileCriteria,
  type Criterion,
  cutPoints,
  type FactValues,
  type ParamValues,
} from "../../../src/core/indicators/criteria";

const PARAMS: ParamValues = { ageThreshold: 55, plannedClubs: null, plannedFunds: null };

function matches(criteria: Criterion[], facts: FactValues, params = PARAMS): boolean {
  return compileCriteria(criteria, params)(facts);
}

describe("criteria", () => {
  it("match only known values with equals, notEquals and oneOf", () => {
    expect(matches([{ field: "ethnicity", equals: "Kinh" }], { ethnicity: "Kinh" })).toBe(true);
    expect(matches([{ field: "ethnicity", notEquals: "Kinh" }], { ethnicity: "Mông" })).toBe(true);
    expect(matches([{ field: "ethnicity", notEquals: "Kinh" }], { ethnicity: "Kinh" })).toBe(false);
    expect(matches([{ field: "ethnicity", notEquals: "Kinh" }], { ethnicity: null })).toBe(false);
    expect(matches([{ field: "ethnicity", oneOf: ["Mông", "Dao"] }], { ethnicity: "Mông" })).toBe(
      true
    );
    expect(matches([{ field: "ethnicity", oneOf: ["Mông", "Dao"] }], { ethnicity: null })).toBe(
      false
    );
  });

  it("match unknown values with known: false only", () => {
    expect(matches([{ field: "ethnicity", known: false }], { ethnicity: null })).toBe(true);
    expect(matches([{ field: "ethnicity", known: false }], { ethnicity: "Kinh" })).toBe(false);
    expect(matches([{ field: "ethnicity", known: true }], { ethnicity: "Kinh" })).toBe(true);
  });

  it("combine bounds, and never match an unknown number", () => {
    const band: Criterion[] = [{ field: "age", atLeast: 55, below: 60 }];
    expect(matches(band, { age: 55 })).toBe(true);
    expect(matches(band, { age: 59 })).toBe(true);
    expect(matches(band, { age: 60 })).toBe(false);
    expect(matches(band, { age: 54 })).toBe(false);
    expect(matches(band, { age: null })).toBe(false);
    expect(matches([{ field: "loan", above: 0 }], { loan: 0 })).toBe(false);
    expect(matches([{ field: "loan", above: 0 }], { loan: 1 })).toBe(true);
  });

  it("read a bound from the report's settings, and match nobody when the setting is not given", () => {
    const older: Criterion[] = [{ field: "age", atLeast: { param: "ageThreshold" } }];
    expect(matches(older, { age: 60 })).toBe(true);
    expect(matches(older, { age: 60 }, { ...PARAMS, ageThreshold: 65 })).toBe(false);
    expect(matches(older, { age: 60 }, { ...PARAMS, ageThreshold: null })).toBe(false);
  });

  it("require every criterion; none at all matches everybody", () => {
    const both: Criterion[] = [
      { field: "gender", equals: "female" },
      { field: "role", oneOf: ["chair", "vice-chair", "board-member"] },
    ];
    expect(matches(both, { gender: "female", role: "chair" })).toBe(true);
    expect(matches(both, { gender: "male", role: "chair" })).toBe(false);
    expect(matches([], {})).toBe(true);
  });
});

describe("cutPoints", () => {
  it("lists every number a field is compared with, settings included, once and ascending", () => {
    const criteria: Criterion[] = [
      { field: "age", atLeast: 60, below: 70 },
      { field: "age", below: { param: "ageThreshold" } },
      { field: "age", atLeast: 60 },
      { field: "age", known: false },
      { field: "loan", above: 0 },
    ];
    expect(cutPoints(criteria, "age", PARAMS)).toEqual([55, 60, 70]);
    expect(cutPoints(criteria, "loan", PARAMS)).toEqual([0]);
    expect(cutPoints(criteria, "contribution", PARAMS)).toEqual([]);
  });
});
