import type { CellValue } from "../grid";
import { memoize } from "../memo";
import { UNREADABLE, type Reading } from "./reading";

/**
 * A cell reader for fields that are words (gender, ethnicity, poverty, role): only text can hold them, so a
 * number, a date, a boolean or an error cell is unreadable. Each distinct text is read once (see memo.ts).
 */
export function textCellReader<T>(
  readText: (text: string) => Reading<T>
): (v: CellValue) => Reading<T> {
  const readOnce = memoize(readText);
  return (v) => (typeof v === "string" ? readOnce(v) : UNREADABLE);
}
