import type { DayDate } from "../core/model";
import { DEFAULT_AGE_THRESHOLD } from "../core/indicators";
import { today } from "../core/values";

/** What the user sets once for every area: the date ages are counted at, the older-age threshold, the profile. */
export interface PaneSettings {
  readonly referenceDate: DayDate;
  readonly ageThreshold: number;
  readonly profile: "national" | "laichau";
}

export function defaultSettings(): PaneSettings {
  return { referenceDate: today(), ageThreshold: DEFAULT_AGE_THRESHOLD, profile: "national" };
}

/** A count typed in a form field ("18"); null for anything else, so that no figure is guessed. */
export function wholeNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text) : null;
}

/** "2026-11-28" ⇄ DayDate, as an <input type="date"> speaks. */
export function isoDate(date: DayDate): string {
  const pad = (n: number | undefined) => String(n ?? 1).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function fromIsoDate(text: string): DayDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
