/**
 * A small expression language for the data sheet's formulas: each expression renders itself as an Excel formula
 * and evaluates itself as Excel would, over the member sheet's cells. One tree, two readings: the formula written
 * into the report, and the value the report will show, known before it is written — so a cell whose formula would
 * not give core's value is found (and written as that value) instead of making a figure silently differ.
 *
 * Only what the data sheet needs, with Excel's rules for it: a blank cell is "" to text and 0 to numbers, a
 * number joined to text is its digits, comparisons of text ignore case, an error spreads until IFERROR or ISERROR.
 */
import type { CellValue } from "../../grid";
import { textLiteral } from "../a1";

/** A value as a formula sees it. `blank` is an empty cell. */
export type Value =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error" };

export interface Expr {
  readonly formula: string;
  evaluate(): Value;
}

export const BLANK: Value = { kind: "blank" };
export const ERROR: Value = { kind: "error" };
const num = (value: number): Value => ({ kind: "number", value });
const text = (value: string): Value => ({ kind: "text", value });
const bool = (value: boolean): Value => ({ kind: "boolean", value });

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, in days since 1970 (serial 25569 is 1 January 1970). */
const SERIAL_OF_EPOCH = 25_569;

/** A grid cell as a formula reads it: a date cell is its serial number. */
export function cellValue(raw: CellValue | undefined): Value {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") return Number.isFinite(raw) ? num(raw) : ERROR;
  if (typeof raw === "string") return text(raw);
  if (typeof raw === "boolean") return bool(raw);
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isNaN(time) ? ERROR : num(time / MS_PER_DAY + SERIAL_OF_EPOCH);
  }
  // An error cell (#N/A, #VALUE!) and any other value a formula cannot use.
  return ERROR;
}

function asText(v: Value): string | null {
  switch (v.kind) {
    case "blank":
      return "";
    case "text":
      return v.value;
    case "number":
      return String(v.value);
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    case "error":
      return null;
  }
}

function asNumber(v: Value): number | null {
  if (v.kind === "number") return v.value;
  if (v.kind === "blank") return 0;
  if (v.kind === "boolean") return v.value ? 1 : 0;
  return null;
}

function truthy(v: Value): boolean | null {
  if (v.kind === "boolean") return v.value;
  if (v.kind === "number") return v.value !== 0;
  if (v.kind === "blank") return false;
  return null;
}

const make = (formula: string, evaluate: () => Value): Expr => ({ formula, evaluate });

export function literal(value: string | number): Expr {
  return typeof value === "number"
    ? make(String(value), () => num(value))
    : make(textLiteral(value), () => text(value));
}

/** A cell reference ('Danh sách'!D12) and the value it holds. */
export function ref(address: string, raw: CellValue | undefined): Expr {
  const value = cellValue(raw);
  return make(address, () => value);
}

/** A date written as DATE(y, m, d): right in either of Excel's date systems. */
export function date(year: number, month: number, day: number): Expr {
  const serial = Date.UTC(year, month - 1, day) / MS_PER_DAY + SERIAL_OF_EPOCH;
  return make(`DATE(${year},${month},${day})`, () => num(serial));
}

/** DATE(y, m, d) of expressions: a day past the month's end rolls into the next month, as in Excel. */
export function dateOf(year: Expr, month: Expr, day: Expr): Expr {
  return make(`DATE(${year.formula},${month.formula},${day.formula})`, () => {
    const [y, m, d] = [year, month, day].map((e) => asNumber(e.evaluate()));
    if (y === null || m === null || d === null) return ERROR;
    return num(
      Date.UTC(Math.floor(y), Math.floor(m) - 1, Math.floor(d)) / MS_PER_DAY + SERIAL_OF_EPOCH
    );
  });
}

/** Excel's equality: text ignoring case, a blank equal to "" and to 0. */
function equal(a: Value, b: Value): Value {
  if (a.kind === "error" || b.kind === "error") return ERROR;
  if (a.kind === "blank" && b.kind === "blank") return bool(true);
  if (a.kind === "blank") return equal(b.kind === "number" ? num(0) : text(""), b);
  if (b.kind === "blank") return equal(a, a.kind === "number" ? num(0) : text(""));
  if (a.kind !== b.kind) return bool(false);
  if (a.kind === "text" && b.kind === "text") {
    return bool(a.value.toLowerCase() === b.value.toLowerCase());
  }
  return bool((a as { value: unknown }).value === (b as { value: unknown }).value);
}

export function eq(a: Expr, b: Expr): Expr {
  return make(`${a.formula}=${b.formula}`, () => equal(a.evaluate(), b.evaluate()));
}

export function ne(a: Expr, b: Expr): Expr {
  return make(`${a.formula}<>${b.formula}`, () => {
    const e = equal(a.evaluate(), b.evaluate());
    return e.kind === "boolean" ? bool(!e.value) : e;
  });
}

