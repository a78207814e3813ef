import { ethnicity, gender, isMinority, unicode } from "../../src/functions/functions";
import { ETHNIC_GROUPS } from "../../src/core/values/ethnic-groups";
import { excelResult, installCustomFunctionsRuntime, withOfficeLanguage } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);
afterEach(() => withOfficeLanguage(null));

describe("=CLUB.GENDER(text)", () => {
  it.each([
    ["Nữ", "Nữ"],
    ["nu", "Nữ"],
    ["NỮ ", "Nữ"],
    ["Nữ".normalize("NFD"), "Nữ"],
    ["F", "Nữ"],
    ["N÷", "Nữ"], // TCVN3
    ["Nöõ", "Nữ"], // VNI
    ["Bà", "Nữ"],
    ["nam giới", "Nam"],
    ["Male", "Nam"],
  ])("%p → %p", (typed, canonical) => {
    expect(excelResult(() => gender(typed))).toBe(canonical);
  });

  it("gives #N/A for what is no gender (a name, a number) and for a blank cell", () => {
    expect(excelResult(() => gender("Nguyễn Thị Hoa"))).toEqual({
      code: "#N/A",
      message: "Không đọc được giới tính “Nguyễn Thị Hoa”: hãy ghi Nam hoặc Nữ.",
    });
    expect(excelResult(() => gender(1))).toMatchObject({ code: "#N/A" });
    expect(excelResult(() => gender(null))).toMatchObject({ code: "#N/A" });
  });
});

describe("=CLUB.ETHNICITY(text) and =CLUB.ISMINORITY(text)", () => {
  it.each([
    ["H'Mông", "Mông", true],
    ["Hmông", "Mông", true],
    ["mèo", "Mông", true],
    ["Khơ-mú", "Khơ Mú", true],
    ["Khmú", "Khơ Mú", true],
    ["Ê-đê", "Ê Đê", true],
    ["Raglay", "Ra Glai", true],
    ["Dân tộc Thái", "Thái", true],
    ["Kinh", "Kinh", false],
    ["Việt", "Kinh", false],
  ])("%p is %p (minority: %p)", (typed, name, minority) => {
    expect(excelResult(() => ethnicity(typed))).toBe(name);
    expect(excelResult(() => isMinority(typed))).toBe(minority);
  });

  it("reads every one of the 54 groups by its own name, and only Kinh is no minority", () => {
    const minorities = ETHNIC_GROUPS.filter((g) => excelResult(() => isMinority(g.name)) === true);
    expect(ETHNIC_GROUPS.map((g) => excelResult(() => ethnicity(g.name)))).toEqual(
      ETHNIC_GROUPS.map((g) => g.name)
    );
    expect(minorities).toHaveLength(53);
  });

  it("gives #N/A for an unknown group, suggesting the closest name", () => {
    expect(excelResult(() => ethnicity("Kinhh"))).toEqual({
      code: "#N/A",
      message: "Không có dân tộc “Kinhh” trong danh mục 54 dân tộc Việt Nam. Có phải là “Kinh”?",
    });
    expect(excelResult(() => isMinority("Gia Lai"))).toEqual({
      code: "#N/A",
      message: expect.stringContaining("Có phải là “Gia Rai”?"),
    });
    withOfficeLanguage("en-US");
    expect(excelResult(() => ethnicity("Mán"))).toEqual({
      code: "#N/A",
      message: "“Mán” is not one of Vietnam's 54 ethnic groups. Did you mean “Dao”?",
    });
  });

  it("never reads a numeric code: the 1979 and 2008 lists number the groups differently", () => {
    expect(excelResult(() => ethnicity(1))).toMatchObject({ code: "#N/A" });
    expect(excelResult(() => ethnicity("01"))).toMatchObject({ code: "#N/A" });
  });
});

describe("=CLUB.UNICODE(text)", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An"], // TCVN3, as DESIGN.md shows it
    ["Lß ThÞ Hoa", "Lò Thị Hoa"], // TCVN3
    ["Nguyeãn Vaên An", "Nguyễn Văn An"], // VNI
    ["Nguyễn Thị Hoa".normalize("NFD"), "Nguyễn Thị Hoa"],
    ["  Lò\u00a0 Thị   Hoa ", "Lò Thị Hoa"],
    ["Lò Thị Hoa", "Lò Thị Hoa"],
  ])("%p → %p", (typed, unicodeText) => {
    const result = excelResult(() => unicode(typed));
    expect(result).toBe(unicodeText);
    expect((result as string).normalize("NFC")).toBe(result);
  });

  it("gives numbers and booleans back unchanged, a blank cell as an empty text", () => {
    expect(excelResult(() => unicode(1955))).toBe(1955);
    expect(excelResult(() => unicode(true))).toBe(true);
    expect(excelResult(() => unicode(null))).toBe("");
  });
});
