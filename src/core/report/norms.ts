/**
 * The norms a club is held against, read from the rule profile (QĐ 1336/QĐ-TTg and the province's plan): each a
 * catalogue figure of the club and its bounds. The report compares the figure's cell with the bounds in a live
 * formula, so a verdict follows the register as the figures do.
 */
import type { IndicatorId } from "../indicators/catalogue";
import type { RuleProfile } from "../validation/profiles";

export type NormId = "size" | "women" | "older" | "younger" | "poor";

export interface Norm {
  readonly id: NormId;
  /** The figure compared: the club's members, or a share of them. */
  readonly indicator: IndicatorId;
  readonly min: number | null;
  readonly max: number | null;
  /** Where it comes from ("QĐ 1336/QĐ-TTg"). */
  readonly source: string;
}

/** The profile's norms in report order; a norm the profile does not set is left out. */
export function normsOf(profile: RuleProfile): Norm[] {
  const norms: Norm[] = [];
  if (profile.clubSize) {
    norms.push({ id: "size", indicator: "members", ...profile.clubSize });
  }
  const shares = [
    ["women", "womenShare", profile.women],
    ["older", "olderShare", profile.older],
    ["younger", "youngerShare", profile.younger],
    // Poor, near-poor or in hardship together, as provincial plans set it.
    ["poor", "disadvantagedShare", profile.poor],
  ] as const;
  for (const [id, indicator, norm] of shares) {
    if (norm && (norm.min !== null || norm.max !== null)) {
      norms.push({ id, indicator, min: norm.min, max: norm.max, source: norm.source });
    }
  }
  return norms;
}

/**
 * The verdict formula for a club's figure in `cell`: `met` or `unmet` (formula string literals), blank when the
 * figure is (a share of no members). Bounds are written as numbers from the profile.
 */
export function verdictFormula(norm: Norm, cell: string, met: string, unmet: string): string {
  const tests = [
    norm.min === null ? null : `${cell}>=${norm.min}`,
    norm.max === null ? null : `${cell}<=${norm.max}`,
  ].filter((t): t is string => t !== null);
  const test = tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`;
  const blank = norm.id === "size" ? `N(${cell})=0` : `${cell}=""`;
  return `IF(${blank},"",IF(${test},${met},${unmet}))`;
}
