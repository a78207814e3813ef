/**
 * The key under which two hand-typed names are the same: NFC and NFD spellings, capitals and runs of spaces
 * (non-breaking ones too) do not make two people. Diacritics do: "Lò Thị Mai" and "Lò Thi Mai" stay apart,
 * since Vietnamese names differ by their marks alone.
 */
export function sameTextKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
