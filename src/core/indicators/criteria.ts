import type { BoardRole, Gender, Poverty } from "../model";

/**
 * The declarative language of the indicator catalogue. A criterion names one member fact and a condition on it;
 * a count is the members meeting all its criteria. The same data is read by the JS computation (tallies.ts) and by
 * the report's formula builder, which turns each criterion into a COUNTIFS criterion pair over the member table.
 *
 * One rule for unknown values, everywhere: a member whose fact is unknown (blank or unreadable) is matched ONLY by
 * `{ known: false }`. So `notEquals: "Kinh"` counts members of a known group other than Kinh (in Excel: one of
 * the 53 other groups' names, so that "Kinhh" is not counted), and a number comparison never matches a blank,
 * exactly as in COUNTIFS.
 */

/** Member facts with a fixed set of canonical values. */
export interface CategoryFacts {
  readonly gender: Gender;
  /** Canonical group name ("Kinh", "Mông", …). */
  readonly ethnicity: string;
  /**
   * Whether the member belongs to an ethnic minority: "yes" for any group but Kinh, "no" for Kinh. Known also
   * where only a tick under "Người dân tộc thiểu số" says it.
   */
  readonly minority: "yes" | "no";
  readonly poverty: Poverty;
  readonly role: BoardRole;
  readonly club: string;
}

export type CategoryField = keyof CategoryFacts;

/**
 * "age" is derived, not read: whole years at the report's reference date (see `ageAt`), unknown when outside
 * the plausible ages (see `plausibleAge`).
 */
export type NumberField = "age" | "loan" | "contribution";

export type FactField = CategoryField | NumberField;

/** A figure set per report (a rule-profile setting); a formula points at the cell holding it. */
export type Param = "ageThreshold" | "plannedClubs" | "plannedFunds";

export type ParamValues = Readonly<Record<Param, number | null>>;

export type Bound = number | { readonly param: Param };

type CategoryCriterion = {
  [F in CategoryField]:
    | { readonly field: F; readonly equals: CategoryFacts[F] }
    | { readonly field: F; readonly notEquals: CategoryFacts[F] }
    | { readonly field: F; readonly oneOf: readonly CategoryFacts[F][] };
}[CategoryField];

/** Bounds combine: `{ atLeast: 55, below: 60 }` is 55 ≤ value < 60. */
export interface RangeCriterion {
  readonly field: NumberField;
  readonly atLeast?: Bound;
  readonly above?: Bound;
  readonly below?: Bound;
}

interface KnownCriterion {
  readonly field: FactField;
  readonly known: boolean;
}

export type Criterion = CategoryCriterion | RangeCriterion | KnownCriterion;

/** Some facts of a member (or of a class of members), by field; a missing or null fact is unknown. */
export type FactValue = string | number | null;
export type FactValues = Readonly<Partial<Record<FactField, FactValue>>>;

export type FactTest = (facts: FactValues) => boolean;

/** The fields the criteria look at, each once, in a fixed order (so equal sets compare equal). */
export function criteriaFields(criteria: readonly Criterion[]): FactField[] {
  return [...new Set(criteria.map((criterion) => criterion.field))].sort();
}

function boundValue(bound: Bound | undefined, params: ParamValues): number | null | undefined {
  if (bound === undefined || typeof bound === "number") return bound;
  return params[bound.param];
}

function isRangeCriterion(criterion: Criterion): criterion is RangeCriterion {
  return !(
    "known" in criterion ||
    "equals" in criterion ||
    "notEquals" in criterion ||
    "oneOf" in criterion
  );
}

/**
 * Every number a criterion compares a field with, ascending. Values on the same side of each of these numbers
 * meet the same criteria, which lets the computation test a criterion once per class of values.
 */
export function cutPoints(
  criteria: readonly Criterion[],
  field: NumberField,
  params: ParamValues
): number[] {
  const cuts = new Set<number>();
  for (const criterion of criteria) {
    if (criterion.field !== field || !isRangeCriterion(criterion)) continue;
    for (const bound of [criterion.atLeast, criterion.above, criterion.below]) {
      const value = boundValue(bound, params);
      if (typeof value === "number") cuts.add(value);
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

function rangeTest(criterion: RangeCriterion, params: ParamValues): FactTest {
  const atLeast = boundValue(criterion.atLeast, params);
  const above = boundValue(criterion.above, params);
  const below = boundValue(criterion.below, params);
  // An unset setting (null) makes the condition unanswerable: nobody is counted rather than everybody.
  if (atLeast === null || above === null || below === null) return () => false;
  return (facts) => {
    const value = facts[criterion.field];
    return (
      typeof value === "number" &&
      (atLeast === undefined || value >= atLeast) &&
      (above === undefined || value > above) &&
      (below === undefined || value < below)
    );
  };
}

function criterionTest(criterion: Criterion, params: ParamValues): FactTest {
  const field = criterion.field;
  if ("known" in criterion) {
    const known = criterion.known;
    return (facts) => (facts[field] != null) === known;
  }
  if ("equals" in criterion) {
    const wanted = criterion.equals;
    return (facts) => facts[field] === wanted;
  }
  if ("notEquals" in criterion) {
    const unwanted = criterion.notEquals;
    return (facts) => facts[field] != null && facts[field] !== unwanted;
  }
  if (isRangeCriterion(criterion)) return rangeTest(criterion, params);
  const wanted = new Set<FactValue | undefined>(criterion.oneOf);
  return (facts) => wanted.has(facts[field]);
}

/** One test for all criteria together (none: every member). */
export function compileCriteria(criteria: readonly Criterion[], params: ParamValues): FactTest {
  const tests = criteria.map((criterion) => criterionTest(criterion, params));
  return (facts) => tests.every((test) => test(facts));
}
