import { readGender } from "../../../src/core/values";

describe("readGender", () => {
  test.each([
    ["Nam", "male"],
    ["nam", "male"],
    ["NAM", "male"],
    [" Nam ", "male"],
    ["Nam giới", "male"],
    ["M", "male"],
    ["m", "male"],
    ["male", "male"],
    ["Male", "male"],
    ["Ông", "male"],
    ["ông", "male"],
    ["O\u0302ng", "male"], // "Ông" in NFD
    ["Nữ", "female"],
    ["nữ", "female"],
    ["NỮ", "female"],
    ["nu", "female"],
    ["NU", "female"],
    ["Nư", "female"], // tone left out
    ["Nũ", "female"], // horn left out
    ["Nu\u0303", "female"], // NFD of "Nũ"
    ["Nu\u031b\u0303", "female"], // NFD of "Nữ"
    ["Nữ giới", "female"],
    ["F", "female"],
    ["female", "female"],
    ["Bà", "female"],
    ["BÀ", "female"],
    ["Ba\u0300", "female"], // NFD of "Bà"
    ["N÷", "female"], // "Nữ" typed in TCVN3 (.VnTime)
    ["Nöõ", "female"], // "Nữ" typed in VNI
    ["NÖÕ", "female"], // "NỮ" typed in VNI
  ])("%j is %s", (raw, expected) => {
    expect(readGender(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["Nguyễn Thị Hoa"], // a name, whatever it holds, is never a gender
    ["Thị"],
    ["Văn"],
    ["ba"], // "Bà" without its tone is also "ba": father (South), three
    ["ong"], // "Ông" without its marks is "bee"
    ["x"],
    ["na"], // as near to "Nam" as to "Nữ"
    ["Nam/Nữ"],
    ["?"],
  ])("%j is not a gender, and nothing is suggested", (raw) => {
    expect(readGender(raw)).toEqual({ ok: false });
  });

  test.each([
    ["Năm", "Nam"], // typed diacritics contradict "Nam": "năm" is a year
    ["namm", "Nam"],
    ["Nuu", "Nữ"],
  ])("%j is not read; %j is suggested", (raw, suggestion) => {
    expect(readGender(raw)).toEqual({ ok: false, suggestion });
  });

  test.each([[1], [0], [true], [new Date(Date.UTC(1955, 0, 1))], [{ error: "#N/A" }], [null]])(
    "%p is not a gender",
    (value) => {
      expect(readGender(value)).toEqual({ ok: false });
    }
  );

  test("a repeated text is read once: the same reading comes back", () => {
    expect(readGender("Nữ")).toBe(readGender("Nữ"));
  });
});
