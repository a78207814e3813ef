/**
 * CLUB.AGE and CLUB.AGESHARE: ages at a date as core counts them (reference year − birth year, or whole years
 * from a full date of birth), and an age outside the plausible bounds is unknown, as in `check` and `stats`.
 */
import { ageAt, PLAUSIBLE_AGE, plausibleAge } from "../age";
import { isBlank } from "../grid";
import type { DayDate } from "../model";
import { formatDay } from "../validation/format";
import { readDayDate } from "../values";
import { ageThresholdArgument, dateArgument, filledCells, scalar, type Range } from "./arguments";
import { fail, ok, shown, type Outcome } from "./outcome";
import { shareOfTally } from "./shares";

export function ageOf(birth: Range, asOf: Range, today: DayDate): Outcome<number> {
  const cell = scalar(birth);
  if (!cell.ok) return cell;
  if (isBlank(cell.value)) return fail("na", "fn.blank");
  const born = readDayDate(cell.value);
  if (!born.ok) return fail("value", "fn.birthUnreadable", { value: shown(cell.value) });
  const reference = referenceDate(asOf, today);
  if (!reference.ok) return reference;
  const age = plausibleAge(born.value, reference.value);
  if (age !== null) return ok(age);
  return fail("na", "fn.ageImplausible", {
    value: shown(cell.value),
    age: ageAt(born.value, reference.value),
    reference: formatDay(reference.value),
    min: PLAUSIBLE_AGE.min,
    max: PLAUSIBLE_AGE.max,
  });
}

/** Members whose known age at the date is `minAge` or more, out of the non-blank cells. */
export function ageShareOf(
  births: Range,
  minAge: Range,
  asOf: Range,
  today: DayDate
): Outcome<number> {
  const age = ageThresholdArgument(minAge);
  if (!age.ok) return age;
  const reference = referenceDate(asOf, today);
  if (!reference.ok) return reference;
  const cells = filledCells(births);
  if (!cells.ok) return cells;
  let count = 0;
  for (const cell of cells.value) {
    const born = readDayDate(cell);
    const years = born.ok ? plausibleAge(born.value, reference.value) : null;
    if (years !== null && years >= age.value) count++;
  }
  return shareOfTally(ok({ count, of: cells.value.length }));
}

/** The date ages are counted at: the argument, or today when it is left out. */
export function referenceDate(asOf: Range, today: DayDate): Outcome<DayDate> {
  const cell = scalar(asOf);
  return cell.ok ? dateArgument(cell.value, today) : cell;
}
