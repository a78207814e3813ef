import { textHash, tidyLowerCaseHash } from "../text/tidy";

/**
 * The key under which two hand-typed names are the same: NFC and NFD spellings, capitals and runs of spaces
 * (non-breaking ones too) do not make two people. Diacritics do: "Lò Thị Mai" and "Lò Thi Mai" stay apart,
 * since Vietnamese names differ by their marks alone.
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A number that is the same for two texts with the same `sameTextKey` (and rarely for two others), so that a
 * million names are told apart without building a key string for each: a tidy text (already NFC, single spaces)
 * is hashed in lower case as it is read, any other text through its key.
 */
export function sameTextHash(text: string): number {
  return tidyLowerCaseHash(text) ?? textHash(sameTextKey(text));
}
