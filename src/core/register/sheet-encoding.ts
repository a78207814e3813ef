/**
 * A register is typed in one font: when its header or its other cells are TCVN3 (or VNI), a cell whose
 * encoding cleanText cannot tell on its own is read in the sheet's encoding. A single short word can be
 * valid in both: "Moâng" is VNI for "Mông" and TCVN3 for "Moõng", so cleanText rightly leaves it alone.
 */
import type { CellValue } from "../grid";
import { cleanText, type CleanText } from "../text/clean-text";
import { isVietnameseSyllable } from "../text/syllable";
import { legacyToUnicode, type LegacyEncoding } from "../text/legacy";

/** Words holding a Latin-1 letter beyond ASCII: the ones a legacy encoding changes. */
const MARKED_WORD = /[A-Za-z\u00a1-\u00ff]*[\u00a1-\u00ff][A-Za-z\u00a1-\u00ff]*/g;
/** A quick look first: a text without a Latin-1 letter beyond ASCII has no such word to judge. */
const LATIN1_LETTER = /[\u00a1-\u00ff]/;

export function cleanTextIn(raw: string, encoding: LegacyEncoding | null): CleanText {
  const clean = cleanText(raw);
  if (clean.legacy || encoding === null || !LATIN1_LETTER.test(clean.text)) return clean;
  const words = clean.text.match(MARKED_WORD);
  // Only words that are not Vietnamese as they stand, and all become Vietnamese once converted.
  if (!words || words.some(isVietnameseSyllable)) return clean;
  const converted = words.map((word) => legacyToUnicode(word, encoding));
  if (!converted.every(isVietnameseSyllable)) return clean;
  return {
    ...clean,
    text: legacyToUnicode(clean.text, encoding).normalize("NFC"),
    legacy: encoding,
  };
}

/** The legacy encoding of the first legacy text among these rows (the title and header rows), if any. */
export function encodingOf(rows: readonly (readonly CellValue[])[]): LegacyEncoding | null {
  for (const row of rows) {
    for (const value of row) {
      if (typeof value !== "string") continue;
      const legacy = cleanText(value).legacy;
      if (legacy) return legacy;
    }
  }
  return null;
}
