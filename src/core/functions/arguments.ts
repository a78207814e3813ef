/**
 * Reading the arguments of the CLUB.* functions: a range is rows of cells, a single value a 1 × 1 range. Every
 * value goes through the core readers (dates, numbers as typed); anything else is refused with a message, never
 * skipped.
 */
import { PLAUSIBLE_AGE } from "../age";
import { type CellValue, isBlank, isCellError } from "../grid";
import { DEFAULT_AGE_THRESHOLD } from "../indicators";
import type { DayDate } from "../model";
import { readDayDate } from "../values";
import { readNumber } from "./numbers";
import { fail, ok, shown, type Outcome } from "./outcome";

/** An argument as the face hands it over: rows of core cell values. */
export type Range = readonly (readonly CellValue[])[];

/**
 * The one value of an argument that takes a single cell; null when it is blank or left out. An error cell is
 * refused: what it stands for is unknown.
 */
export function scalar(range: Range): Outcome<CellValue> {
  const cells = range.reduce((n, row) => n + row.length, 0);
  if (cells > 1) {
    const columns = range.reduce((widest, row) => Math.max(widest, row.length), 0);
    return fail("value", "fn.oneCell", { rows: range.length, columns });
  }
  const value = cells === 0 ? null : range.find((row) => row.length > 0)![0];
  return isCellError(value) ? fail("value", "fn.errorCell", { value: value.error }) : ok(value);
}

/**
 * The non-blank cells of a range, row by row. An error cell fails the whole range with its place in it (row and
 * column counted from 1 within the range): its value is unknown, and skipping it would change the figure unseen.
 */
export function filledCells(range: Range): Outcome<CellValue[]> {
  const filled: CellValue[] = [];
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (isBlank(value)) continue;
      if (isCellError(value)) {
        return fail("value", "fn.errorCellAt", { value: value.error, row: r + 1, column: c + 1 });
      }
      filled.push(value);
    }
  }
  return ok(filled);
}

/** A date argument: a year, an Excel date or a date typed as text; `fallback` (today) when left out. */
export function dateArgument(value: CellValue, fallback: DayDate): Outcome<DayDate> {
  if (isBlank(value)) return ok(fallback);
  const reading = readDayDate(value);
  return reading.ok
    ? ok(reading.value)
    : fail("value", "fn.dateUnreadable", { value: shown(value) });
}

/** An age threshold: a whole number of years (typed as a number or as text), 55 when left out. */
export function ageThresholdArgument(range: Range): Outcome<number> {
  const cell = scalar(range);
  if (!cell.ok) return cell;
  if (isBlank(cell.value)) return ok(DEFAULT_AGE_THRESHOLD);
  const age = readNumber(cell.value);
  if (age.ok && Number.isInteger(age.value) && age.value >= 0 && age.value <= PLAUSIBLE_AGE.max) {
    return age;
  }
  return fail("value", "fn.ageThreshold", { value: shown(cell.value), max: PLAUSIBLE_AGE.max });
}
