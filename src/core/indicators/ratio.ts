/**
 * numerator / denominator, or null when there is nothing to divide by: the share of an empty group is "no figure",
 * never NaN or Infinity. A denominator below zero (a mistyped plan) gives no figure either.
 */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}
