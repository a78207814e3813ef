import { age, ageShare } from "../../src/functions/functions";
import { today } from "../../src/functions/excel-arguments";
import { excelResult, installCustomFunctionsRuntime, withOfficeLanguage } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);
afterEach(() => withOfficeLanguage(null));

/** Excel's serial for a day (1900 date system): days since 30 December 1899. */
const serial = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / 86_400_000 - Date.UTC(1899, 11, 30) / 86_400_000;

const AGE = (birth: unknown, asOf?: unknown) => excelResult(() => age(birth, asOf));
const AGESHARE = (births: unknown[][], minAge?: unknown, asOf?: unknown) =>
  excelResult(() => ageShare(births, minAge, asOf));

describe("=CLUB.AGE(birth; [asOf])", () => {
  it("counts the year of the date minus the year of birth for a bare year, typed as a number or as text", () => {
    expect(AGE(1955, 2019)).toBe(64);
    expect(AGE("1955", "31/12/2019")).toBe(64);
    expect(AGE(1955, serial(2019, 1, 1))).toBe(64);
  });

  it("counts whole years from a full date of birth, as a date serial or as day/month/year text", () => {
    expect(AGE("01/07/1955", "30/06/2025")).toBe(69);
    expect(AGE("01/07/1955", "01/07/2025")).toBe(70);
    expect(AGE(serial(1955, 7, 1), serial(2025, 6, 30))).toBe(69);
  });

  it("counts at today's date when asOf is left out, as Excel passes it (null or nothing)", () => {
    const { year } = today();
    expect(AGE(1955)).toBe(year - 1955);
    expect(AGE(1955, null)).toBe(year - 1955);
    expect(AGE(1955, "")).toBe(year - 1955);
  });

  it("gives #N/A for an age outside 16–110, as check and stats count it unknown", () => {
    expect(AGE(1901, 2019)).toEqual({
      code: "#N/A",
      message:
        "Năm sinh 1901 cho tuổi 118 tính đến 2019, ngoài khoảng 16–110 tuổi, nên tuổi được coi là chưa rõ. Hãy kiểm tra lại năm sinh.",
    });
    expect(AGE(2030, "31/12/2025")).toMatchObject({ code: "#N/A" });
    expect(AGE(2015, 2025)).toMatchObject({ code: "#N/A" });
  });

  it("gives #VALUE! for a birth it cannot read, and #N/A for a blank one", () => {
    expect(AGE("năm mươi lăm", 2025)).toEqual({
      code: "#VALUE!",
      message:
        "Không đọc được năm sinh “năm mươi lăm”: hãy ghi năm (1955), ngày/tháng/năm (01/07/1955) hoặc một ngày của Excel.",
    });
    expect(AGE(true, 2025)).toMatchObject({ code: "#VALUE!" });
    expect(AGE(null, 2025)).toEqual({ code: "#N/A", message: "Ô trống: chưa có giá trị để đọc." });
    expect(AGE({ code: "#N/A" }, 2025)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("#N/A"),
    });
  });

  it("gives #VALUE! for a date it cannot read, in the user's language", () => {
    withOfficeLanguage("en-GB");
    expect(AGE(1955, "next year")).toEqual({
      code: "#VALUE!",
      message:
        "The date “next year” cannot be read: write a day/month/year date (31/12/2025), a year (2025) or an Excel date.",
    });
  });
});

describe("=CLUB.AGESHARE(births; [minAge]; [asOf])", () => {
  // Lai Châu 2019: 231 of 325 members aged over 55 (71 %), 94 under.
  const births = [
    ...Array.from({ length: 231 }, (_, i) => [[1950, "1948", "12/05/1940"][i % 3]]),
    ...Array.from({ length: 94 }, () => [1980]),
  ];

  it("is the share of members aged minAge (55 by default) or more at the date: 231 of 325", () => {
    expect(AGESHARE(births, null, "31/12/2019")).toBeCloseTo(231 / 325, 12);
    expect(AGESHARE(births, 55, 2019)).toBeCloseTo(231 / 325, 12);
    expect(AGESHARE(births, "60", 2019)).toBeCloseTo(231 / 325, 12);
    // Born 1948 and 1940: two thirds of the 231.
    expect(AGESHARE(births, 70, 2019)).toBeCloseTo(154 / 325, 12);
  });

  it("counts members of unknown age in the denominator only, and leaves blank cells out", () => {
    expect(AGESHARE([[1950], ["x"], [1901], [null], [""]], 55, 2019)).toBeCloseTo(1 / 3, 12);
  });

  it("refuses an age threshold that is no whole number of years", () => {
    expect(AGESHARE(births, 55.5, 2019)).toEqual({
      code: "#VALUE!",
      message: "Ngưỡng tuổi phải là số nguyên từ 0 đến 110, không phải “55.5”.",
    });
    expect(AGESHARE(births, "già", 2019)).toMatchObject({ code: "#VALUE!" });
    expect(AGESHARE(births, -1, 2019)).toMatchObject({ code: "#VALUE!" });
  });

  it("refuses an error cell among the births, and gives #DIV/0! for no member", () => {
    expect(AGESHARE([[1950], ["#VALUE!"]], 55, 2019)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("dòng 2, cột 1"),
    });
    expect(AGESHARE([[null]], 55, 2019)).toEqual({ code: "#DIV/0!", message: "" });
  });
});
