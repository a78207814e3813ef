/**
 * How people type a fact into a register: spelling variants of genders and ethnic groups, money in every common
 * form, births as numbers, dates or text, decomposed (NFD) Unicode and the legacy TCVN3 and VNI encodings.
 * Each helper changes the writing only; the fact written is the same.
 */
import type { Prng } from "../../bench/prng";
import type { Birth, Gender, Poverty, Role } from "./model";

export function genderWord(rng: Prng, gender: Gender, variants: boolean): string {
  if (!variants) return gender === "female" ? "Nữ" : "Nam";
  return rng.pick(
    gender === "female"
      ? ["Nữ", "Nữ", "nữ", "Nữ ", "NỮ", "Nu"]
      : ["Nam", "Nam", "nam", "NAM", "Nam "]
  );
}

/**
 * Spellings met in registers and in the GSO list of ethnic groups with their other names and local subgroups
 * (gso.gov.vn, "Danh mục các dân tộc Việt Nam", DocID=15172): Thái trắng / Thái đen, Mông hoa, Dao đỏ …
 */
const ETHNICITY_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Kinh: ["Kinh", "Kinh", "kinh", "KINH"],
  Thái: ["Thái", "Thái", "Thái trắng", "Thái đen", "thái"],
  Mông: ["Mông", "H'Mông", "Hmông", "Mông hoa", "Mông đen", "HMông"],
  Dao: ["Dao", "Dao đỏ", "Dao tiền", "Dao quần chẹt", "dao"],
  Tày: ["Tày", "Tày", "tày", "TÀY"],
  Nùng: ["Nùng", "Nùng", "Nùng Phàn Slình", "nùng"],
  Mường: ["Mường", "Mường", "mường", "MƯỜNG"],
  Khmer: ["Khmer", "Khơ me", "Khơ-me", "Khmer", "Khơme"],
  "Ê Đê": ["Ê Đê", "Ê-đê", "Êđê", "Ê đê"],
  "Gia Rai": ["Gia Rai", "Gia-rai", "Jrai", "Gia rai"],
  "Xơ Đăng": ["Xơ Đăng", "Xơ-đăng", "Sê Đăng", "Xơ đăng"],
  "Bru-Vân Kiều": ["Vân Kiều", "Bru-Vân Kiều", "Bru Vân Kiều", "Vân kiều"],
  "Sán Dìu": ["Sán Dìu", "Sán dìu", "Sán Dìu"],
  "Cơ Tu": ["Cơ Tu", "Cơ-tu", "Katu", "Cơtu"],
  "Ba Na": ["Ba Na", "Bana", "Ba-na"],
  "Tà Ôi": ["Tà Ôi", "Tà-ôi", "Pa Cô", "Pa Kô"],
  "Khơ Mú": ["Khơ Mú", "Khơ-mú", "Khmú", "Xá Cẩu"],
  Hoa: ["Hoa", "hoa"],
};

export function ethnicityWord(rng: Prng, ethnicity: string, variants: boolean): string {
  if (!variants) return ethnicity;
  return rng.pick(ETHNICITY_SPELLINGS[ethnicity] ?? [ethnicity]);
}

/** A poverty status in the short forms of free-text notes ("HN", "HCN", "Hộ TB"); none → a word or blank. */
export function povertyNote(rng: Prng, poverty: Poverty | null): string | null {
  switch (poverty) {
    case "poor":
      return rng.pick(["HN", "Hộ nghèo", "hộ nghèo", "Nghèo", "NCT hộ nghèo"]);
    case "near-poor":
      return rng.pick(["HCN", "Hộ cận nghèo", "Cận nghèo", "cận nghèo"]);
    case "hardship":
      return rng.pick(["HCKK", "Hoàn cảnh khó khăn", "Khó khăn"]);
    default:
      return rng.pick([null, null, null, "Hộ TB"]);
  }
}

/** A value in a "Diện hộ" / "Hộ nghèo, cận nghèo" column: every member has one, "none" spelled out. */
export function povertyValue(rng: Prng, poverty: Poverty): string {
  switch (poverty) {
    case "poor":
      return rng.pick(["Nghèo", "Hộ nghèo", "HN"]);
    case "near-poor":
      return rng.pick(["Cận nghèo", "Hộ cận nghèo", "HCN"]);
    case "hardship":
      return rng.pick(["Khó khăn", "HCKK"]);
    default:
      return rng.pick(["Không", "-", "TB", "Hộ TB"]);
  }
}

export function roleWord(rng: Prng, role: Role, abbreviated: boolean): string | null {
  const words: Record<Role, readonly string[]> = abbreviated
    ? {
        chair: ["CN", "Chủ nhiệm CLB", "C.Nhiệm"],
        "vice-chair": ["P.CN", "P. Chủ nhiệm", "Phó CN", "PCN"],
        "board-member": ["UV", "UV - Thủ quỹ", "Thư ký", "Ủy viên BCN"],
        member: ["TV", "", "Thành viên"],
      }
    : {
        chair: ["Chủ nhiệm"],
        "vice-chair": ["Phó chủ nhiệm"],
        "board-member": ["Ủy viên"],
        member: ["Thành viên"],
      };
  const word = rng.pick(words[role]);
  return word === "" ? null : word;
}

/** A note saying a listed person left: the words registers use. */
export function departureNote(rng: Prng, kind: "died" | "moved" | "left"): string {
  const words = {
    died: ["Đã mất", "Từ trần", "Đã mất T3/2024", "đã mất"],
    moved: ["Chuyển đi", "Chuyển khẩu", "Đã chuyển đi nơi khác"],
    left: ["Xin ra khỏi CLB", "Xin rút khỏi CLB"],
  } as const;
  return rng.pick(words[kind]);
}

