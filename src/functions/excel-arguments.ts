/**
 * What Excel hands a custom function → core cell values, and the day it is in the user's clock. Core never sees
 * the runtime's shapes; every function reads its arguments through here.
 */
import type { Range } from "../core/functions/arguments";
import type { CellValue } from "../core/grid";

/** The Excel error values, as the custom-functions runtime writes them. */
const EXCEL_ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/;

const HASH = "#".charCodeAt(0);

/** Data-typed cells shown by a display text rather than a basic value. */
const TEXT_TYPES = new Set(["Entity", "LinkedEntity"]);

/** Properties of the invocation object Excel hands every custom function after its arguments. */
const INVOCATION_KEYS = ["functionName", "address", "parameterAddresses", "isInValuePreview"];

/**
 * One value Excel hands over → a core CellValue. Blank cells arrive as null, undefined or "" depending on the
 * host; an error cell as a CustomFunctions.Error-like object ({ code }) or as its text ("#N/A"). The metadata
 * allows data types on `any` parameters, so a data-typed cell arrives as an Excel.CellValue object: an entity
 * is read by the text Excel shows for it, any other by its basic value ("#VALUE!" for an image, an empty string
 * for an empty value). Anything else is an unreadable value, kept as #VALUE!.
 */
export function cellValueFromExcel(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    // Every cell of a range passes here: the pattern is tried only on a text that starts as an error does.
    return value.charCodeAt(0) === HASH && EXCEL_ERROR_TEXT.test(value) ? { error: value } : value;
  }
  // Excel hands dates over as serial numbers; a JavaScript Date, from another caller, is read as the day it is.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : value;
  if (typeof value === "object") {
    const cell = value as { code?: unknown; type?: unknown; text?: unknown; basicValue?: unknown };
    if (typeof cell.code === "string") return { error: cell.code };
    if (
      typeof cell.type === "string" &&
      TEXT_TYPES.has(cell.type) &&
      typeof cell.text === "string"
    ) {
      return cell.text === "" ? null : cell.text;
    }
    if (
      typeof cell.type === "string" &&
      "basicValue" in cell &&
      typeof cell.basicValue !== "object"
    ) {
      return cellValueFromExcel(cell.basicValue);
    }
    // A caller that hands the invocation object in place of an optional argument left out has given none.
    if (cell.type === undefined && INVOCATION_KEYS.some((key) => key in cell)) return null;
  }
  return { error: "#VALUE!" };
}

function isBlankFromExcel(value: unknown): boolean {
  return (
    value === null || value === undefined || value === "" || cellValueFromExcel(value) === null
  );
}

function isBlankRow(row: unknown): boolean {
  return Array.isArray(row) ? row.every(isBlankFromExcel) : isBlankFromExcel(row);
}

/**
 * A scalar argument arrives as a bare value, a range as a 2-D array: both become rows of core cell values. Blank
 * rows at the bottom are dropped first, as nothing below the data changes a figure: a whole-column reference
 * (A:L) hands over all 1,048,576 rows of the sheet.
 */
export function rangeFromExcel(argument: unknown): Range {
  if (!Array.isArray(argument)) return [[cellValueFromExcel(argument)]];
  let end = argument.length;
  while (end > 0 && isBlankRow(argument[end - 1])) end--;
  const rows: CellValue[][] = new Array(end);
  for (let r = 0; r < end; r++) {
    const row: unknown = argument[r];
    rows[r] = Array.isArray(row) ? row.map(cellValueFromExcel) : [cellValueFromExcel(row)];
  }
  return rows;
}

export { today } from "../core/values";
