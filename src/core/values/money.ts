import type { CellValue } from "../grid";
import { memoize } from "../memo";
import { readAs, UNREADABLE, type Reading } from "./reading";

/** Words for thousand, million, billion; "tr" and "k" are how amounts are jotted down. */
const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/^(?:tỷ|tỉ|ty|ti)/, 1e9],
  [/^(?:triệu|trieu|tr)/, 1e6],
  [/^(?:nghìn|nghin|ngàn|ngan|k)/, 1e3],
];

const CURRENCY = /\s*\.?\s*(?:vnđ|vnd|đồng|dong|₫|đ|d)\.?$/;

/** Digits grouped by spaces ("25 000 000"), or digits with dots and commas. */
const AMOUNT = /^(\d{1,3}(?: \d{3})+(?![\d.,])|[\d.,]*\d)/;

/**
 * The digits of "25.000.000", "25,000,000", "25,5", "2,5" as an exact scaled integer (so that 1,1 triệu is
 * 1 100 000, not 1 100 000.0000000002), or null.
 * Vietnam writes a dot for thousands and a comma for decimals, English-style sheets the reverse, so: with both
 * marks the last one is the decimal mark; one mark repeated is a thousands separator; one single mark followed
 * by exactly three digits after a 1–3 digit lead is a thousands separator ("25.000", "1,500"), otherwise a
 * decimal mark ("25,5", "0,500"). Thousands groups must be well formed (1–3 digits, then groups of 3).
 */
function parseAmount(text: string): { digits: number; scale: number } | null {
  const plain = text.replace(/ /g, "");
  const marks = plain.replace(/\d/g, "");
  let whole = plain;
  let fraction = "";
  if (marks !== "") {
    const last = marks[marks.length - 1];
    const lastAt = plain.lastIndexOf(last);
    const after = plain.slice(lastAt + 1);
    const mixed = new Set(marks).size > 1;
    const thousands = after.length === 3 && /^[1-9]\d{0,2}[.,]/.test(plain);
    if (mixed || (marks.length === 1 && !thousands)) {
      whole = plain.slice(0, lastAt);
      fraction = after;
    }
  }
  const groups = whole.split(/[.,]/);
  const wellGrouped =
    groups.length === 1 || groups.every((g, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g));
  if (!wellGrouped || groups[0] === "" || new Set(whole.replace(/\d/g, "")).size > 1) return null;
  return { digits: Number(groups.join("") + fraction), scale: 10 ** fraction.length };
}

/**
 * A sum of money in VND as typed: "25.000.000", "25,000,000", "25 000 000", "25000000 đ", "25.000.000 VNĐ",
 * "25 triệu", "25tr", "2,5 triệu", "1,5 tỷ", "500 nghìn", "500k", "1 tỷ 500 triệu", "25,5", "-500.000".
 * Negative amounts are read as negative (validation flags them). Anything else is unreadable.
 */
function readMoneyText(text: string): Reading<number> {
  let rest = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim();
  const sign = /^[-−]\s*/.test(rest) ? -1 : 1;
  rest = rest.replace(/^[-−]\s*/, "").replace(CURRENCY, "");
  let total = 0;
  let previousMultiplier = Infinity;
  let pieces = 0;
  while (rest !== "") {
    const amount = AMOUNT.exec(rest);
    if (!amount) return UNREADABLE;
    const parsed = parseAmount(amount[1]);
    if (!parsed) return UNREADABLE;
    rest = rest.slice(amount[1].length).trimStart();
    const unit = MULTIPLIERS.find(([word]) => word.test(rest));
    const multiplier = unit ? unit[1] : 1;
    // "1 tỷ 500 triệu" adds up; "1 triệu 500" or "500 1 triệu" does not say what it means.
    if (multiplier >= previousMultiplier || (pieces > 0 && !unit)) return UNREADABLE;
    if (unit) rest = rest.replace(unit[0], "").trimStart();
    total += (parsed.digits * multiplier) / parsed.scale;
    previousMultiplier = multiplier;
    pieces++;
  }
  // Four hundred digits make Infinity: not an amount.
  return pieces === 0 || !Number.isFinite(total) ? UNREADABLE : readAs(sign * total);
}

const readMoneyTextOnce = memoize(readMoneyText);

export function readMoney(v: CellValue): Reading<number> {
  if (typeof v === "number") return Number.isFinite(v) ? readAs(v) : UNREADABLE;
  if (typeof v === "string") return readMoneyTextOnce(v);
  return UNREADABLE;
}
