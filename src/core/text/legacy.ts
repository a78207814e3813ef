import { memoize } from "../memo";
import { charCode } from "./char-code";
import { isLatin1SyllableAt, isVietnameseSyllable } from "./syllable";
import { tcvn3ToUnicode, unicodeToTcvn3 } from "./tcvn3";
import { unicodeToVni, vniToUnicode } from "./vni";

/**
 * Recognising text typed in a legacy Vietnamese encoding. A false alarm would propose to "repair" a correct
 * name, so detection is conservative: it answers only when the text reads as Vietnamese after conversion and
 * does not before it.
 */
export type LegacyEncoding = "tcvn3" | "vni";

interface Codec {
  readonly encoding: LegacyEncoding;
  readonly toUnicode: (text: string) => string;
  readonly fromUnicode: (text: string) => string;
}

const CODECS: readonly Codec[] = [
  { encoding: "tcvn3", toUnicode: tcvn3ToUnicode, fromUnicode: unicodeToTcvn3 },
  { encoding: "vni", toUnicode: vniToUnicode, fromUnicode: unicodeToVni },
];

/** Legacy encodings use the Latin-1 letters and symbols, and only those. */
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
/** Letters of Unicode Vietnamese beyond Latin-1, and combining marks: no legacy text holds them. */
const UNICODE_VIETNAMESE = /[\u0100-\u036f\u1e00-\u1eff]/;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_LOWERCASE = /[a-z]/;
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;

/** Letters of the words a legacy encoding changes: ASCII letters and Latin-1 characters beyond ASCII. */
function isLegacyWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xa1 && c <= 0xff);
}

/**
 * Whether `test` holds for every word of the text that holds a Latin-1 character beyond ASCII (the words a
 * legacy encoding changes), given as [start, end); it stops at the first that fails. No word is copied out:
 * a register asks this of every name.
 */
export function everyMarkedWord(
  text: string,
  test: (start: number, end: number) => boolean
): boolean {
  const length = text.length;
  let start = 0;
  let marked = false;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? charCode(text, i) : 0;
    if (isLegacyWordChar(c)) {
      if (c >= 0xa1) marked = true;
      continue;
    }
    if (marked && !test(start, i)) return false;
    start = i + 1;
    marked = false;
  }
  return true;
}

export function legacyToUnicode(text: string, encoding: LegacyEncoding): string {
  return CODECS.find((codec) => codec.encoding === encoding)!.toUnicode(text);
}

/**
 * The encoding the text was typed in, or null for anything else (Unicode Vietnamese, English, numbers, a
 * French "Café"). Words holding a Latin-1 character beyond ASCII are the evidence; the text is taken as
 * legacy when, read in one encoding, nearly all of them (all when there are fewer than five) convert to
 * Vietnamese syllables, more of them than already read as Vietnamese, and more than the lowercase words
 * around them that are not Vietnamese (so that a foreign sentence with one accent is left alone).
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!LATIN1_HIGH.test(text) || UNICODE_VIETNAMESE.test(text) || !ASCII_LETTER.test(text)) {
    return null;
  }
  // The common case: Unicode Vietnamese using only Latin-1 accents. No reading beats it.
  if (everyMarkedWord(text, (start, end) => isLatin1SyllableAt(text, start, end))) return null;
  const marked: WordEvidence[] = [];
  let alreadyVietnamese = 0;
  let foreign = 0;
  for (const word of text.match(WORD) ?? []) {
    const evidence = evidenceOf(word);
    if (evidence.marked) {
      marked.push(evidence);
      if (evidence.vietnamese) alreadyVietnamese++;
    } else if (evidence.lowercase && !evidence.vietnamese) {
      foreign++;
    }
  }
  const threshold = Math.max(alreadyVietnamese, foreign);

  let best: LegacyEncoding | null = null;
  let bestCount = 0;
  for (let c = 0; c < CODECS.length; c++) {
    const count = convertibleCount(marked, c);
    if (count <= threshold || count < bestCount) continue;
    // Two encodings equally plausible: too ambiguous to claim either.
    best = count === bestCount ? null : CODECS[c].encoding;
    bestCount = count;
  }
  return best;
}

/** What a word tells about the text it is in. */
interface WordEvidence {
  /** It holds a Latin-1 character beyond ASCII: a word a legacy encoding changes. */
  readonly marked: boolean;
  /** It reads as a Vietnamese syllable as it stands. */
  readonly vietnamese: boolean;
  /** It holds an ASCII lowercase letter: such a word that is no Vietnamese syllable is foreign. */
  readonly lowercase: boolean;
  /**
   * Per encoding (in CODECS' order), the length of its reading when the word is a well-formed legacy word —
   * every character of it is used by the encoding (encoding its conversion gives the word back) and the
   * conversion is one Vietnamese syllable — else -1.
   */
  readonly readingLengths: readonly number[];
}

/**
 * Kept per word: a legacy register repeats "NguyÔn" and "ThÞ" on row after row, and converting each word both
 * ways in both encodings took over half the time of reading such a register's names.
 */
const evidenceOf = memoize((word: string): WordEvidence => {
  const marked = LATIN1_HIGH.test(word);
  return {
    marked,
    vietnamese: isVietnameseSyllable(word),
    lowercase: ASCII_LOWERCASE.test(word),
    readingLengths: marked
      ? CODECS.map(({ toUnicode, fromUnicode }) => {
          const unicode = toUnicode(word);
          return fromUnicode(unicode) === word && isVietnameseSyllable(unicode)
            ? unicode.length
            : -1;
        })
      : [],
  };
});

/**
 * How many of the marked words read as Vietnamese in encoding `c`, or 0 when more than a fifth do not, or
 * when every reading is a lone vowel (a French "où" is VNI for "ó": one letter is too little evidence).
 */
function convertibleCount(words: readonly WordEvidence[], c: number): number {
  const allowedMisses = Math.floor(words.length / 5);
  let count = 0;
  let misses = 0;
  let longest = 0;
  for (const word of words) {
    const length = word.readingLengths[c];
    if (length >= 0) {
      count++;
      longest = Math.max(longest, length);
    } else if (++misses > allowedMisses) {
      return 0;
    }
  }
  return longest >= 2 ? count : 0;
}
