import { PLAUSIBLE_AGE, type AgeBounds } from "../age";

/**
 * Rule profiles: the programme norms a club is checked against. They are settings, not constants — provinces
 * differ — so every threshold can be changed; the two built-in profiles carry the defaults of DESIGN.md §2.
 * Shares are fractions (0.6 = 60 %); a bound of null is not checked.
 */

export interface ShareNorm {
  readonly min: number | null;
  readonly max: number | null;
  /** Where the norm comes from, quoted in the message (e.g. "QĐ 1336/QĐ-TTg"). */
  readonly source: string;
}

export interface RuleProfile {
  readonly id: string;
  /** Members per club. */
  readonly clubSize: { readonly min: number; readonly max: number; readonly source: string } | null;
  readonly women: ShareNorm | null;
  /** Members aged `olderAge` or over. */
  readonly older: ShareNorm | null;
  /** Members under `olderAge`. */
  readonly younger: ShareNorm | null;
  /** Members of poor, near-poor or hardship households. */
  readonly poor: ShareNorm | null;
  /** People on the board: chair, vice-chairs and board members. */
  readonly boardSize: { readonly size: number; readonly source: string } | null;
  /** Whether a club must name exactly one chair. */
  readonly oneChair: boolean;
  /** The age from which a member counts as older. */
  readonly olderAge: number;
  /** Ages a member can plausibly have at the report date; outside them the year of birth is taken as mistyped. */
  readonly memberAge: AgeBounds;
  /**
   * The largest contribution or loan one member can plausibly have, in VND; above it the amount is taken as
   * mistyped (digits typed twice, a pasted ID number). null: not checked.
   */
  readonly maxAmount: number | null;
}

/**
 * 10 billion đồng: far above any loan or contribution of a self-help club (seed funds are tens of millions per
 * club), and low enough to catch an amount typed with a few digits too many.
 */
export const MAX_AMOUNT = 10_000_000_000;

const QD_1336 = "QĐ 1336/QĐ-TTg";
const QD_307 = "QĐ 307/QĐ-UBND";

/**
 * The national programme to 2025, Decision 1336/QĐ-TTg (2020): 50–70 members per club, 60–70 % women,
 * 60–70 % older people, 30–40 % younger people. Older and younger shares are complements, so their two floors
 * already bound both from above (older ≥ 60 % and younger ≥ 30 % ⇔ older 60–70 %); ceilings on them too would
 * only repeat the same finding.
 */
export const NATIONAL_PROFILE: RuleProfile = {
  id: "national",
  clubSize: { min: 50, max: 70, source: QD_1336 },
  women: { min: 0.6, max: 0.7, source: QD_1336 },
  older: { min: 0.6, max: null, source: QD_1336 },
  younger: { min: 0.3, max: null, source: QD_1336 },
  // The decision gives priority to people in hardship without a figure.
  poor: null,
  // HelpAge guidance on ISHC boards.
  boardSize: { size: 5, source: "HelpAge" },
  // A club is led by one chair (Chủ nhiệm) in the HelpAge model and in the national programme.
  oneChair: true,
  // Club reports count members aged 55+ (HelpAge priority); the Law on the Elderly (2009) says 60: a setting.
  olderAge: 55,
  memberAge: PLAUSIBLE_AGE,
  maxAmount: MAX_AMOUNT,
};

/**
 * Lai Châu's provincial plan, Decision 307/QĐ-UBND (2017), on top of the national norms: ≥ 70 % older people and
 * 60–70 % poor, near-poor or in hardship. Its older floor leaves no room for the national 30 % younger floor
 * (they meet only at exactly 70/30), so that one is not checked.
 */
export const LAICHAU_PROFILE: RuleProfile = {
  ...NATIONAL_PROFILE,
  id: "laichau",
  older: { min: 0.7, max: null, source: QD_307 },
  younger: null,
  poor: { min: 0.6, max: 0.7, source: QD_307 },
};

/** Which side of its norm a share falls, or null when within it: one comparison for the rules and the pane. */
export function crossedNorm(
  share: number,
  norm: { readonly min: number | null; readonly max: number | null }
): "below" | "above" | null {
  if (norm.min !== null && share < norm.min) return "below";
  if (norm.max !== null && share > norm.max) return "above";
  return null;
}

export const PROFILES: Readonly<Record<string, RuleProfile>> = {
  national: NATIONAL_PROFILE,
  laichau: LAICHAU_PROFILE,
};

/** A built-in profile by its id ("national", "laichau"), or null for an unknown id. */
export function profileById(id: string): RuleProfile | null {
  return Object.prototype.hasOwnProperty.call(PROFILES, id) ? PROFILES[id] : null;
}
