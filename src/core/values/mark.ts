import type { CellValue } from "../grid";

/** Ticks as typed or pasted, compared in NFC lower case: x, ×, ✓, v, 1, có, true. */
const MARKS = new Set(["x", "×", "✕", "✓", "✔", "☑", "v", "1", "có", "co", "true"]);

/**
 * Whether a cell of a mark column ("Hộ nghèo", "Hộ cận nghèo" … with an x under the one that applies) is ticked.
 * Anything else — blank, 0, a dash, an error cell, other text — is not a tick.
 */
export function isMark(v: CellValue): boolean {
  if (v === true || v === 1) return true;
  return typeof v === "string" && MARKS.has(v.normalize("NFC").trim().toLowerCase());
}
