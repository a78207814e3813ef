import type { Lang } from "../i18n/text";
import type { DayDate } from "../model";

/** How each language writes numbers in messages: Vietnamese groups thousands with "." and uses a decimal comma. */
const SEPARATORS: Readonly<Record<Lang, { readonly thousands: string; readonly decimal: string }>> =
  {
    vi: { thousands: ".", decimal: "," },
    en: { thousands: ",", decimal: "." },
  };

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * The digits of a number as its shortest text gives them, never in exponent form: 1e23 → "100000000000000000000000"
 * (the number typed, not the binary double's 99999999999999991611392).
 */
function plainDigits(value: number): string {
  const text = String(value);
  if (!text.includes("e")) return text;
  const [mantissa, exponent] = value.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const shift = Number(exponent) - (digits.length - 1);
  return shift >= 0 ? digits + "0".repeat(shift) : text;
}

/** Beyond this a number has no hundredths to round (and multiplying it by 100 could overflow). */
const NO_FRACTION = 2 ** 52;

/**
 * 25000000 → "25.000.000" (vi) / "25,000,000" (en); a fraction keeps up to two decimals. A number too large to
 * be exact still prints as digits; a value that is not a number at all prints as "—", never "Infinity".
 */
export function formatAmount(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return "—";
  const { thousands, decimal } = SEPARATORS[lang];
  const abs = Math.abs(value);
  const rounded = abs < NO_FRACTION ? Math.round(abs * 100) / 100 : abs;
  const [whole, fraction] = plainDigits(rounded).split(".");
  const sign = value < 0 ? "-" : "";
  return sign + groupThousands(whole, thousands) + (fraction ? decimal + fraction : "");
}

/** 0.69538 → "69,5 %" (vi) / "69.5 %" (en): one decimal, none when it is 0, as reports print shares. */
export function formatShare(share: number, lang: Lang): string {
  const percent = Math.round(share * 1000) / 10;
  return String(percent).replace(".", SEPARATORS[lang].decimal) + " %";
}

/** As Vietnam writes dates in both languages: "31/12/2026"; "12/2026" or "2026" when only those are known. */
export function formatDay(date: DayDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${two(date.month)}/${date.year}`;
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}
