/**
 * CLUB.STATS: the indicator catalogue over a register range, as a two-column table (label, value). The figures
 * are those `stats` gives for all members together: the same reader, the same `computeIndicators`, and the same
 * rows — every indicator but the plan figures, which need a plan that a register does not hold.
 */
import { say, type Lang } from "../i18n/text";
import { computeIndicators, INDICATORS } from "../indicators";
import { unrecordedPoverty } from "../validation";
import type { DayDate } from "../model";
import { referenceDate } from "./ages";
import { ageThresholdArgument, type Range } from "./arguments";
import { ok, type Outcome } from "./outcome";
import { memberTablesIn } from "./table-grid";

/** Label, value; a figure that cannot be computed (a share of no member) is blank, never 0. */
export type StatsRow = [label: string, value: number | string];

export function statsRows(
  table: Range,
  reportDate: Range,
  ageThreshold: Range,
  today: DayDate,
  lang: Lang
): Outcome<StatsRow[]> {
  const reference = referenceDate(reportDate, today);
  if (!reference.ok) return reference;
  const age = ageThresholdArgument(ageThreshold);
  if (!age.ok) return age;
  const register = memberTablesIn(table, null);
  if (!register.ok) return register;
  const { tables } = register.value;
  // Tables printed side by side are counted together, as the command line counts them.
  const { total } = computeIndicators(
    tables.length === 1 ? tables[0].members : tables.flatMap((t) => t.members),
    {
      unrecordedPoverty: unrecordedPoverty(tables),
      referenceDate: reference.value,
      ageThreshold: age.value,
    }
  );
  const rows: StatsRow[] = [];
  // With the threshold at 55, "under 55" is both the younger members and the first age band: listed once.
  const listed = new Set<string>();
  for (const indicator of INDICATORS) {
    if (indicator.scope !== "each") continue;
    const label = say(indicator.label, lang, { ageThreshold: age.value });
    const value = total[indicator.id] ?? "";
    if (listed.has(`${label}\t${value}`)) continue;
    listed.add(`${label}\t${value}`);
    rows.push([label, value]);
  }
  return ok(rows);
}
