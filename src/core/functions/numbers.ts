import { type CellValue, isBlank, isCellError } from "../grid";

/** Why a numeric argument of a CLUB.* function was refused; the face turns it into #VALUE! with a message. */
export type ArgumentProblem =
  | { readonly kind: "error-cell"; readonly value: string }
  | { readonly kind: "not-number"; readonly value: string }
  | { readonly kind: "negative"; readonly value: number };

export type SumResult =
  | { readonly ok: true; readonly sum: number }
  | { readonly ok: false; readonly problem: ArgumentProblem };

/**
 * Sums a number or a range of counts the way a careful spreadsheet user expects: blank cells count as 0, while
 * text, booleans, error cells and negative numbers are refused rather than silently skipped (SUM would skip them).
 */
export function sumCounts(values: readonly (readonly CellValue[])[]): SumResult {
  let sum = 0;
  for (const row of values) {
    for (const value of row) {
      if (isBlank(value)) continue;
      if (isCellError(value))
        return { ok: false, problem: { kind: "error-cell", value: value.error } };
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return { ok: false, problem: { kind: "not-number", value: String(value) } };
      }
      if (value < 0) return { ok: false, problem: { kind: "negative", value } };
      sum += value;
    }
  }
  return { ok: true, sum };
}
