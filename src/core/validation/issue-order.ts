import { RULE_IDS, type RuleId } from "./catalogue";
import type { Issue } from "./issue";

/*
 * Issues are listed by sheet (in the order the tables came), row, column and rule, with a missing sheet, row or
 * column last; issues equal on all four keep the order they were found in.
 *
 * Each issue's place in that order is one number: sheet, row, column and rule packed into the 53 bits a double
 * holds exactly, so that sorting a million issues compares numbers.
 */
/** Room for 64 rules (the catalogue has 38): a rule past the room would spill into the column's bits. */
const RULE_BITS = 2 ** 6;
const COLUMN_BITS = 2 ** 15;
const ROW_BITS = 2 ** 21;
const SHEET_BITS = 2 ** 11;
const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, index) => [id, index]));

/** The part of a place for a value below `bits` (the last value stands for null), or -1 when it does not fit. */
function part(value: number | null | undefined, bits: number): number {
  if (value === null || value === undefined) return bits - 1;
  return Number.isInteger(value) && value >= 0 && value < bits - 1 ? value : -1;
}

function placeOf(issue: Issue, sheetOrder: ReadonlyMap<string, number>): number {
  const sheet = part(issue.sheet === null ? null : sheetOrder.get(issue.sheet), SHEET_BITS);
  const row = part(issue.row, ROW_BITS);
  const column = part(issue.column, COLUMN_BITS);
  if (sheet < 0 || row < 0 || column < 0) return NaN;
  return (
    ((sheet * ROW_BITS + row) * COLUMN_BITS + column) * RULE_BITS + RULE_ORDER.get(issue.rule)!
  );
}

/**
 * How far back the insertion sort moves an issue before it hands over to a full sort. Validation finds issues
 * nearly in order — row after row, a few per row — so each issue moves back a few places at most; the club
 * issues at the end, tables out of row order or two tables on one sheet move issues further.
 */
const REACH = 64;

/** Sorts the issues in place, in the order above. */
export function sortIssues(issues: Issue[], sheetOrder: ReadonlyMap<string, number>): void {
  const places = issues.map((issue) => placeOf(issue, sheetOrder));
  if (places.some(Number.isNaN)) {
    issues.sort(byFields(sheetOrder));
    return;
  }
  for (let i = 1; i < issues.length; i++) {
    const place = places[i];
    if (place >= places[i - 1]) continue;
    const issue = issues[i];
    let j = i - 1;
    for (; j >= 0 && places[j] > place && i - j <= REACH; j--) {
      places[j + 1] = places[j];
      issues[j + 1] = issues[j];
    }
    places[j + 1] = place;
    issues[j + 1] = issue;
    if (j >= 0 && places[j] > place) {
      // Too far back: the issues up to j are in order; the rest is sorted apart, then the two are merged.
      sortRest(issues, places, j + 1);
      return;
    }
  }
}

/** Sorts issues from `from` on by place, then merges them with the sorted ones before, earlier ones first. */
function sortRest(issues: Issue[], places: number[], from: number): void {
  const rest = [];
  for (let k = from; k < issues.length; k++) rest.push(k);
  rest.sort((a, b) => places[a] - places[b] || a - b);
  const restIssues = rest.map((k) => issues[k]);
  const restPlaces = rest.map((k) => places[k]);
  // From the back, so that no issue is overwritten before it is moved; on a tie the later-found one goes last.
  let head = from - 1;
  let tail = restIssues.length - 1;
  for (let out = issues.length - 1; tail >= 0; out--) {
    if (head >= 0 && places[head] > restPlaces[tail]) {
      issues[out] = issues[head];
      places[out] = places[head];
      head--;
    } else {
      issues[out] = restIssues[tail];
      places[out] = restPlaces[tail];
      tail--;
    }
  }
}

/** Nulls last: club-level issues follow the rows of their sheet. */
function compareNullable(a: number | null | undefined, b: number | null | undefined): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a - b;
}

/** The same order, compared field by field: for rows or columns too large (or odd) to pack into a place. */
function byFields(sheetOrder: ReadonlyMap<string, number>): (a: Issue, b: Issue) => number {
  const sheetIndex = (issue: Issue) => (issue.sheet === null ? null : sheetOrder.get(issue.sheet));
  return (a, b) =>
    compareNullable(sheetIndex(a), sheetIndex(b)) ||
    compareNullable(a.row, b.row) ||
    compareNullable(a.column, b.column) ||
    compareNullable(RULE_ORDER.get(a.rule), RULE_ORDER.get(b.rule));
}
