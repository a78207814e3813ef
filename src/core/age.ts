import type { DayDate } from "./model";

/**
 * Age at a reference date. With only a birth year, clubs count reference year − birth year (DESIGN.md §2);
 * with a full date of birth, whole years completed at the reference date; with a month and a year ("09/1979"),
 * whole years from the first of that month, as the report's formulas count it.
 */
export function ageAt(birth: DayDate, reference: DayDate): number {
  const years = reference.year - birth.year;
  if (birth.month === undefined) return years;
  const birthDay = birth.day ?? 1;
  const refMonth = reference.month ?? 12;
  const refDay = reference.day ?? 31;
  const birthdayPassed = refMonth > birth.month || (refMonth === birth.month && refDay >= birthDay);
  return birthdayPassed ? years : years - 1;
}

/** Ages a member can have, both included. */
export interface AgeBounds {
  readonly min: number;
  readonly max: number;
}

/**
 * The ages a club member can plausibly have at the report date: outside them the birth is taken as mistyped.
 * Set by issue 4, not by a regulation: a 16-year-old can join; 110 catches 1895 typed for 1985. A birth year
 * in the future gives an age below 0, so it is outside them too. Validation flags such a birth, and the
 * indicators and the report count its age as unknown.
 */
export const PLAUSIBLE_AGE: AgeBounds = { min: 16, max: 110 };

/** The age at the reference date when it lies within the bounds; null when unknown or implausible. */
export function plausibleAge(
  birth: DayDate | null,
  reference: DayDate,
  bounds: AgeBounds = PLAUSIBLE_AGE
): number | null {
  if (birth === null) return null;
  const age = ageAt(birth, reference);
  return age >= bounds.min && age <= bounds.max ? age : null;
}
