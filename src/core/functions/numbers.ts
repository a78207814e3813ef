/** Numbers as CLUB.* arguments: counts summed over a range, and single numbers or shares typed as numbers or text. */
import { type CellValue, isBlank, isCellError } from "../grid";
import { readMoney } from "../values";
import { fail, ok, shown, type Outcome } from "./outcome";
import type { Range } from "./arguments";

/**
 * A number as typed: a number, or text a careful reader takes for one ("226", "25.000", "0,82"), read as
 * amounts are read in registers. Booleans and error cells are refused rather than taken for 1, 0 or nothing.
 */
export function readNumber(value: CellValue): Outcome<number> {
  if (isCellError(value)) return fail("value", "fn.errorCell", { value: value.error });
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  if (typeof value === "string") {
    const reading = readMoney(value);
    if (reading.ok) return ok(reading.value);
  }
  return fail("value", "fn.notNumber", { value: shown(value) });
}

/** A count or a total: a number of 0 or more. */
export function readCount(value: CellValue): Outcome<number> {
  const number = readNumber(value);
  if (number.ok && number.value < 0) return fail("value", "fn.negative", { value: number.value });
  return number;
}

/**
 * A share as reports write it: a fraction (0.82, what a cell formatted 82 % holds), a percentage with its sign
 * ("82%", "82 %"), or a bare number above 1, which can only be a percentage (82 → 0.82).
 */
export function readShare(value: CellValue): Outcome<number> {
  const text = typeof value === "string" ? value.trim() : null;
  const percent = text !== null && /%$/.test(text);
  const number = readNumber(percent ? text.replace(/\s*%$/, "") : value);
  if (!number.ok) {
    if (isCellError(value)) return number;
    return fail("value", "fn.shareUnreadable", { value: shown(value) });
  }
  if (number.value < 0) return fail("value", "fn.negative", { value: number.value });
  return ok(percent || number.value > 1 ? number.value / 100 : number.value);
}

/**
 * Sums a number or a range of counts the way a careful spreadsheet user expects: blank cells count as 0, numbers
 * typed as text count as numbers, while other text, booleans, error cells and negative numbers are refused
 * rather than silently skipped (SUM would skip them).
 */
export function sumCounts(values: Range): Outcome<number> {
  let sum = 0;
  for (const row of values) {
    for (const value of row) {
      if (isBlank(value)) continue;
      const count = readCount(value);
      if (!count.ok) return count;
      sum += count.value;
    }
  }
  return ok(sum);
}
