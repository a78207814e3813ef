/**
 * CLUB.COUNT, CLUB.SHARE and the shares built on them. A share divides by the non-blank cells of the range: a
 * blank cell is no member (a range often runs past the register's last row), while a member whose value cannot
 * be read is still a member, counted in the denominator and not in the category.
 */
import { genderCategory, MINORITY, readCategory, type Category } from "./categories";
import { filledCells, scalar, type Range } from "./arguments";
import { DIVISION_BY_ZERO, ok, type Outcome } from "./outcome";

export interface Tally {
  readonly count: number;
  /** Non-blank cells: the members. */
  readonly of: number;
}

export function tally(values: Range, category: Category): Outcome<Tally> {
  const cells = filledCells(values);
  if (!cells.ok) return cells;
  let count = 0;
  for (const cell of cells.value) if (category(cell)) count++;
  return ok({ count, of: cells.value.length });
}

/** count ÷ of, or #DIV/0! for a range with no member. */
export function shareOfTally(counted: Outcome<Tally>): Outcome<number> {
  if (!counted.ok) return counted;
  const { count, of } = counted.value;
  return of === 0 ? DIVISION_BY_ZERO : ok(count / of);
}

function namedCategory(category: Range): Outcome<Category> {
  const cell = scalar(category);
  return cell.ok ? readCategory(cell.value) : cell;
}

export function countOf(values: Range, category: Range): Outcome<number> {
  const named = namedCategory(category);
  if (!named.ok) return named;
  const counted = tally(values, named.value);
  return counted.ok ? ok(counted.value.count) : counted;
}

export function shareOf(values: Range, category: Range): Outcome<number> {
  const named = namedCategory(category);
  return named.ok ? shareOfTally(tally(values, named.value)) : named;
}

export function womenShareOf(genders: Range): Outcome<number> {
  return shareOfTally(tally(genders, genderCategory("female")));
}

export function minorityShareOf(ethnicities: Range): Outcome<number> {
  return shareOfTally(tally(ethnicities, MINORITY));
}
