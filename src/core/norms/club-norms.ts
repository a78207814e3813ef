/**
 * Each club's figures beside the profile's norms: members per club and the shares the programme sets floors for,
 * each with its count, its base, and which side of the norm it falls — the same comparison the club rules make.
 * A share no member's value is known for is unknown, never 0.
 */
import type { IndicatorId, IndicatorValues } from "../indicators";
import { crossedNorm, type RuleProfile, type ShareNorm } from "../validation/profiles";

export type NormStatus = "below" | "above" | "within" | "no-norm" | "unknown";

export interface NormFigure {
  /** Members counted, or null when unknown. */
  readonly count: number | null;
  /** The club's members: what shares divide by. */
  readonly of: number;
  readonly share: number | null;
  readonly norm: { readonly min: number | null; readonly max: number | null } | null;
  readonly status: NormStatus;
}

export const NORM_MEASURES = ["members", "women", "older", "younger", "poor"] as const;
export type NormMeasure = (typeof NORM_MEASURES)[number];

export interface ClubNorms {
  readonly club: string;
  readonly figures: Readonly<Record<NormMeasure, NormFigure>>;
}

/** The indicators a share counts, the one counting members whose value is unknown, and the profile's norm. */
const SHARES: Readonly<
  Record<
    Exclude<NormMeasure, "members">,
    { count: IndicatorId; unknown: IndicatorId; norm: (p: RuleProfile) => ShareNorm | null }
  >
> = {
  women: { count: "women", unknown: "genderUnknown", norm: (p) => p.women },
  older: { count: "olderMembers", unknown: "ageUnknown", norm: (p) => p.older },
  younger: { count: "youngerMembers", unknown: "ageUnknown", norm: (p) => p.younger },
  // The rules' "poor" share counts poor, near-poor and hardship households together.
  poor: { count: "disadvantaged", unknown: "povertyUnknown", norm: (p) => p.poor },
};

function shareFigure(
  values: IndicatorValues,
  measure: Exclude<NormMeasure, "members">,
  profile: RuleProfile
): NormFigure {
  const { count: countId, unknown, norm: normOf } = SHARES[measure];
  const of = values.members ?? 0;
  const count = values[countId];
  const norm = normOf(profile);
  const known = of - (values[unknown] ?? of);
  if (count === null || of === 0 || known === 0)
    return { count: null, of, share: null, norm, status: "unknown" };
  const share = count / of;
  const status = norm === null ? "no-norm" : (crossedNorm(share, norm) ?? "within");
  return { count, of, share, norm, status };
}

function membersFigure(values: IndicatorValues, profile: RuleProfile): NormFigure {
  const count = values.members ?? 0;
  const size = profile.clubSize;
  const norm = size === null ? null : { min: size.min, max: size.max };
  const status =
    norm === null ? "no-norm" : (crossedNorm(count, { min: norm.min, max: norm.max }) ?? "within");
  return { count, of: count, share: null, norm, status };
}

export function clubNorms(
  clubs: readonly { readonly club: string; readonly values: IndicatorValues }[],
  profile: RuleProfile
): ClubNorms[] {
  return clubs.map(({ club, values }) => ({
    club,
    figures: {
      members: membersFigure(values, profile),
      women: shareFigure(values, "women", profile),
      older: shareFigure(values, "older", profile),
      younger: shareFigure(values, "younger", profile),
      poor: shareFigure(values, "poor", profile),
    },
  }));
}
