import type { CellValue } from "../../../src/core/grid";
import {
  isMark,
  readDayDate,
  readEthnicity,
  readGender,
  readMoney,
  readPoverty,
  readRole,
} from "../../../src/core/values";

const READERS = { readGender, readEthnicity, readPoverty, readRole, readMoney, readDayDate };

/** Values no register should hold, but some will. */
const ODD: CellValue[] = [
  "",
  " ",
  "\u00a0",
  "\ud800", // a lone surrogate
  "😀",
  "x".repeat(100_000),
  "1".repeat(400),
  "9".repeat(20) + " tỷ",
  "1/1/1/1",
  "()",
  "\u0301", // a combining mark alone
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  false,
  new Date(NaN),
  new Date(8.64e15),
  { error: "" },
  null,
];

describe.each(Object.entries(READERS))("%s", (_, read) => {
  test("never throws, on any value", () => {
    for (const value of ODD) expect(() => read(value)).not.toThrow();
  });

  test.each([["#N/A"], ["#VALUE!"], ["#REF!"], ["#DIV/0!"]])(
    "an error cell %s is never read",
    (error) => {
      expect(read({ error })).toEqual({ ok: false });
    }
  );
});

test("isMark never throws", () => {
  for (const value of ODD) expect(() => isMark(value)).not.toThrow();
});
