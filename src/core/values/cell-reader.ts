import type { CellValue } from "../grid";
import { memoize } from "../memo";
import { readAs, UNREADABLE, type Reading } from "./reading";

/**
 * A cell reader for fields that are words (gender, ethnicity, poverty, role): only text can hold them, so a
 * number, a date, a boolean or an error cell is unreadable. Each distinct text is read once (see memo.ts).
 */
export function textCellReader<T>(
  readText: (text: string) => Reading<T>
): (v: CellValue) => Reading<T> {
  const readOnce = memoize(readText);
  return (v) => (typeof v === "string" ? readOnce(v) : UNREADABLE);
}

/**
 * A closed list read first as a whole word, then, when the whole text is no spelling of it, by the phrases it
 * contains ("UV - Thủ quỹ", "NCT hộ nghèo"). The phrase reading only ever reads what the text says; when it
 * finds nothing, the list's own suggestion stands.
 */
export function withPhrases<T>(
  readWord: (text: string) => Reading<T>,
  phrase: (text: string) => T | null
): (text: string) => Reading<T> {
  return (text) => {
    const reading = readWord(text);
    if (reading.ok) return reading;
    const found = phrase(text);
    return found === null ? reading : readAs(found);
  };
}
