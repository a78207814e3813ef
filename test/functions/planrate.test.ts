import { planRate } from "../../src/functions/functions";
import { excelResult, installCustomFunctionsRuntime } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);

/** Excel hands a matrix parameter a 2-D array: a scalar argument as [[x]], a range as its rows. */
const PLANRATE = (achieved: unknown[][], planned: unknown[][]) =>
  excelResult(() => planRate(achieved, planned));

describe("=CLUB.PLANRATE(achieved; planned) as Excel calls it", () => {
  it("18 of 25 is 72 %", () => {
    expect(PLANRATE([[18]], [[25]])).toBeCloseTo(0.72, 12);
  });

  it("allows over plan: 30 of 25 is 120 %", () => {
    expect(PLANRATE([[30]], [[25]])).toBeCloseTo(1.2, 12);
  });

  it("7 of 7 is 100 %", () => {
    expect(PLANRATE([[7]], [[7]])).toBe(1);
  });

  it("sums ranges, rows and columns alike (Lai Châu: 11 clubs before 2019 + 7 in 2019, of 25)", () => {
    expect(PLANRATE([[11], [7]], [[25]])).toBeCloseTo(0.72, 12);
    expect(PLANRATE([[3, 4, 11]], [[10, 15]])).toBeCloseTo(0.72, 12);
  });

  it("counts blank cells as 0, however the host hands them over", () => {
    expect(PLANRATE([[18, null, "", undefined]], [[25], [null]])).toBeCloseTo(0.72, 12);
    expect(PLANRATE([[null]], [[25]])).toBe(0);
  });

  it("reads numbers typed as text, as registers hold them", () => {
    expect(PLANRATE([["18"]], [["25"]])).toBeCloseTo(0.72, 12);
    expect(PLANRATE([["1.800"]], [["2.500"]])).toBeCloseTo(0.72, 12);
  });

  it("gives #DIV/0! when the plan is 0 or blank", () => {
    expect(PLANRATE([[5]], [[0]])).toEqual({ code: "#DIV/0!", message: "" });
    expect(PLANRATE([[5]], [[null, ""]])).toEqual({ code: "#DIV/0!", message: "" });
  });

  it("gives #VALUE! with a Vietnamese message for a negative number", () => {
    expect(PLANRATE([[-3]], [[25]])).toEqual({
      code: "#VALUE!",
      message: "Số không được âm: -3.",
    });
  });

  it("gives #VALUE! for text, naming the text", () => {
    expect(PLANRATE([[18]], [["hai mươi lăm"]])).toEqual({
      code: "#VALUE!",
      message: "Giá trị không phải là số: hai mươi lăm. Hãy nhập số hoặc vùng chứa số.",
    });
  });

  it("gives #VALUE! for a boolean rather than counting TRUE as 1", () => {
    expect(PLANRATE([[true]], [[25]])).toMatchObject({ code: "#VALUE!" });
  });

  it("gives #VALUE! for an error cell, whether it arrives as an object or as its text", () => {
    const na = { code: "#N/A", message: "" };
    expect(PLANRATE([[18, na]], [[25]])).toEqual({
      code: "#VALUE!",
      message: "Vùng dữ liệu chứa ô lỗi #N/A; hãy sửa ô đó trước.",
    });
    expect(PLANRATE([[18]], [["#REF!"]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("#REF!"),
    });
  });
});

describe("messages follow Office's display language", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("speaks English in an English Office", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "en-US" } };
    expect(PLANRATE([[-3]], [[25]])).toEqual({
      code: "#VALUE!",
      message: "The number may not be negative: -3.",
    });
  });

  it("speaks Vietnamese in a Vietnamese Office", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "vi-VN" } };
    expect(PLANRATE([[-3]], [[25]])).toMatchObject({ message: "Số không được âm: -3." });
  });
});
