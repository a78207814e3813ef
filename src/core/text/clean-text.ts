import { detectLegacy, legacyToUnicode, type LegacyEncoding } from "./legacy";
import { isTidy } from "./tidy";

/** The canonical form of a hand-typed text, and what was wrong with the text as typed. */
export interface CleanText {
  readonly text: string;
  /** The raw text was in this legacy encoding and `text` is its Unicode conversion. */
  readonly legacy: LegacyEncoding | null;
  /** The raw text was not NFC (typically typed on a Mac or pasted from a web page: decomposed accents). */
  readonly decomposed: boolean;
  /** The raw text had leading, trailing, doubled, non-breaking or otherwise odd spaces, or invisible characters. */
  readonly straySpaces: boolean;
}

/** Zero-width space, non-joiner, joiner, word joiner and byte order mark: invisible, never meant. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/**
 * A run of whitespace (tabs, line breaks and non-breaking spaces included) that is not already one plain space:
 * replacing only these leaves a text whose spaces are fine as it is, with no copy made.
 */
const ODD_WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * Cleans one cell's text: legacy TCVN3 / VNI converted to Unicode (only when detected), NFC, invisible
 * characters removed, every run of whitespace made one plain space, and the ends trimmed. Line breaks
 * inside a cell count as whitespace too: a register cell holds one value. The soft hyphen is left alone,
 * as it is the letter "ư" of an undetected TCVN3 text.
 */
export function cleanText(raw: string): CleanText {
  // The common case: a tidy text needs no cleaning, only a look for a legacy encoding.
  if (isTidy(raw)) {
    const legacy = detectLegacy(raw);
    const text = legacy ? legacyToUnicode(raw, legacy) : raw;
    return { text, legacy, decomposed: false, straySpaces: false };
  }
  const spaced = raw.replace(INVISIBLE, "").replace(ODD_WHITESPACE, " ").trim();
  const nfc = spaced.normalize("NFC");
  const legacy = detectLegacy(nfc);
  return {
    text: legacy ? legacyToUnicode(nfc, legacy) : nfc,
    legacy,
    decomposed: nfc !== spaced,
    straySpaces: spaced !== raw,
  };
}
