/**
 * The last answers of a function, each with the arguments it was for. CLUB.STATS and CLUB.ISSUES are volatile
 * (their date is today's when left out): Excel recalculates them on every edit anywhere in the workbook, most
 * often with their register exactly as it was. Comparing the arguments cell by cell costs a few milliseconds
 * where reading and checking 10,000 members again costs tens; any difference, one cell, the date, the
 * language, and the answer is worked out afresh.
 */
import { type CellValue, isCellError } from "../grid";
import type { Range } from "./arguments";

interface Kept<T> {
  readonly ranges: readonly Range[];
  readonly key: string;
  readonly answer: T;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return isCellError(a) && isCellError(b) && a.error === b.error;
}

function sameRange(a: Range, b: Range): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (!sameValue(x[c], y[c])) return false;
  }
  return true;
}

export class Recall<T> {
  private kept: Kept<T>[] = [];

  /** `size`: answers kept, one per register the workbook's formulas read (older ones are forgotten). */
  constructor(private readonly size: number) {}

  /**
   * The answer kept for these ranges and this key (everything else the answer depends on: the date, the
   * language, the range's place), or the one `work` gives, kept in its turn.
   */
  answer(ranges: readonly Range[], key: string, work: () => T): T {
    const index = this.kept.findIndex(
      (kept) =>
        kept.key === key &&
        kept.ranges.length === ranges.length &&
        kept.ranges.every((range, i) => sameRange(range, ranges[i]))
    );
    if (index >= 0) {
      const [found] = this.kept.splice(index, 1);
      this.kept.unshift(found);
      return found.answer;
    }
    const answer = work();
    this.kept = [{ ranges, key, answer }, ...this.kept.slice(0, this.size - 1)];
    return answer;
  }
}