/** Excel's order of values: numbers, then text (ignoring case), then FALSE and TRUE; a blank is 0, "" or FALSE. */
function order(a: Value, b: Value): number | null {
  if (a.kind === "error" || b.kind === "error") return null;
  const blankAs = (other: Value): Value =>
    other.kind === "text" ? text("") : other.kind === "boolean" ? bool(false) : num(0);
  const x = a.kind === "blank" ? blankAs(b) : a;
  const y = b.kind === "blank" ? blankAs(a) : b;
  const rank = (v: Value) => (v.kind === "number" ? 0 : v.kind === "text" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (x.kind === "text" && y.kind === "text") {
    const [p, q] = [x.value.toLowerCase(), y.value.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number((x as { value: unknown }).value) - Number((y as { value: unknown }).value);
}

function compareNumbers(op: "<" | "<=" | ">" | ">=") {
  return (a: Expr, b: Expr): Expr =>
    make(`${a.formula}${op}${b.formula}`, () => {
      const d = order(a.evaluate(), b.evaluate());
      if (d === null) return ERROR;
      return bool(op === "<" ? d < 0 : op === "<=" ? d <= 0 : op === ">" ? d > 0 : d >= 0);
    });
}

export const lt = compareNumbers("<");
export const le = compareNumbers("<=");
export const gt = compareNumbers(">");
export const ge = compareNumbers(">=");

export function ifThen(condition: Expr, then: Expr, otherwise: Expr): Expr {
  return make(`IF(${condition.formula},${then.formula},${otherwise.formula})`, () => {
    const c = truthy(condition.evaluate());
    if (c === null) return ERROR;
    return c ? then.evaluate() : otherwise.evaluate();
  });
}

function logical(name: "AND" | "OR", all: boolean) {
  return (...parts: Expr[]): Expr =>
    make(`${name}(${parts.map((p) => p.formula).join(",")})`, () => {
      const values = parts.map((p) => truthy(p.evaluate()));
      if (values.includes(null)) return ERROR;
      return bool(all ? values.every(Boolean) : values.some(Boolean));
    });
}

export const and = logical("AND", true);
export const or = logical("OR", false);

export function isNumber(x: Expr): Expr {
  return make(`ISNUMBER(${x.formula})`, () => bool(x.evaluate().kind === "number"));
}

export function isLogical(x: Expr): Expr {
  return make(`ISLOGICAL(${x.formula})`, () => bool(x.evaluate().kind === "boolean"));
}

export function isError(x: Expr): Expr {
  return make(`ISERROR(${x.formula})`, () => bool(x.evaluate().kind === "error"));
}

export function ifError(x: Expr, fallback: Expr): Expr {
  return make(`IFERROR(${x.formula},${fallback.formula})`, () => {
    const v = x.evaluate();
    return v.kind === "error" ? fallback.evaluate() : v;
  });
}

/** LEN(TRIM(x)): the length without Excel's spaces (leading, trailing, repeated). */
export function trimmedLength(x: Expr): Expr {
  return make(`LEN(TRIM(${x.formula}))`, () => {
    const t = asText(x.evaluate());
    return t === null ? ERROR : num(t.replace(/ +/g, " ").replace(/^ | $/g, "").length);
  });
}

export function concat(...parts: Expr[]): Expr {
  return make(parts.map((p) => p.formula).join("&"), () => {
    const texts = parts.map((p) => asText(p.evaluate()));
    return texts.includes(null) ? ERROR : text(texts.join(""));
  });
}

/** LEFT(x, n). */
export function left(x: Expr, length: number): Expr {
  return make(`LEFT(${x.formula},${length})`, () => {
    const t = asText(x.evaluate());
    return t === null ? ERROR : text(t.slice(0, length));
  });
}

/** ~ * ? escaped with ~, so that a look-up matches them literally. */
export function escapeWildcards(x: Expr): Expr {
  return make(`SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${x.formula},"~","~~"),"*","~*"),"?","~?")`, () =>
    x.evaluate()
  );
}

export function int(x: Expr): Expr {
  return make(`INT(${x.formula})`, () => {
    const n = asNumber(x.evaluate());
    return n === null ? ERROR : num(Math.floor(n));
  });
}

/** x × factor, rounded to whole đồng when the factor is a unit (thousands, millions). */
export function scaled(x: Expr, factor: number): Expr {
  if (factor === 1) return x;
  return make(`ROUND(${x.formula}*${factor},0)`, () => {
    const n = asNumber(x.evaluate());
    return n === null ? ERROR : num(Math.round(n * factor));
  });
}

/** VLOOKUP(key, table, 2, FALSE) over the vocabulary, found as Excel finds it. */
export function lookup(
  key: Expr,
  table: string,
  find: (key: string) => string | number | undefined
): Expr {
  return make(`VLOOKUP(${key.formula},${table},2,FALSE)`, () => {
    const k = asText(key.evaluate());
    if (k === null) return ERROR;
    const found = find(k);
    if (found === undefined) return ERROR;
    return typeof found === "number" ? num(found) : text(found);
  });
}

/** The value as the data sheet holds it: a text, a number, or "" for unknown. */
export function plain(v: Value): string | number {
  if (v.kind === "number") return v.value;
  if (v.kind === "text") return v.value;
  return "";
}
