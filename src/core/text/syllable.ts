import { memoize } from "../values/memo";

/**
 * Whether a word is one well-formed Vietnamese syllable: an optional initial consonant, a rhyme from the
 * closed list of Vietnamese rhymes, and at most one tone mark. Used to judge whether a legacy-encoded text,
 * once converted, reads as Vietnamese; it is deliberately strict so that foreign words do not pass.
 */

/**
 * The initial consonant, longest first. Taking the longest is always right ("ngh" before "ng", "th" before
 * "t": no rhyme starts with h or r) except for "gi", which may also be "g" before a rhyme in i ("gìn").
 */
const ONSET = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?/;

/** Every rhyme of the language, without its tone. */
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
  ).split(" ")
);

/** k, gh and ngh are written only before front vowels; c and ng never are. */
const FRONT_ONLY = new Set(["k", "gh", "ngh"]);
const NEVER_FRONT = new Set(["c", "ng"]);
const FRONT_VOWEL = /^[eêiy]/;

/** Each toned vowel → its toneless vowel and its tone (1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng). */
const TONED = new Map<string, readonly [string, number]>();
for (const vowel of "aăâeêioôơuưy") {
  ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"].forEach((mark, i) => {
    TONED.set((vowel + mark).normalize("NFC"), [vowel, i + 1]);
  });
}
const SAC = 4;
const NANG = 5;
/** Syllables closed by a stop consonant take only the sharp (sắc) or heavy (nặng) tone. */
const STOP_FINAL = /(?:c|ch|p|t)$/;
const VIETNAMESE_LETTERS = /^[a-zăâđêôơư]+$/;
const COMBINING = /[\u0300-\u036f]/;

/**
 * Names and legacy texts repeat the same few hundred words ("Thị", "Văn", "Lò"), each judged once: a register
 * asks this of every word of every name.
 */
export const isVietnameseSyllable = memoize(isSyllable);

function isSyllable(word: string): boolean {
  const lower = (COMBINING.test(word) ? word.normalize("NFC") : word).toLowerCase();
  let bare = "";
  let tone = 0;
  for (const ch of lower) {
    const toned = TONED.get(ch);
    if (!toned) {
      bare += ch;
      continue;
    }
    if (tone) return false;
    bare += toned[0];
    tone = toned[1];
  }
  if (!VIETNAMESE_LETTERS.test(bare)) return false;
  if (STOP_FINAL.test(bare) && tone !== SAC && tone !== NANG) return false;
  const onset = ONSET.exec(bare)![0];
  return (
    isRhymeAfter(onset, bare.slice(onset.length)) ||
    (onset === "gi" && isRhymeAfter("g", bare.slice(1)))
  );
}

function isRhymeAfter(onset: string, rhyme: string): boolean {
  if (!RHYMES.has(rhyme)) return false;
  if (FRONT_ONLY.has(onset)) return FRONT_VOWEL.test(rhyme);
  if (NEVER_FRONT.has(onset)) return !FRONT_VOWEL.test(rhyme);
  return true;
}
