import type { DayDate } from "../model";

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system, counted back from serial 61 = 1 March 1900, in days since 1970. */
const SERIAL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/**
 * The day of an Excel serial in the 1900 date system, as days since 1 January 1970 (the time of day, a
 * fraction, is dropped). Excel counts a 29 February 1900 that never was (serial 60), a bug kept from Lotus
 * 1-2-3: serials from 61 on are days since 30 December 1899, serials 1–59 are one day later than that count,
 * and 60 is no date at all.
 */
export function excelSerialToUnixDay(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  return SERIAL_EPOCH_DAY + (day < 60 ? day + 1 : day);
}

/** The calendar day of an Excel serial in the 1900 date system (see `excelSerialToUnixDay`). */
export function excelSerialToDayDate(serial: number): DayDate | null {
  const unixDay = excelSerialToUnixDay(serial);
  if (unixDay === null) return null;
  const date = new Date(unixDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The Excel serial (1900 date system) of a calendar day from 1 March 1900 on: the inverse of the above. */
export function dayDateToExcelSerial(day: { year: number; month: number; day: number }): number {
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY - SERIAL_EPOCH_DAY;
}
