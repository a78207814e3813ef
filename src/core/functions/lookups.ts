/**
 * The one-cell functions: CLUB.GENDER, CLUB.ETHNICITY, CLUB.ISMINORITY (a value read to its canonical form, #N/A
 * when it means nothing known, with the reader's suggestion) and CLUB.UNICODE (legacy or decomposed text made NFC).
 */
import { isBlank, type CellValue } from "../grid";
import { GENDER_TEXT } from "../report/typed-values";
import { cleanText } from "../text";
import { isEthnicMinority, readEthnicity, readGender } from "../values";
import { scalar, type Range } from "./arguments";
import { fail, ok, shown, suggestionPart, type Outcome } from "./outcome";

/** The one value of the argument, which must not be blank. */
function filledScalar(text: Range): Outcome<CellValue> {
  const cell = scalar(text);
  if (cell.ok && isBlank(cell.value)) return fail("na", "fn.blank");
  return cell;
}

/** "nu", "NỮ ", "F", "N÷" → "Nữ". */
export function genderOf(text: Range): Outcome<string> {
  const cell = filledScalar(text);
  if (!cell.ok) return cell;
  const gender = readGender(cell.value);
  if (gender.ok) return ok(GENDER_TEXT[gender.value]);
  return fail(
    "na",
    "fn.genderUnknown",
    { value: shown(cell.value) },
    ...suggestionPart(gender.suggestion)
  );
}

/** "Hmông" → "Mông"; an unknown group is #N/A, with the nearest name when one is near enough. */
export function ethnicityOf(text: Range): Outcome<string> {
  const cell = filledScalar(text);
  if (!cell.ok) return cell;
  const group = readEthnicity(cell.value);
  if (group.ok) return ok(group.value);
  return fail(
    "na",
    "fn.ethnicityUnknown",
    { value: shown(cell.value) },
    ...suggestionPart(group.suggestion)
  );
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
