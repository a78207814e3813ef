/**
 * What a CLUB.* function gives back before its face turns it into Excel's terms: a value, or the kind of Excel
 * error with the message to show on it. Core decides what went wrong and says it with catalogue messages; only
 * src/functions knows the runtime's error object.
 */
import { type CellValue, isCellError } from "../grid";
import type { FunctionMessageKey } from "../i18n/messages/functions";
import type { Params } from "../i18n/text";

/** #VALUE!: an argument cannot be used; #N/A: a value was read but means nothing known; #DIV/0!: nothing to divide by. */
export type ExcelErrorKind = "value" | "na" | "div0";

/** One sentence of an error message, from the message catalogue. */
export interface MessagePart {
  readonly key: FunctionMessageKey;
  readonly params: Params;
}

export interface FunctionError {
  readonly kind: ExcelErrorKind;
  /** Sentences shown one after the other; none for #DIV/0!, which Excel shows without a message. */
  readonly message: readonly MessagePart[];
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FunctionError };

/** A failed outcome, whatever the value type it stands in for. */
export type Failure = Extract<Outcome<never>, { ok: false }>;

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(
  kind: "value" | "na",
  key: FunctionMessageKey,
  params: Params = {},
  ...more: MessagePart[]
): Failure {
  return { ok: false, error: { kind, message: [{ key, params }, ...more] } };
}

export const DIVISION_BY_ZERO: Failure = { ok: false, error: { kind: "div0", message: [] } };

/** "Did you mean “Kinh”?" after a message, when a reader has a suggestion. */
export function suggestionPart(suggestion: string | undefined): MessagePart[] {
  return suggestion === undefined ? [] : [{ key: "fn.didYouMean", params: { suggestion } }];
}

/** A value as the user sees it in its cell, for a message. */
export function shown(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
