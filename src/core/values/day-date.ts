import type { CellValue } from "../grid";
import type { DayDate } from "../model";
import { foldKey } from "../text/fold";
import { excelSerialToUnixDay } from "./excel-serial";
import { memoize } from "../memo";
import { readAs, UNREADABLE, type Reading } from "./reading";

/**
 * Dates a register can hold: births of living members and club events. Outside this range a number is not a
 * year, and a text or serial date is taken for a typing slip rather than read.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Today on the user's own calendar (local time zone): the day Excel's TODAY() shows, the default reference date. */
export function today(now: Date = new Date()): DayDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 — Excel's own rule, so a date reads the same as
 * Excel shows it when typed into a cell. It fits club members: the older ones, born 1930–1975, and the younger
 * ones and joining dates, 2000–2029. Only a member born before 1930 (aged 95+) typed with two digits is misread,
 * as a future year, which validation reports.
 */
export const TWO_DIGIT_YEAR_PIVOT = 29;

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
/** Day first, always: Vietnam writes day/month/year, never month/day. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})${TIME}$`
);
const ISO = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
/** "1955", and "1955.0" as a number turned into text shows it. */
const YEAR = /^(\d{4})(?:[.,]0+)?$/;
/** "1.955": a year typed with a thousands separator, as amounts are. */
const GROUPED_YEAR = /^(\d)[.,](\d{3})$/;
/** "ngày 12 tháng 5 năm 1955", on the folded key. */
const WORDS = /^(?:ngay)?(\d{1,2})thang(\d{1,2})nam(\d{4})$/;
/** A month and a year: "09/1979", "9-1979", "T9/1979", "Th9/1979", "tháng 9/1979", "tháng 9 năm 1979" (folded). */
const MONTH_YEAR = /^(?:t|th|thang)?(\d{1,2})(?:nam)?(\d{4})$/;
const MONTH_YEAR_SHAPE = /^(?:t|th|tháng)?\s*\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}$/i;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/*
 * A register repeats the same years and days on thousands of rows, and every member keeps its birth: members
 * born the same year (or day) share one reading. A DayDate is read-only, so sharing it changes nothing.
 */
const MS_PER_DAY = 86_400_000;
const FIRST_DAY = Date.UTC(FIRST_YEAR, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(LAST_YEAR, 11, 31) / MS_PER_DAY;
const yearReadings: Reading<DayDate>[] = [];
/** By day since the first day of FIRST_YEAR; made at its full length so that it stays a plain array. */
const dayReadings = new Array<Reading<DayDate> | undefined>(LAST_DAY - FIRST_DAY + 1);

/** A year in range. */
function yearReading(year: number): Reading<DayDate> {
  return (yearReadings[year - FIRST_YEAR] ??= readAs({ year }));
}

/** A day given as days since 1 January 1970, read when its year is in range. */
function dayReading(unixDay: number): Reading<DayDate> {
  if (unixDay < FIRST_DAY || unixDay > LAST_DAY) return UNREADABLE;
  const index = unixDay - FIRST_DAY;
  let reading = dayReadings[index];
  if (reading === undefined) {
    const date = new Date(unixDay * MS_PER_DAY);
    reading = readAs({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    });
    dayReadings[index] = reading;
  }
  return reading;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year <= TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/** A real calendar day in range ("31/02/1950" and "00/13/1950" are not). */
function calendarDay(year: number, month: number, day: number): Reading<DayDate> {
  if (!inRange(year) || month < 1 || month > 12 || day < 1) return UNREADABLE;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? dayReading(Date.UTC(year, month - 1, day) / MS_PER_DAY) : UNREADABLE;
}

/** "năm 1950", "sinh năm 1950": words that say what the column says already. */
const YEAR_WORDS = /^(?:sinh\s+)?năm\s+(?=\d{4}$)/iu;
/** "1966 (58 tuổi)": the age written beside the birth, counted at some day; the birth is what is read. */
const AGE_NOTE = /\s*\(\s*\d{1,3}\s*tuổi\s*\)$/iu;

function readDayDateText(text: string): Reading<DayDate> {
  const t = text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(AGE_NOTE, "")
    .replace(YEAR_WORDS, "");
  const year = YEAR.exec(t);
  if (year) return inRange(Number(year[1])) ? yearReading(Number(year[1])) : UNREADABLE;
  const grouped = GROUPED_YEAR.exec(t);
  if (grouped) {
    const digits = Number(grouped[1] + grouped[2]);
    return inRange(digits) ? yearReading(digits) : UNREADABLE;
  }
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return calendarDay(fullYear(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  const iso = ISO.exec(t);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const words = WORDS.exec(foldKey(t));
  if (words) return calendarDay(Number(words[3]), Number(words[2]), Number(words[1]));
  const monthYear = MONTH_YEAR_SHAPE.test(t) ? MONTH_YEAR.exec(foldKey(t)) : null;
  if (monthYear) return calendarMonth(Number(monthYear[2]), Number(monthYear[1]));
  return UNREADABLE;
}

/** A month of a year in range: the day is not known. */
function calendarMonth(year: number, month: number): Reading<DayDate> {
  return inRange(year) && month >= 1 && month <= 12 ? readAs({ year, month }) : UNREADABLE;
}

const readDayDateTextOnce = memoize(readDayDateText);

/**
 * A date or a bare year. Numbers: FIRST_YEAR–LAST_YEAR is a year; a larger number is an Excel date serial
 * (1900 system) if its day falls in range; smaller numbers are unreadable (an age? a two-digit year?).
 * Dates from exceljs stand for a calendar day at UTC midnight, so their UTC fields are read.
 */
export function readDayDate(v: CellValue): Reading<DayDate> {
  if (typeof v === "string") return readDayDateTextOnce(v);
  if (typeof v === "number") {
    if (inRange(v)) return yearReading(v);
    if (v <= LAST_YEAR) return UNREADABLE;
    const unixDay = excelSerialToUnixDay(v);
    return unixDay === null ? UNREADABLE : dayReading(unixDay);
  }
  if (v instanceof Date) {
    const time = v.getTime();
    return Number.isNaN(time) ? UNREADABLE : dayReading(Math.floor(time / MS_PER_DAY));
  }
  return UNREADABLE;
}
