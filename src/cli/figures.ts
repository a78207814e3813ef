/** Which catalogue indicators the command line shows, for all clubs together and for one club. */
import { INDICATORS, type Indicator, type IndicatorValues } from "../core/indicators";

/** Figures about the number of clubs (clubs, members per club) say nothing about one club. */
function countsClubs(indicator: Indicator): boolean {
  return [indicator.numerator, indicator.denominator].some(
    (term) => term !== null && ("distinct" in term || ("ref" in term && term.ref === "clubs"))
  );
}

/** A club's figures: every indicator computed for each club, except those that count clubs. */
export const CLUB_INDICATORS: readonly Indicator[] = INDICATORS.filter(
  (indicator) => indicator.scope === "each" && !countsClubs(indicator)
);

/** The total's figures: every indicator, except a plan figure for a plan that was not given. */
export function totalIndicators(total: IndicatorValues): Indicator[] {
  return INDICATORS.filter(
    (indicator) => indicator.scope === "each" || total[indicator.id] !== null
  );
}
