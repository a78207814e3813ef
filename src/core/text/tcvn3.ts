/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC code of the ".VnTime" fonts) ⇄ Unicode.
 *
 * A TCVN3 text reaches us as the Windows-1252 / Latin-1 characters of its bytes: "NguyÔn" is "Nguyễn",
 * "Lß ThÞ Hoa" is "Lò Thị Hoa". VN3 is single-byte and has codes for every lowercase letter but, among the
 * capitals, only for the toneless Ă Â Ê Ô Ơ Ư Đ. A capital toned vowel was shown by switching the text to
 * the capitals-only ".VnTimeH" font, which draws the lowercase codes as capitals: the bytes of "NGUYỄN" are
 * "NGUYÔN", the same "Ô" that means "ễ" in "NguyÔn".
 *
 * So the case of a toned vowel is guessed from its word when decoding: it is written as a capital only in a
 * word with no lowercase letter and either two or more capitals of its own ("NGUYÔN" → "NGUYỄN") or in a
 * text with no lowercase letter at all and two or more capitals ("Hä Vµ T£N" → "HỌ VÀ TÊN"). Elsewhere it
 * stays lowercase ("Lß" → "Lò"). Round trips follow from this: Unicode → TCVN3 → Unicode keeps every
 * lowercase letter and the capitals Ă Â Ê Ô Ơ Ư Đ, and keeps capital toned vowels inside such all-capital
 * words, but returns a capital toned vowel elsewhere as lowercase ("Ánh" → "¸nh" → "ánh", "LÒ" → "Lò").
 * Characters that are not Vietnamese letters pass through unchanged in both directions; but decoding reads
 * every character of the code table as TCVN3, so a non-Vietnamese Latin-1 letter such as "ü" or "ß" does not
 * survive a round trip. Only VN3 is covered: the VN1 codes for capital toned vowels (control characters and
 * 0x80–0x9F) were not produced by the ".VnTime" fonts.
 */
import { memoize } from "../memo";

/** Each vowel's toned forms in tone order (huyền, hỏi, ngã, sắc, nặng), then their TCVN3 codes. */
const TONED: ReadonlyArray<readonly [string, string]> = [
  ["àảãáạ", "µ¶·¸¹"],
  ["ằẳẵắặ", "»¼½¾Æ"],
  ["ầẩẫấậ", "ÇÈÉÊË"],
  ["èẻẽéẹ", "ÌÎÏÐÑ"],
  ["ềểễếệ", "ÒÓÔÕÖ"],
  ["ìỉĩíị", "×ØÜÝÞ"],
  ["òỏõóọ", "ßáâãä"],
  ["ồổỗốộ", "åæçèé"],
  ["ờởỡớợ", "êëìíî"],
  ["ùủũúụ", "ïñòóô"],
  ["ừửữứự", "õö÷øù"],
  ["ỳỷỹýỵ", "úûüýþ"],
];
/** The toneless letters outside ASCII, lowercase then capital; "ư" is 0xAD, the invisible soft hyphen. */
const TONELESS: readonly [string, string] = ["ăâêôơưđĂÂÊÔƠƯĐ", "¨©ª«¬\u00ad®¡¢£¤¥¦§"];

/** TCVN3 code → Unicode letter (the lowercase one for a toned vowel). */
const DECODE = new Map<string, string>();
/** Unicode letter → TCVN3 code; a capital toned vowel shares the code of its lowercase. */
const ENCODE = new Map<string, string>();
/** The codes of toned vowels, which stand for either case. */
const CASELESS = new Set<string>();

for (const [letters, codes] of TONED) {
  [...letters].forEach((letter, i) => {
    DECODE.set(codes[i], letter);
    ENCODE.set(letter, codes[i]);
    ENCODE.set(letter.toUpperCase(), codes[i]);
    CASELESS.add(codes[i]);
  });
}
[...TONELESS[0]].forEach((letter, i) => {
  DECODE.set(TONELESS[1][i], letter);
  ENCODE.set(letter, TONELESS[1][i]);
});

const WORD = /[A-Za-z\u00a1-\u00ff]+/g;
const LOWERCASE = /[a-z\u00a8-\u00ae]/;
const CAPITALS = /[A-Z\u00a1-\u00a7]/g;

function capitalCount(text: string): number {
  return text.match(CAPITALS)?.length ?? 0;
}

function decodeWord(word: string, inCapitals: boolean): string {
  let out = "";
  for (const ch of word) {
    const letter = DECODE.get(ch) ?? ch;
    out += inCapitals && CASELESS.has(ch) ? letter.toUpperCase() : letter;
  }
  return out;
}

/**
 * A word's reading, in a text with lowercase letters or one without: kept per word, as a legacy register
 * repeats its words on row after row.
 */
const decodeInMixedText = memoize((word) =>
  decodeWord(word, !LOWERCASE.test(word) && capitalCount(word) >= 2)
);
const decodeInCapitalText = memoize((word) => decodeWord(word, !LOWERCASE.test(word)));

export function tcvn3ToUnicode(text: string): string {
  const textInCapitals = !LOWERCASE.test(text) && capitalCount(text) >= 2;
  return text.replace(WORD, textInCapitals ? decodeInCapitalText : decodeInMixedText);
}

export function unicodeToTcvn3(text: string): string {
  return text.normalize("NFC").replace(/[\u0080-\uffff]/g, (ch) => ENCODE.get(ch) ?? ch);
}
