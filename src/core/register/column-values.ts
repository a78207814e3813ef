/**
 * Two layouts share a header and differ only in what is written under it: "Nam" | "Nữ" hold years (the split
 * birth layout) or ticks (gender marks); "Dân tộc thiểu số" holds group names (blank is Kinh) or ticks. The
 * values under the header tell which, over the first rows of data.
 */
import { isBlank, type CellValue } from "../grid";
import { cleanText } from "../text/clean-text";
import { isMark, readDayDate, readEthnicity } from "../values";

/** How many data rows are looked at to tell a layout from its twin. */
export const VALUE_SAMPLE_ROWS = 200;

export interface ValueCounts {
  readonly filled: number;
  /** x, ✓, 1, "có" … */
  readonly marks: number;
  /** Years and dates a birth can be, and texts holding a year ("khoảng 1950"). */
  readonly dates: number;
  /** Names of ethnic groups. */
  readonly groups: number;
}

const HOLDS_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

export function countValues(values: readonly CellValue[]): ValueCounts {
  let filled = 0;
  let marks = 0;
  let dates = 0;
  let groups = 0;
  for (const value of values) {
    if (isBlank(value)) continue;
    filled++;
    if (isMark(value)) marks++;
    else if (readDayDate(value).ok || (typeof value === "string" && HOLDS_YEAR.test(value)))
      dates++;
    else if (typeof value === "string" && readEthnicity(cleanText(value).text).ok) groups++;
  }
  return { filled, marks, dates, groups };
}

export function addCounts(a: ValueCounts, b: ValueCounts): ValueCounts {
  return {
    filled: a.filled + b.filled,
    marks: a.marks + b.marks,
    dates: a.dates + b.dates,
    groups: a.groups + b.groups,
  };
}

/**
 * Years under "Nam" | "Nữ" rather than ticks; when the values do not tell (none, or as many of each), the
 * group header does: years under "Năm sinh".
 */
export function holdsYears(counts: ValueCounts, underBirth: boolean): boolean {
  return counts.dates === counts.marks ? underBirth : counts.dates > counts.marks;
}

/** Group names under "Dân tộc thiểu số" rather than ticks. */
export function holdsGroupNames(counts: ValueCounts): boolean {
  return counts.groups > counts.marks;
}
