/**
 * A tidy text is made only of single-spaced printable ASCII, Latin-1, Latin Extended and precomposed Vietnamese
 * letters, with no space at either end: it is already NFC with clean spacing. Most cells of a register are tidy.
 */
import { charCode } from "./char-code";

const TIDY = /^[!-~\u00a1-\u02ff\u1ea0-\u1ef9]+(?: [!-~\u00a1-\u02ff\u1ea0-\u1ef9]+)*$/;

export function isTidy(text: string): boolean {
  return TIDY.test(text);
}

/** A character TIDY allows besides the space, for the loops that look at each character anyway. */
function isTidyChar(c: number): boolean {
  return (c >= 0x21 && c <= 0x7e) || (c >= 0xa1 && c <= 0x2ff) || (c >= 0x1ea0 && c <= 0x1ef9);
}

/** The lower case of each tidy character, or 0 where it is not one character ("İ" → "i̇"). */
const LOWER = new Uint16Array(0x1f00);
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A 32-bit hash of a text's characters (FNV-1a), as a signed 32-bit integer. */
export function textHash(text: string): number {
  const length = text.length;
  let hash = FNV_OFFSET;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ charCode(text, i), FNV_PRIME);
  return hash;
}

/**
 * `textHash(text.toLowerCase())` for a tidy text, hashed as it is read without the lower-case copy being made;
 * null when the text is not tidy or holds a letter whose lower case is not one character.
 */
export function tidyLowerCaseHash(text: string): number | null {
  let hash = FNV_OFFSET;
  // The start counts as a space, so that a leading space, like a doubled one, is not tidy.
  let afterSpace = true;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = charCode(text, i);
    let lower = 0;
    if (c === 0x20) {
      if (!afterSpace) lower = c;
      afterSpace = true;
    } else if (isTidyChar(c)) {
      lower = LOWER[c];
      afterSpace = false;
    }
    if (lower === 0) return null;
    hash = Math.imul(hash ^ lower, FNV_PRIME);
  }
  return afterSpace ? null : hash;
}
