/**
 * After the report is written and calculated, its figures are read back and compared with core's own
 * computation. A difference is not hidden: it is shown with the member cells that explain it — typed variants
 * that core reads but a COUNTIFS cannot match ("nu" for "Nữ"), and birth dates typed as text.
 */
import { type CellValue, type Grid, cellAddress, isBlank, valueAt } from "../grid";
import { factsOf, planRate, type IndicatorId, type IndicatorResult } from "../indicators";
import type { Member, MemberTable } from "../model";
import type { FigureCell } from "./layout";
import { typedText } from "./typed-values";

export interface FigureDifference {
  readonly indicator: IndicatorId;
  readonly club: string | null;
  readonly address: string;
  /** What the calculated report shows ("" for an empty share). */
  readonly report: unknown;
  /** What core computes (null: no figure, e.g. the share of an empty group). */
  readonly core: number | null;
}

/** Section I's cumulative figures count the clubs founded before the period too. */
export interface CumulativePlan {
  readonly clubsBefore: number | null;
  readonly plannedClubsTotal: number | null;
}

function coreValue(
  result: IndicatorResult,
  figure: FigureCell,
  plan: CumulativePlan
): number | null {
  if (figure.cumulative) {
    const clubs = (plan.clubsBefore ?? 0) + (result.total.clubs ?? 0);
    if (figure.indicator === "clubs") return clubs;
    return plan.plannedClubsTotal === null ? null : planRate(clubs, plan.plannedClubsTotal);
  }
  const values =
    figure.club === null ? result.total : result.clubs.find((c) => c.club === figure.club)?.values;
  return values ? values[figure.indicator] : null;
}

function agrees(report: unknown, core: number | null): boolean {
  if (core === null) return report === "" || report === null || report === undefined;
  return (
    typeof report === "number" && Math.abs(report - core) <= 1e-9 * Math.max(1, Math.abs(core))
  );
}

/** Every figure whose calculated value differs from core's. */
export function compareFigures(
  figures: readonly FigureCell[],
  values: ReadonlyMap<string, unknown>,
  result: IndicatorResult,
  plan: CumulativePlan
): FigureDifference[] {
  return figures.flatMap((figure) => {
    const core = coreValue(result, figure, plan);
    const report = values.get(figure.address);
    return agrees(report, core)
      ? []
      : [{ indicator: figure.indicator, club: figure.club, address: figure.address, report, core }];
  });
}

/** The member fields an indicator's figure depends on, following references to other indicators. */
/** A member cell that a report formula cannot count as core does. */
export interface UncountedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
  /** The text the formula counts; null when the value is not text the formula can match (a text date). */
  readonly expected: string | null;
}

const CODED = ["gender", "ethnicity", "poverty", "role"] as const;

function textMismatch(raw: CellValue, expected: string): boolean {
  return (
    typeof raw === "string" && raw.toLocaleLowerCase("vi") !== expected.toLocaleLowerCase("vi")
  );
}

/**
 * The cells of the members in `club` (all members for null) that explain a difference in `indicator`: coded
 * values typed otherwise than the text the formula matches, and births that are text rather than a year or date.
 */
export function uncountedCells(
  difference: Pick<FigureDifference, "indicator" | "club">,
  table: MemberTable,
  grid: Grid
): UncountedCell[] {
  const fields = factsOf(difference.indicator);
  // A minority is counted from the ethnicity column.
  if (fields.has("minority")) fields.add("ethnicity");
  const inClub = (m: Member) => difference.club === null || m.club === difference.club;
  const found: UncountedCell[] = [];
  for (const member of table.members.filter(inClub)) {
    for (const field of CODED) {
      const column = table.columns[field];
      const value = member[field];
      if (!fields.has(field) || column === undefined || value === null) continue;
      const raw = valueAt(grid, member.row, column);
      const expected = typedText(field, value);
      if (textMismatch(raw, expected)) {
        found.push({
          sheet: table.sheet,
          cell: cellAddress(member.row, column),
          value: String(raw),
          expected,
        });
      }
    }
    const birthColumn = table.columns.birth;
    if (fields.has("age") && birthColumn !== undefined && member.birth !== null) {
      const raw = valueAt(grid, member.row, birthColumn);
      if (typeof raw === "string" && !isBlank(raw) && !/^\s*\d{4}\s*$/.test(raw)) {
        found.push({
          sheet: table.sheet,
          cell: cellAddress(member.row, birthColumn),
          value: raw,
          expected: null,
        });
      }
    }
  }
  return found;
}
