/**
 * VNI (the "VNI-Windows" code of the "VNI-Times" fonts) ⇄ Unicode.
 *
 * A VNI text reaches us as Windows-1252 / Latin-1 characters. A toned or hatted vowel is its base letter
 * followed by one mark character that carries both the hat and the tone ("Nguyeãn" is "Nguyễn": "e" + "ã"
 * for ễ); ơ, ư, đ and the toned i are single characters ("ô" is ơ, "ö" is ư, "Nöõ" is "Nữ"). Capitals have
 * their own capital marks ("NGUYEÃN"), so, unlike TCVN3, every letter of either case survives a round trip.
 * Characters that are not Vietnamese letters pass through unchanged in both directions.
 */

/** Each vowel in tone order (none, huyền, hỏi, ngã, sắc, nặng), then its VNI spellings. */
const ROWS: ReadonlyArray<readonly [string, string]> = [
  ["aàảãáạ", "a aø aû aõ aù aï"],
  ["ăằẳẵắặ", "aê aè aú aü aé aë"],
  ["âầẩẫấậ", "aâ aà aå aã aá aä"],
  ["eèẻẽéẹ", "e eø eû eõ eù eï"],
  ["êềểễếệ", "eâ eà eå eã eá eä"],
  ["iìỉĩíị", "i ì æ ó í ò"],
  ["oòỏõóọ", "o oø oû oõ où oï"],
  ["ôồổỗốộ", "oâ oà oå oã oá oä"],
  ["ơờởỡớợ", "ô ôø ôû ôõ ôù ôï"],
  ["uùủũúụ", "u uø uû uõ uù uï"],
  ["ưừửữứự", "ö öø öû öõ öù öï"],
  ["yỳỷỹýỵ", "y yø yû yõ yù î"],
  ["đ", "ñ"],
  ["AÀẢÃÁẠ", "A AØ AÛ AÕ AÙ AÏ"],
  ["ĂẰẲẴẮẶ", "AÊ AÈ AÚ AÜ AÉ AË"],
  ["ÂẦẨẪẤẬ", "AÂ AÀ AÅ AÃ AÁ AÄ"],
  ["EÈẺẼÉẸ", "E EØ EÛ EÕ EÙ EÏ"],
  ["ÊỀỂỄẾỆ", "EÂ EÀ EÅ EÃ EÁ EÄ"],
  ["IÌỈĨÍỊ", "I Ì Æ Ó Í Ò"],
  ["OÒỎÕÓỌ", "O OØ OÛ OÕ OÙ OÏ"],
  ["ÔỒỔỖỐỘ", "OÂ OÀ OÅ OÃ OÁ OÄ"],
  ["ƠỜỞỠỚỢ", "Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ"],
  ["UÙỦŨÚỤ", "U UØ UÛ UÕ UÙ UÏ"],
  ["ƯỪỬỮỨỰ", "Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ"],
  ["YỲỶỸÝỴ", "Y YØ YÛ YÕ YÙ Î"],
  ["Đ", "Ñ"],
];

const DECODE = new Map<string, string>();
const ENCODE = new Map<string, string>();
for (const [letters, spellings] of ROWS) {
  const vni = spellings.split(" ");
  [...letters].forEach((letter, i) => {
    if (vni[i] === letter) return;
    DECODE.set(vni[i], letter);
    ENCODE.set(letter, vni[i]);
  });
}

/** A base letter followed by a mark, or a one-character letter; pairs first, so "ôù" is ớ, not ơ + "ù". */
const PAIRS = [...DECODE.keys()].filter((spelling) => spelling.length === 2);
const SINGLES = [...DECODE.keys()].filter((spelling) => spelling.length === 1);
const charClass = (chars: Iterable<string>): string => `[${[...new Set(chars)].join("")}]`;
const SPELLING = new RegExp(
  `${charClass(PAIRS.map((p) => p[0]))}${charClass(PAIRS.map((p) => p[1]))}|${charClass(SINGLES)}`,
  "g"
);

/** A base followed by a mark that does not pair with it ("yâ") is the base alone, then the stray mark. */
function decodeSpelling(spelling: string): string {
  return DECODE.get(spelling) ?? (DECODE.get(spelling[0]) ?? spelling[0]) + spelling.slice(1);
}

export function vniToUnicode(text: string): string {
  return text.replace(SPELLING, decodeSpelling);
}

export function unicodeToVni(text: string): string {
  return text.normalize("NFC").replace(/[\u0080-\uffff]/g, (ch) => ENCODE.get(ch) ?? ch);
}
