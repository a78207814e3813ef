/**
 * Whatever a sheet holds, a CLUB.* function gives Excel a plain value, a rectangle of plain values, or a
 * CustomFunctions.Error with a message: never an exception of its own, undefined, NaN or Infinity.
 */
import * as functions from "../../src/functions/functions";
import { Prng } from "../../bench/prng";
import { ERROR_CODES, installCustomFunctionsRuntime, RuntimeError } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);

const WORDS = [
  "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Chức vụ", "STT", "Tên CLB", "Số tiền vay",
  "Nữ", "nu", "Nam", "NỮ ", "N÷", "Kinh", "Kinhh", "H'Mông", "thiểu số", "Hộ nghèo", "HN", "Chủ nhiệm", "CN",
  "01/07/1955", "1955", "07/1955", "31/02/1950", "25.000.000", "82%", "0,82", "Cộng", "Tổng cộng",
  "Người lập biểu", "NguyÔn V¨n An", "Nguyễn".normalize("NFD"), " ", "\u00a0", "#N/A", "#REF!", "x", "",
]; // prettier-ignore

function value(rng: Prng): unknown {
  switch (rng.int(0, 9)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rng.pick([
        0,
        1,
        -3,
        55,
        1955,
        2030,
        1890,
        25569,
        45000.5,
        3e6,
        1e300,
        NaN,
        Infinity,
        -0,
      ]);
    case 3:
      return rng.chance(0.5);
    case 4:
      return { code: rng.pick(Object.values(ERROR_CODES)), message: "" };
    case 5:
      return rng.pick([
        { type: "Entity", text: "Mông", properties: {} },
        { type: "FormattedNumber", basicValue: 0.5, numberFormat: "0%" },
        { type: "WebImage", basicValue: "#VALUE!" },
        { type: "Error", basicValue: "#DIV/0!" },
        {},
        [],
      ]);
    default:
      return rng.pick(WORDS);
  }
}

function range(rng: Prng): unknown {
  if (rng.chance(0.2)) return value(rng);
  const rows = rng.int(0, 12);
  const columns = rng.int(1, 9);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value(rng)));
}

function isPlain(v: unknown): boolean {
  return (
    typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))
  );
}

const CALLS = Object.entries(functions).filter(([, fn]) => typeof fn === "function") as [
  string,
  (...args: unknown[]) => unknown,
][];

describe("every CLUB.* function on random sheets", () => {
  it("covers the fourteen functions", () => {
    expect(CALLS).toHaveLength(14);
  });

  it.each(CALLS)(
    "%s gives a plain value, a rectangle of them, or an Excel error with a message",
    (_name, fn) => {
      const rng = new Prng(2019);
      const codes = new Set(Object.values(ERROR_CODES));
      for (let run = 0; run < 400; run++) {
        const args = Array.from({ length: fn.length + 1 }, () => range(rng));
        let result: unknown;
        try {
          result = fn(...args);
        } catch (error) {
          expect(error).toBeInstanceOf(RuntimeError);
          expect(codes).toContain((error as RuntimeError).code);
          if ((error as RuntimeError).code !== "#DIV/0!") {
            expect((error as RuntimeError).message).not.toMatch(/\{\w+\}|undefined|NaN|^$/);
            // A fault of the add-in itself would be caught and said as such: there must be none.
            expect((error as RuntimeError).message).not.toContain("không mong đợi");
          }
          continue;
        }
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          const width = result[0].length;
          for (const row of result) {
            expect(row).toHaveLength(width);
            for (const cell of row) expect([cell, isPlain(cell)]).toEqual([cell, true]);
          }
        } else {
          expect([result, isPlain(result)]).toEqual([result, true]);
        }
      }
    }
  );
});
