/**
 * The one-cell functions: CLUB.GENDER, CLUB.ETHNICITY, CLUB.ISMINORITY (a value read to its canonical form, #N/A
 * when it means nothing known, with the reader's suggestion) and CLUB.UNICODE (legacy or decomposed text made NFC).
 */
import { isBlank, type CellValue } from "../grid";
import { GENDER_TEXT } from "../report/typed-values";
import { cleanText } from "../text";
import type { FunctionMessageKey } from "../i18n/messages/functions";
import { isEthnicMinority, readEthnicity, readGender, type Reading } from "../values";
import { scalar, type Range } from "./arguments";
import { fail, ok, shown, suggestionPart, type Outcome } from "./outcome";

/**
 * The one cell of the argument read by a value reader; #N/A, with the reader's suggestion, when it reads nothing
 * known, and for a blank cell.
 */
function readOne<T>(
  text: Range,
  read: (cell: CellValue) => Reading<T>,
  unknown: FunctionMessageKey
): Outcome<T> {
  const cell = scalar(text);
  if (!cell.ok) return cell;
  if (isBlank(cell.value)) return fail("na", "fn.blank");
  const reading = read(cell.value);
  if (reading.ok) return ok(reading.value);
  return fail("na", unknown, { value: shown(cell.value) }, ...suggestionPart(reading.suggestion));
}

/** "nu", "NỮ ", "F", "N÷" → "Nữ". */
export function genderOf(text: Range): Outcome<string> {
  const gender = readOne(text, readGender, "fn.genderUnknown");
  return gender.ok ? ok(GENDER_TEXT[gender.value]) : gender;
}

/** "Hmông" → "Mông"; an unknown group is #N/A, with the nearest name when one is near enough. */
export function ethnicityOf(text: Range): Outcome<string> {
  return readOne(text, readEthnicity, "fn.ethnicityUnknown");
}

export function isMinorityOf(text: Range): Outcome<boolean> {
  const group = ethnicityOf(text);
  return group.ok ? ok(isEthnicMinority(group.value)) : group;
}

/** Text as `cleanText` makes it; a number or a boolean has nothing to convert and comes back as it is. */
export function unicodeOf(text: Range): Outcome<string | number | boolean> {
  const cell = scalar(text);
  if (!cell.ok) return cell;
  const value = cell.value;
  if (typeof value === "string") return ok(cleanText(value).text);
  if (typeof value === "number" || typeof value === "boolean") return ok(value);
  return ok(value instanceof Date ? shown(value) : "");
}
