import { foldKey } from "../text/fold";

/**
 * Folding forgives missing diacritics ("Thai", "nu" are Thái, Nữ), but it also erases diacritics that were typed
 * and say something else: "Cơ" is not the group "Co", "Năm" (year) is not "Nam". So a text matched by its folded
 * key must also agree, letter by letter, with the diacritics that were typed: each typed mark must be in the
 * spelling ("Nư", "Mương" agree with "Nữ", "Mường"), none may contradict it ("Cơ" ≠ "Co", "Thài" ≠ "Thái").
 * A tone mark may sit one letter away, as in the old and new placements "Uỷ" / "Ủy", "Hoà" / "Hòa".
 */
export interface Letter {
  /** Vowel-quality marks (circumflex, breve, horn, đ's stroke, any other mark). */
  readonly quality: string;
  /** The tone mark (grave, acute, hook, tilde, dot below), or "". */
  readonly tone: string;
}

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const COMBINING = /[\u0300-\u036f]/g;
const PLAIN: Letter = { quality: "", tone: "" };
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/** One Letter per character of `foldKey(text)`, in the same order. */
export function lettersOf(text: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of text.normalize("NFC")) {
    if (ASCII_LETTER_OR_DIGIT.test(ch)) {
      letters.push(PLAIN);
      continue;
    }
    const folded = foldKey(ch);
    if (folded === "") continue;
    const marks = ch.normalize("NFD").match(COMBINING) ?? [];
    const tone = marks.find((m) => TONES.has(m)) ?? "";
    const quality =
      marks.filter((m) => !TONES.has(m)).join("") + (ch === "đ" || ch === "Đ" ? "đ" : "");
    for (let i = 0; i < folded.length; i++) letters.push({ quality, tone });
  }
  return letters;
}

/** Whether typed letters agree with a spelling's letters of the same folded key (see above). */
export function agrees(typed: readonly Letter[], spelled: readonly Letter[]): boolean {
  return typed.every(
    (letter, i) =>
      [...letter.quality].every((mark) => spelled[i].quality.includes(mark)) &&
      (letter.tone === "" ||
        [spelled[i - 1], spelled[i], spelled[i + 1]].some((s) => s?.tone === letter.tone))
  );
}
