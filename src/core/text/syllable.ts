/**
 * Whether a word is one well-formed Vietnamese syllable: an optional initial consonant, a rhyme from the
 * closed list of Vietnamese rhymes, and at most one tone mark. Used to judge whether a legacy-encoded text,
 * once converted, reads as Vietnamese; it is deliberately strict so that foreign words do not pass.
 *
 * A register asks this of every word of every name, so the word is judged letter by letter as numbers, with
 * no string built on the way: each letter of the alphabet below is a number from 1, a run of letters is one
 * number (six bits a letter), and onsets and rhymes are looked up as such numbers.
 */

import { charCode } from "./char-code";

const ALPHABET = "abcdefghijklmnopqrstuvwxyzăâđêôơư";
/** Each character's letter number, 0 for a character that is no letter of a toneless syllable. */
const LETTER = new Uint8Array(0x1b1);
for (let i = 0; i < ALPHABET.length; i++) LETTER[ALPHABET.charCodeAt(i)] = i + 1;

/** The number standing for a run of letters ("ngh", "ương"). */
function runOf(letters: string): number {
  let run = 0;
  for (let i = 0; i < letters.length; i++) run = run * 64 + LETTER[letters.charCodeAt(i)];
  return run;
}

const letter = (ch: string) => LETTER[ch.charCodeAt(0)];

/**
 * The initial consonant, longest first. Taking the longest is always right ("ngh" before "ng", "th" before
 * "t": no rhyme starts with h or r) except for "gi", which may also be "g" before a rhyme in i ("gìn").
 */
const NGH = runOf("ngh");
const TWO_LETTER_ONSETS = new Set(
  ["ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu"].map(runOf)
);
const ONE_LETTER_ONSETS = new Set([..."bcdđghklmnprstvx"].map(letter));
const GI = runOf("gi");

/** Every rhyme of the language, without its tone; none is longer than four letters. */
const RHYMES = new Set(
  (
    "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây " +
    "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu " +
    "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu " +
    "o oc oi om on ong op ot oa oac oach oai oam oan oang oanh oao oap oat oay " +
    "oăc oăm oăn oăng oăt oe oen oeo oet ooc oong " +
    "ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt " +
    "u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ uôc uôi uôm uôn uông uôt " +
    "uy uya uych uyn uynh uyp uyt uyu uyên uyêt " +
    "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu " +
    "y yêm yên yêng yêt yêu"
  )
    .split(" ")
    .map(runOf)
);
const LONGEST_RHYME = 4;
/** Onset and rhyme together: "nghiêng". */
const LONGEST_SYLLABLE = 7;

/** k, gh and ngh are written only before front vowels; c and ng never are. */
const FRONT_ONLY = new Set(["k", "gh", "ngh"].map(runOf));
const NEVER_FRONT = new Set(["c", "ng"].map(runOf));
const FRONT_VOWELS = new Set([..."eêiy"].map(letter));

/** Each toned vowel's toneless vowel and its tone (1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng), by character. */
const TONELESS = new Uint16Array(0x1efa);
const TONE = new Uint8Array(0x1efa);
for (const vowel of "aăâeêioôơuưy") {
  ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"].forEach((mark, i) => {
    const toned = (vowel + mark).normalize("NFC").charCodeAt(0);
    TONELESS[toned] = vowel.charCodeAt(0);
    TONE[toned] = i + 1;
  });
}
const SAC = 4;
const NANG = 5;
/** Syllables closed by a stop consonant (c, ch, p, t) take only the sharp (sắc) or heavy (nặng) tone. */
const [C, H, P, T] = [..."chpt"].map(letter);
const COMBINING = /[\u0300-\u036f]/;

export function isVietnameseSyllable(word: string): boolean {
  const lower = (COMBINING.test(word) ? word.normalize("NFC") : word).toLowerCase();
  return isSyllable(lower, 0, lower.length, false);
}

/**
 * `isVietnameseSyllable(text.slice(start, end))` for a word of ASCII and Latin-1 letters, as the words of a
 * legacy text are, without the slice being made.
 */
export function isLatin1SyllableAt(text: string, start: number, end: number): boolean {
  return isSyllable(text, start, end, true);
}

/** Toward lower case in ASCII and Latin-1 ("À" → "à"), where it is one character for one. */
function latin1Lower(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;
}

/** The letters of the word being judged, as numbers. */
const letters = new Uint8Array(LONGEST_SYLLABLE);

/** The word at [start, end) of `text`, in lower case already unless `lower` asks for it. */
function isSyllable(text: string, start: number, end: number, lower: boolean): boolean {
  let count = 0;
  let tone = 0;
  for (let i = start; i < end; i++) {
    let c = charCode(text, i);
    if (lower) c = latin1Lower(c);
    if (c < TONE.length && TONE[c] !== 0) {
      if (tone) return false;
      tone = TONE[c];
      c = TONELESS[c];
    }
    const n = c < LETTER.length ? LETTER[c] : 0;
    if (n === 0 || count === LONGEST_SYLLABLE) return false;
    letters[count++] = n;
  }
  if (count === 0) return false;
  const last = letters[count - 1];
  const stopFinal =
    last === C || last === P || last === T || (last === H && letters[count - 2] === C);
  if (stopFinal && tone !== SAC && tone !== NANG) return false;
  const onset = onsetLength(count);
  const onsetRun = run(0, onset);
  return (
    isRhymeAfter(onsetRun, onset, count) || (onsetRun === GI && isRhymeAfter(letters[0], 1, count))
  );
}

function run(from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 64 + letters[i];
  return value;
}

function onsetLength(count: number): number {
  if (count >= 3 && run(0, 3) === NGH) return 3;
  if (count >= 2 && TWO_LETTER_ONSETS.has(run(0, 2))) return 2;
  return ONE_LETTER_ONSETS.has(letters[0]) ? 1 : 0;
}

/** Whether letters [from, to) are a rhyme that may follow the onset (given as its run). */
function isRhymeAfter(onset: number, from: number, to: number): boolean {
  if (to - from > LONGEST_RHYME || !RHYMES.has(run(from, to))) return false;
  if (FRONT_ONLY.has(onset)) return FRONT_VOWELS.has(letters[from]);
  if (NEVER_FRONT.has(onset)) return !FRONT_VOWELS.has(letters[from]);
  return true;
}
