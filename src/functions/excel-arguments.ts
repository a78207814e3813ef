import type { CellValue } from "../core/grid";

/** The Excel error values, as the custom-functions runtime writes them. */
const EXCEL_ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!)$/;

/**
 * Turns one value Excel hands to a custom function into a core CellValue. Blank cells arrive as null, undefined
 * or "" depending on the host; an error cell arrives as a CustomFunctions.Error-like object or as its text.
 */
export function cellValueFromExcel(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return EXCEL_ERROR_TEXT.test(value) ? { error: value } : value;
  if (typeof value === "object") {
    const code = (value as { code?: unknown }).code;
    return { error: typeof code === "string" ? code : "#VALUE!" };
  }
  return String(value);
}

/** A scalar argument arrives as a bare value, a range as a 2-D array: both become a 2-D array of CellValues. */
export function gridFromExcel(argument: unknown): CellValue[][] {
  if (!Array.isArray(argument)) return [[cellValueFromExcel(argument)]];
  return argument.map((row: unknown) =>
    Array.isArray(row) ? row.map(cellValueFromExcel) : [cellValueFromExcel(row)]
  );
}
