import type { DayDate } from "./model";

/**
 * Age at a reference date. With only a birth year, clubs count reference year − birth year (DESIGN.md §2);
 * with a full date of birth, whole years completed at the reference date.
 */
export function ageAt(birth: DayDate, reference: DayDate): number {
  const years = reference.year - birth.year;
  if (birth.month === undefined || birth.day === undefined) return years;
  const refMonth = reference.month ?? 12;
  const refDay = reference.day ?? 31;
  const birthdayPassed =
    refMonth > birth.month || (refMonth === birth.month && refDay >= birth.day);
  return birthdayPassed ? years : years - 1;
}