/** Money as typed: a number, "5.000.000", "7,000,000", "3 triệu", "2,5 triệu", "500.000đ". */
export function moneyText(rng: Prng, amount: number): string | number {
  const dotted = amount.toLocaleString("de-DE");
  const comma = amount.toLocaleString("en-US");
  const forms: (string | number)[] = [amount, dotted, comma, `${dotted}đ`];
  if (amount % 1_000_000 === 0) forms.push(`${amount / 1_000_000} triệu`);
  else if (amount % 100_000 === 0 && amount > 1_000_000) {
    forms.push(`${String(amount / 1_000_000).replace(".", ",")} triệu`);
  }
  return rng.pick(forms);
}

const two = (n: number) => String(n).padStart(2, "0");

/** A birth as a cell value: a year number or text, a month/year text, a date, or a date typed as text. */
export function birthCell(rng: Prng, birth: Birth, textual: boolean): string | number | Date {
  if (birth.month === undefined)
    return textual && rng.chance(0.3) ? String(birth.year) : birth.year;
  if (birth.day === undefined) {
    return rng.pick([`${two(birth.month)}/${birth.year}`, `T${birth.month}/${birth.year}`]);
  }
  if (textual && rng.chance(0.4)) return `${two(birth.day)}/${two(birth.month)}/${birth.year}`;
  return new Date(Date.UTC(birth.year, birth.month - 1, birth.day));
}

/** A mark in a tick column: what different offices type. */
export function mark(rng: Prng, marks: readonly string[] = ["x", "x", "X", "x "]): string {
  return rng.pick(marks);
}

export const nfd = (text: string) => text.normalize("NFD");

// --- Legacy encodings, built from the published code tables rather than from this project's decoder. ---

const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/**
 * TCVN3 (TCVN 5712:1993 VN3, the ".VnTime" fonts): one byte per toned lowercase vowel, in tone order
 * none, grave, hook, tilde, acute, dot. Checked against the tables of Eruylz/XuatThuy (Utils/Unicode2TCVN3.cs)
 * and duydev/vietnamese-conversion (src/charsets.ts). Capital vowels with a tone have no code of their own: a
 * ".VnTimeH" title is typed with the lowercase codes, so they are written that way here.
 */
const TCVN3_VOWELS: Readonly<Record<string, string>> = {
  a: "aµ¶·¸¹",
  ă: "¨»¼½¾Æ",
  â: "©ÇÈÉÊË",
  e: "eÌÎÏÐÑ",
  ê: "ªÒÓÔÕÖ",
  i: "i×ØÜÝÞ",
  o: "oßáâãä",
  ô: "«åæçèé",
  ơ: "¬êëìíî",
  u: "uïñòóô",
  ư: "\u00adõö÷øù",
  y: "yúûüýþ",
};
const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  Ă: "¡",
  Â: "¢",
  Đ: "§",
  Ê: "£",
  Ô: "¤",
  Ơ: "¥",
  Ư: "¦",
  đ: "®",
};

function splitTone(char: string): { base: string; tone: number } {
  const parts = char.normalize("NFD");
  const tone = TONES.findIndex((t, i) => i > 0 && parts.includes(t));
  const base = (tone > 0 ? parts.replace(TONES[tone], "") : parts).normalize("NFC");
  return { base, tone: Math.max(tone, 0) };
}

export function toTcvn3(text: string): string {
  return [...text.normalize("NFC")]
    .map((char) => {
      if (TCVN3_CAPITALS[char]) return TCVN3_CAPITALS[char];
      const { base, tone } = splitTone(char);
      const lower = base.toLowerCase();
      const row = TCVN3_VOWELS[lower];
      if (!row) return char;
      if (tone === 0 && base !== lower) return TCVN3_CAPITALS[base] ?? base;
      return row[tone];
    })
    .join("");
}

/**
 * VNI (the "VNI-Times" fonts): a base letter followed by one or two mark bytes (duydev/vietnamese-conversion,
 * src/charsets.ts). Lowercase marks; capitals use the capital forms of the same bytes.
 */
const VNI_TONE = ["", "ø", "û", "õ", "ù", "ï"];
const VNI_HAT_TONE = ["â", "à", "å", "ã", "á", "ä"];
const VNI_BREVE_TONE = ["ê", "è", "ú", "ü", "é", "ë"];
const VNI_I = ["i", "ì", "æ", "ó", "í", "ò"];

function vniLower(base: string, tone: number): string | null {
  switch (base) {
    case "a":
    case "e":
    case "o":
    case "u":
      return base + VNI_TONE[tone];
    case "y":
      return tone === 5 ? "î" : "y" + VNI_TONE[tone];
    case "i":
      return VNI_I[tone];
    case "â":
    case "ê":
    case "ô":
      return base.normalize("NFD")[0] + VNI_HAT_TONE[tone];
    case "ă":
      return "a" + VNI_BREVE_TONE[tone];
    case "ơ":
      return "ô" + VNI_TONE[tone];
    case "ư":
      return "ö" + VNI_TONE[tone];
    case "đ":
      return "ñ";
    default:
      return null;
  }
}

export function toVni(text: string): string {
  return [...text.normalize("NFC")]
    .map((char) => {
      const { base, tone } = splitTone(char);
      const lower = base.toLowerCase();
      const coded = vniLower(lower, tone);
      if (coded === null) return char;
      return base === lower ? coded : coded.toUpperCase();
    })
    .join("");
}
