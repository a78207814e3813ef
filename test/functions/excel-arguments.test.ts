import { cellValueFromExcel, rangeFromExcel, today } from "../../src/functions/excel-arguments";
import { age, count, gender, stats } from "../../src/functions/functions";
import { excelResult, installCustomFunctionsRuntime } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);

describe("a value as Excel hands it to a custom function → a core cell value", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["", null],
    ["Nữ", "Nữ"],
    [1955, 1955],
    [0, 0],
    [true, true],
    ["#N/A", { error: "#N/A" }], // an error cell, as its text
    [{ code: "#DIV/0!", message: "" }, { error: "#DIV/0!" }], // as a CustomFunctions.Error
    [NaN, { error: "#NUM!" }],
    [new Date(Date.UTC(1955, 6, 1)), new Date(Date.UTC(1955, 6, 1))],
    [new Date(NaN), { error: "#VALUE!" }],
    [Infinity, { error: "#NUM!" }],
  ])("%p → %p", (value, cell) => {
    expect(cellValueFromExcel(value)).toEqual(cell);
  });

  // The metadata allows data types on `any` parameters (allowCustomDataForDataTypeAny), so Excel hands over a
  // data-typed cell as an Excel.CellValue object.
  it.each([
    [{ type: "String", basicValue: "Nữ" }, "Nữ"],
    [{ type: "Double", basicValue: 1955 }, 1955],
    [{ type: "FormattedNumber", basicValue: 0.82, numberFormat: "0%" }, 0.82],
    [{ type: "Boolean", basicValue: false }, false],
    [{ type: "Empty", basicValue: "" }, null],
    [{ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }, { error: "#N/A" }],
    [
      {
        type: "Entity",
        text: "Mông",
        properties: { "Dân số": { type: "Double", basicValue: 1393547 } },
      },
      "Mông",
    ],
    [{ type: "LinkedEntity", text: "Lai Châu", basicValue: "#VALUE!" }, "Lai Châu"],
    [
      { type: "WebImage", address: "https://example.org/a.png", basicValue: "#VALUE!" },
      { error: "#VALUE!" },
    ],
    [{ type: "Array", elements: [[1]], basicValue: "#VALUE!" }, { error: "#VALUE!" }],
    [{ something: "else" }, { error: "#VALUE!" }],
  ])("data type %p → %p", (value, cell) => {
    expect(cellValueFromExcel(value)).toEqual(cell);
  });

  it("takes the invocation object, handed in place of an optional argument left out, for no argument", () => {
    expect(cellValueFromExcel({ functionName: "CLUB.AGE", address: "Sheet1!B2" })).toBeNull();
    expect(excelResult(() => age(1955, { parameterAddresses: [] } as unknown))).toBe(
      today().year - 1955
    );
  });

  it("reads the text of an entity the way it reads the text of a cell", () => {
    const entity = (text: string) => ({ type: "Entity", text, properties: {} });
    expect(excelResult(() => count([[entity("Nữ")], [entity("nu")], ["Nam"]], "Nữ"))).toBe(2);
    expect(excelResult(() => gender({ type: "String", basicValue: "NỮ" }))).toBe("Nữ");
  });
});

describe("an argument → a range", () => {
  it("takes a bare value as a 1 × 1 range", () => {
    expect(rangeFromExcel("Nữ")).toEqual([["Nữ"]]);
    expect(rangeFromExcel(null)).toEqual([[null]]);
  });

  it("keeps blank rows inside the data and drops those below it", () => {
    expect(rangeFromExcel([["a"], [""], ["b"], [""], [null, ""]])).toEqual([["a"], [null], ["b"]]);
    expect(rangeFromExcel([[""], [""]])).toEqual([]);
  });

  it("gives a table of no row for a range of blanks, which STATS refuses for lack of a header", () => {
    expect(excelResult(() => stats([[""], [""]]))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("today", () => {
  it("is the day in the user's own clock, as TODAY() shows it", () => {
    expect(today(new Date(2025, 11, 31, 23, 59))).toEqual({ year: 2025, month: 12, day: 31 });
    expect(today(new Date(2026, 0, 1, 0, 1))).toEqual({ year: 2026, month: 1, day: 1 });
  });
});
