/**
 * A register is typed in one font: when its header or its other cells are TCVN3 (or VNI), a cell whose
 * encoding cleanText cannot tell on its own is read in the sheet's encoding. A single short word can be
 * valid in both: "Moâng" is VNI for "Mông" and TCVN3 for "Moõng", so cleanText rightly leaves it alone.
 */
import type { CellValue } from "../grid";
import { memoize } from "../memo";
import { cleanText, type CleanText } from "../text/clean-text";
import { isLatin1SyllableAt, isVietnameseSyllable } from "../text/syllable";
import { everyMarkedWord, legacyToUnicode, type LegacyEncoding } from "../text/legacy";

/**
 * Texts cleaned as `cleanTextIn` does, kept between calls, per sheet encoding: Excel recalculates CLUB.STATS and
 * CLUB.ISSUES on every edit of the register they read, with all its names as they were the time before (a
 * 10,000-member register: 4 ms less per call). For registers of at most `KEPT_TEXTS` rows: a larger one's names
 * would not stay, and kept texts outlive the young generation (a million names read 1.5 s slower through it).
 */
export const KEPT_TEXTS = 1 << 15;

const keptIn = {
  none: memoize((raw: string) => cleanTextIn(raw, null), KEPT_TEXTS),
  tcvn3: memoize((raw: string) => cleanTextIn(raw, "tcvn3"), KEPT_TEXTS),
  vni: memoize((raw: string) => cleanTextIn(raw, "vni"), KEPT_TEXTS),
};

export function keptCleanTextIn(raw: string, encoding: LegacyEncoding | null): CleanText {
  return keptIn[encoding ?? "none"](raw);
}

export function cleanTextIn(raw: string, encoding: LegacyEncoding | null): CleanText {
  const clean = cleanText(raw);
  if (clean.legacy || encoding === null) return clean;
  // Only words that are not Vietnamese as they stand, and all become Vietnamese once converted.
  const words = unreadMarkedWords(clean.text);
  if (words === null) return clean;
  if (!words.every((word) => isVietnameseSyllable(legacyToUnicode(word, encoding)))) return clean;
  return {
    ...clean,
    text: legacyToUnicode(clean.text, encoding).normalize("NFC"),
    legacy: encoding,
  };
}

/**
 * The words holding a Latin-1 character beyond ASCII (the ones a legacy encoding changes) when none of them
 * reads as Vietnamese as it stands; null when one does, or when there are none. A Unicode name shows a
 * Vietnamese word at once, so the look stops there, before any word is copied out.
 */
function unreadMarkedWords(text: string): string[] | null {
  let words: string[] | null = null;
  const unread = everyMarkedWord(text, (start, end) => {
    if (isLatin1SyllableAt(text, start, end)) return false;
    (words ??= []).push(text.slice(start, end));
    return true;
  });
  return unread ? words : null;
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
