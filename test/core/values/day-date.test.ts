import { excelSerialToDayDate, readDayDate } from "../../../src/core/values";
import { ageAt } from "../../../src/core/age";

describe("readDayDate", () => {
  test.each([
    // bare years
    [1955, { year: 1955 }],
    ["1955", { year: 1955 }],
    [" 1955 ", { year: 1955 }],
    ["1955.0", { year: 1955 }],
    ["1955,0", { year: 1955 }],
    [1900, { year: 1900 }],
    [2100, { year: 2100 }],
    // day first, always
    ["12/05/1955", { year: 1955, month: 5, day: 12 }],
    ["05/12/1955", { year: 1955, month: 12, day: 5 }],
    ["13/01/1960", { year: 1960, month: 1, day: 13 }],
    ["1/2/1960", { year: 1960, month: 2, day: 1 }],
    ["12-05-1955", { year: 1955, month: 5, day: 12 }],
    ["12.05.1955", { year: 1955, month: 5, day: 12 }],
    ["12 / 05 / 1955", { year: 1955, month: 5, day: 12 }],
    ["12/05/1955 00:00:00", { year: 1955, month: 5, day: 12 }],
    ["29/02/1956", { year: 1956, month: 2, day: 29 }], // a leap year
    ["29/02/2000", { year: 2000, month: 2, day: 29 }], // divisible by 400: leap
    // two-digit years: 00–29 → 2000s, 30–99 → 1900s
    ["12/5/55", { year: 1955, month: 5, day: 12 }],
    ["1/1/30", { year: 1930, month: 1, day: 1 }],
    ["31/12/99", { year: 1999, month: 12, day: 31 }],
    ["1/1/05", { year: 2005, month: 1, day: 1 }],
    ["15/3/29", { year: 2029, month: 3, day: 15 }],
    ["01/06/00", { year: 2000, month: 6, day: 1 }],
    // year first (ISO)
    ["1955-05-12", { year: 1955, month: 5, day: 12 }],
    ["1955/5/12", { year: 1955, month: 5, day: 12 }],
    ["1955-05-12T00:00:00", { year: 1955, month: 5, day: 12 }],
    // in words
    ["ngày 12 tháng 5 năm 1955", { year: 1955, month: 5, day: 12 }],
    ["12 tháng 05 năm 1955", { year: 1955, month: 5, day: 12 }],
    // Excel serials (1900 date system)
    [20221, { year: 1955, month: 5, day: 12 }],
    [25569, { year: 1970, month: 1, day: 1 }],
    [25569.75, { year: 1970, month: 1, day: 1 }], // a time of day is dropped
    [43466, { year: 2019, month: 1, day: 1 }],
    [73050, { year: 2099, month: 12, day: 31 }],
    [73415, { year: 2100, month: 12, day: 31 }],
    // exceljs dates: UTC midnight
    [new Date(Date.UTC(1955, 4, 12)), { year: 1955, month: 5, day: 12 }],
    [new Date(Date.UTC(2019, 11, 31)), { year: 2019, month: 12, day: 31 }],
  ])("%p is %p", (value, expected) => {
    expect(readDayDate(value)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["31/02/1950"], // no 31 February
    ["29/02/1950"], // not a leap year
    ["29/02/1900"], // 1900 is not a leap year, whatever Excel says
    ["00/13/1950"],
    ["00/05/1950"],
    ["12/13/1950"], // month/day order would make this 13 December: Vietnam writes day first
    ["32/01/1950"],
    ["1955-13-01"],
    ["12/05-1955"], // mixed separators
    ["12/05"],
    ["1899"],
    ["2101"],
    ["12/05/1855"],
    ["19555"],
    ["1955.5"],
    ["năm 1955?"],
    ["Nguyễn Thị Hoa"],
    ["x"],
    [1955.5], // not a whole year, and too small for a date serial
    [55], // an age? a two-digit year? not read
    [0],
    [-1955],
    [1899],
    [60], // 29 February 1900 exists only in Excel
    [61], // 1 March 1900: a real day, but below the year range, so small numbers stay unread
    [73416], // 1 January 2101: beyond the last year read
    [2958465], // 31 December 9999, Excel's last day
    [NaN],
    [Infinity],
    [true],
    [{ error: "#N/A" }],
    [{ error: "#VALUE!" }],
    [new Date(NaN)],
    [new Date(Date.UTC(1850, 0, 1))],
    [null],
  ])("%p is not a date", (value) => {
    expect(readDayDate(value)).toEqual({ ok: false });
  });
});

describe("excelSerialToDayDate", () => {
  test.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [62, { year: 1900, month: 3, day: 2 }],
    [366, { year: 1900, month: 12, day: 31 }],
    [367, { year: 1901, month: 1, day: 1 }],
    [36526, { year: 2000, month: 1, day: 1 }],
    [36585, { year: 2000, month: 2, day: 29 }],
    [45000.99, { year: 2023, month: 3, day: 15 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])("serial %p is %p", (serial, expected) => {
    expect(excelSerialToDayDate(serial)).toEqual(expected);
  });

  test.each([[60], [0], [-5], [NaN]])("serial %p is no day", (serial) => {
    expect(excelSerialToDayDate(serial)).toBeNull();
  });
});

describe("a month and a year (issue 14)", () => {
  test.each([
    ["09/1979", { year: 1979, month: 9 }],
    ["9/1979", { year: 1979, month: 9 }],
    ["9-1979", { year: 1979, month: 9 }],
    ["T9/1979", { year: 1979, month: 9 }],
    ["t9/1979", { year: 1979, month: 9 }],
    ["Th9/1979", { year: 1979, month: 9 }],
    ["tháng 9/1979", { year: 1979, month: 9 }],
    ["Tháng 9 năm 1979", { year: 1979, month: 9 }],
    ["12.1955", { year: 1955, month: 12 }],
  ])("%j reads as that month", (raw, expected) => {
    expect(readDayDate(raw)).toEqual({ ok: true, value: expected });
  });

  test.each(["13/1979", "0/1979", "9/1850", "T9", "9/79"])("%j is not read", (raw) => {
    expect(readDayDate(raw).ok).toBe(false);
  });

  test("its age is counted in whole years from the first of the month", () => {
    const birth = { year: 1969, month: 9 };
    expect(ageAt(birth, { year: 2024, month: 8, day: 31 })).toBe(54);
    expect(ageAt(birth, { year: 2024, month: 9, day: 1 })).toBe(55);
  });
});

describe("births written with words around the year", () => {
  test.each([
    ["năm 1950", { year: 1950 }],
    ["Năm 1950", { year: 1950 }],
    ["sinh năm 1950", { year: 1950 }],
    ["1966 (58 tuổi)", { year: 1966 }],
    ["12/5/1950 (74 tuổi)", { year: 1950, month: 5, day: 12 }],
  ])("%j → %j", (text, date) => {
    expect(readDayDate(text)).toEqual({ ok: true, value: date });
  });

  test.each(["năm 50", "58 tuổi", "(58 tuổi)"])("%j is no birth", (text) => {
    expect(readDayDate(text).ok).toBe(false);
  });
});
