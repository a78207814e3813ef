import { ratio } from "./ratio";

/**
 * Plan completion: the share of a planned figure achieved, for a period (7 of 7 clubs in 2019 → 1) or cumulatively
 * against a target (18 of 25 clubs by 2020 → 0.72). Over plan is allowed (30 of 25 → 1.2).
 * A plan that is not a positive number gives no rate (null); the caller decides what to tell the user.
 */
export function planRate(achieved: number, planned: number): number | null {
  return ratio(achieved, planned);
}
