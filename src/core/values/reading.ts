/**
 * What a value reader makes of one cell: the canonical value, or "not readable" with, when a close known
 * value exists, a suggested replacement (as the user would type it, e.g. "Kinh", "Nữ").
 */
export type Reading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly suggestion?: string };

export function readAs<T>(value: T): Reading<T> {
  return { ok: true, value };
}

/** The shared answer for an unreadable value without a suggestion. */
export const UNREADABLE: Reading<never> = { ok: false };

export function unreadable(suggestion: string | undefined): Reading<never> {
  return suggestion === undefined ? UNREADABLE : { ok: false, suggestion };
}
