import { PLAUSIBLE_AGE, plausibleAge, type AgeBounds } from "../age";
import type { DayDate, Member, Poverty } from "../model";
import {
  INDICATOR_BY_ID,
  INDICATORS,
  type Indicator,
  type IndicatorId,
  type Term,
} from "./catalogue";
import type { ParamValues } from "./criteria";
import { ratio } from "./ratio";
import { type GroupTally, isTallyTerm, TallyPlan, type TallyTerm } from "./tallies";

/** Club reports count members aged 55 and over against those under 55 (HelpAge guidance). */
export const DEFAULT_AGE_THRESHOLD = 55;

export interface IndicatorOptions {
  /** The report's reference date: ages are counted at this date. */
  readonly referenceDate: DayDate;
  readonly ageThreshold?: number;
  /**
   * Ages a member can have (default `PLAUSIBLE_AGE`, the bounds validation checks): a birth giving an age
   * outside them is a mistyped one, and the member counts with an unknown age.
   */
  readonly plausibleAge?: AgeBounds;
  /** Clubs the plan asks for (for the period, or the cumulative target); no plan, no plan rate. */
  readonly plannedClubs?: number;
  /** Funds (member contributions, VND) the plan asks to mobilise. */
  readonly plannedFunds?: number;
  /**
   * Count members noted as having left the club ("Đã mất", "Chuyển đi") as members too. Off by default:
   * figures are about the members still in the club, and those who left are counted apart (formerMembers).
   */
  readonly countFormerMembers?: boolean;
  /**
   * Household statuses the registers cannot record ("Hộ nghèo" | "Hộ cận nghèo" ticks have no column for
   * hardship): their figures are unknown, not 0, since an unticked member may be in hardship.
   */
  readonly unrecordedPoverty?: readonly Exclude<Poverty, "none">[];
}

/** Every indicator of the catalogue by id; null where there is no figure (an empty group's share, no plan). */
export type IndicatorValues = Readonly<Record<IndicatorId, number | null>>;

export interface IndicatorResult {
  readonly total: IndicatorValues;
  /** Clubs in the order their first member appears. */
  readonly clubs: readonly { readonly club: string; readonly values: IndicatorValues }[];
}

/** Works out each indicator from the group's tallies, following `ref`s to other indicators. */
function valuesOf(
  plan: TallyPlan,
  group: GroupTally,
  params: ParamValues,
  isTotal: boolean
): IndicatorValues {
  const values: Partial<Record<IndicatorId, number | null>> = {};

  const termValue = (term: Term): number | null => {
    if ("ref" in term) return indicatorValue(INDICATOR_BY_ID[term.ref]);
    if ("param" in term) return params[term.param];
    return plan.value(group, term);
  };

  const indicatorValue = (indicator: Indicator): number | null => {
    const known = values[indicator.id];
    if (known !== undefined) return known;
    let value: number | null = null;
    if (indicator.scope === "each" || isTotal) {
      const numerator = termValue(indicator.numerator);
      const quotient =
        indicator.denominator === null
          ? numerator
          : ratio(numerator, termValue(indicator.denominator));
      value = quotient === null ? null : quotient * indicator.factor;
    }
    values[indicator.id] = value;
    return value;
  };

  for (const indicator of INDICATORS) indicatorValue(indicator);
  return values as IndicatorValues;
}

/**
 * Every catalogue indicator for each club and for all members together. Every current member's row counts, rows
 * with problems and duplicates included (validation reports those); former members are counted apart. An unknown
 * fact is counted as unknown, never spread over the known categories, and a figure resting on a fact no member
 * has a value of is unknown (null), never 0. An implausible age (a birth in the future, an age over 110) is
 * unknown.
 */
export function computeIndicators(
  members: readonly Member[],
  options: IndicatorOptions
): IndicatorResult {
  const params: ParamValues = {
    ageThreshold: options.ageThreshold ?? DEFAULT_AGE_THRESHOLD,
    plannedClubs: options.plannedClubs ?? null,
    plannedFunds: options.plannedFunds ?? null,
  };
  const plan = new TallyPlan(
    INDICATORS.flatMap(({ numerator, denominator }) =>
      [numerator, denominator].filter(
        (term): term is TallyTerm => term !== null && isTallyTerm(term)
      )
    ),
    params,
    options.unrecordedPoverty ?? []
  );

  const bounds = options.plausibleAge ?? PLAUSIBLE_AGE;
  const clubs = new Map<string, GroupTally>();
  // A club's members come together: its tally is looked up when the club changes, not per member.
  let clubName: string | null = null;
  let club: GroupTally | undefined;
  for (let m = 0; m < members.length; m++) {
    const member = members[m];
    if (member.club !== clubName || club === undefined) {
      clubName = member.club;
      club = clubs.get(clubName);
      if (club === undefined) {
        club = plan.newGroup();
        clubs.set(clubName, club);
      }
    }
    if (member.status === "former") club.former++;
    if (member.status === "current" || options.countFormerMembers) {
      plan.add(club, member, plausibleAge(member.birth, options.referenceDate, bounds));
    }
  }

  return {
    total: valuesOf(plan, plan.merge([...clubs.values()]), params, true),
    clubs: [...clubs].map(([club, group]) => ({
      club,
      values: valuesOf(plan, group, params, false),
    })),
  };
}
