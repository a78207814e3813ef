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

/** 25000000 → "25.000.000" (vi) / "25,000,000" (en); a fraction keeps up to two decimals. */
export function formatAmount(value: number, lang: Lang): string {
  const { thousands, decimal } = SEPARATORS[lang];
  const [whole, fraction] = String(Math.abs(Math.round(value * 100) / 100)).split(".");
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
