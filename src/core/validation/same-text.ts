import { isTidy } from "../text/clean-text";

/**
 * The key under which two hand-typed names are the same: NFC and NFD spellings, capitals and runs of spaces
 * (non-breaking ones too) do not make two people. Diacritics do: "Lò Thị Mai" and "Lò Thi Mai" stay apart,
 * since Vietnamese names differ by their marks alone.
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The lower case of each character up to the Vietnamese letters, or 0 where it is not one character. */
const LOWER = new Uint16Array(0x1f00);
for (let c = 0; c < LOWER.length; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A number that is the same for two texts with the same `sameTextKey` (and rarely for two others), so that a
 * million names are told apart without building a key string for each. A tidy text (already NFC, single
 * spaces) has its key's characters hashed as they are read; any other text is hashed through its key.
 */
export function sameTextHash(text: string): number {
  if (isTidy(text)) {
    let hash = FNV_OFFSET;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lower = c < LOWER.length ? LOWER[c] : 0;
      if (lower === 0) return keyHash(sameTextKey(text));
      hash = Math.imul(hash ^ lower, FNV_PRIME);
    }
    return hash;
  }
  return keyHash(sameTextKey(text));
}

function keyHash(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash;
}
