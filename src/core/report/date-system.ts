/**
 * A layout writes a day as a serial of Excel's 1900 date system. A workbook counting from 1904 (old Mac Excel's
 * default) would show that number four years and a day later — and every age the report computes from it would
 * be four years off — so both writers (.xlsx and Excel's) write it as the same day's serial in that system.
 */

/** Days from the 1900 date system's day 0 (30 December 1899) to the 1904 system's (1 January 1904). */
export const DAYS_1900_TO_1904 = 1462;

/** Whether a number format shows a date: a day or year code outside quoted text and [brackets]. */
export function isDateFormat(numberFormat: string | undefined): boolean {
  return (
    numberFormat !== undefined && /[dy]/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, ""))
  );
}

/** A layout's value as the workbook should hold it: a date cell's serial moved to the 1904 system there. */
export function inDateSystem<V>(value: V, numberFormat: string | undefined, date1904: boolean): V {
  return typeof value === "number" && date1904 && isDateFormat(numberFormat)
    ? ((value - DAYS_1900_TO_1904) as V)
    : value;
}
