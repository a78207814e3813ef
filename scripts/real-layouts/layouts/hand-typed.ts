/** Small writing helpers the probe layouts share (they change how a fact is written, never the fact). */
import type { Prng } from "../../../bench/prng";
import type { Birth } from "../model";

/** Vietnamese typed without diacritics: "Nguyễn Thị Lan" → "Nguyen Thi Lan". */
export function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** A full date typed as text with dots: "12.5.1950" or "03.11.1962"; year only → the year. */
export function dotDate(rng: Prng, birth: Birth): string | number {
  if (birth.month === undefined) return birth.year;
  const pad = rng.chance(0.35);
  const p = (n: number) => (pad ? String(n).padStart(2, "0") : String(n));
  if (birth.day === undefined) return `${p(birth.month)}.${birth.year}`;
  return `${p(birth.day)}.${p(birth.month)}.${birth.year}`;
}

/** Money with spaces as thousands separators, as French-locale or hand typing gives: "1 200 000". */
export function spaced(rng: Prng, amount: number): string | number {
  const s = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return rng.pick<string | number>([
    s,
    s,
    s.replace(/ /g, "\u00a0"),
    amount.toLocaleString("en-US"),
  ]);
}
