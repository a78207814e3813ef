import { count, minorityShare, share, womenShare } from "../../src/functions/functions";
import { readEthnicity, readGender, readPoverty, readRole } from "../../src/core/values";
import { readMinorityWord } from "../../src/core/functions/categories";
import { ETHNIC_GROUPS } from "../../src/core/values/ethnic-groups";
import { excelResult, installCustomFunctionsRuntime, withOfficeLanguage } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);
afterEach(() => withOfficeLanguage(null));

/** A column as Excel hands a range over: one value per row. */
const column = (...values: unknown[]) => values.map((v) => [v]);
const COUNT = (values: unknown[][], category: unknown) =>
  excelResult(() => count(values, category));
const SHARE = (values: unknown[][], category: unknown) =>
  excelResult(() => share(values, category));

describe("=CLUB.COUNT(values; category) and =CLUB.SHARE(values; category)", () => {
  it("reads “Nữ”, “nu”, “NỮ ”, NFD text, “F” and the TCVN3 “N÷” as one category, whichever of them is named", () => {
    const genders = column("Nữ", "nu", "NỮ ", "Nữ".normalize("NFD"), "F", "N÷", "Nam", "nam giới");
    for (const name of ["Nữ", "nu", "NỮ ", "female"]) expect(COUNT(genders, name)).toBe(6);
    expect(COUNT(genders, "Nam")).toBe(2);
    expect(SHARE(genders, "Nữ")).toBe(6 / 8);
  });

  it("reads “H'Mông”, “Hmông” and “Mông” as one group; “thiểu số” and “Kinh” as categories of the same column", () => {
    const groups = column("H'Mông", "Hmông", "Mông", "Thái", "Kinh", "Việt", "kinh ");
    expect(COUNT(groups, "Mông")).toBe(3);
    expect(COUNT(groups, "H'mông")).toBe(3);
    expect(COUNT(groups, "thiểu số")).toBe(4);
    expect(COUNT(groups, "Dân tộc thiểu số")).toBe(4);
    expect(COUNT(groups, "minority")).toBe(4);
    expect(COUNT(groups, "Kinh")).toBe(3);
  });

  it("reads “Hộ nghèo” and “HN” of a poverty column, and board roles", () => {
    const poverty = column("Hộ nghèo", "HN", "Nghèo", "Cận nghèo", "HCN", "-", "Không");
    expect(COUNT(poverty, "Hộ nghèo")).toBe(3);
    expect(COUNT(poverty, "HN")).toBe(3);
    expect(COUNT(poverty, "cận nghèo")).toBe(2);
    const roles = column("Chủ nhiệm", "CN", "Phó chủ nhiệm", "Ủy viên", "Thành viên");
    expect(COUNT(roles, "Chủ nhiệm")).toBe(2);
  });

  it("divides by the non-blank cells: a range running past the register's end changes nothing", () => {
    const genders = column("Nữ", "Nam", "Nữ", null, "", undefined, "  ");
    expect(SHARE(genders, "Nữ")).toBe(2 / 3);
    expect(COUNT(genders, "Nữ")).toBe(2);
  });

  it("counts a member whose value cannot be read in the denominator, not in the category", () => {
    // "x" and 1 are no gender, yet each row is a member: the share says 2 of 4, not 2 of 2.
    expect(SHARE(column("Nữ", "Nữ", "x", 1), "Nữ")).toBe(0.5);
    expect(SHARE(column("Nữ", "Nam", true), "Nữ")).toBe(1 / 3);
  });

  it("counts 2-D ranges cell by cell, row after row", () => {
    expect(
      COUNT(
        [
          ["Nữ", "Nam"],
          ["nu", null],
        ],
        "Nữ"
      )
    ).toBe(2);
    expect(
      SHARE(
        [
          ["Nữ", "Nam"],
          ["nu", null],
        ],
        "Nữ"
      )
    ).toBe(2 / 3);
  });

  it("recomputes the 2019 Lai Châu shares the news report printed wrongly (215 of 325 women: 66.2 %, not 64 %)", () => {
    const genders = column(
      ...Array.from({ length: 215 }, (_, i) => ["Nữ", "nu", "NỮ"][i % 3]),
      ...Array.from({ length: 110 }, () => "Nam")
    );
    expect(SHARE(genders, "Nữ")).toBeCloseTo(0.662, 3);
    expect(excelResult(() => womenShare(genders))).toBeCloseTo(0.662, 3);
    const groups = column(
      ...Array.from({ length: 226 }, (_, i) => ["Thái", "Mông", "Dao", "Hà Nhì"][i % 4]),
      ...Array.from({ length: 99 }, () => "Kinh")
    );
    expect(excelResult(() => minorityShare(groups))).toBeCloseTo(0.695, 3);
  });

  it("gives #DIV/0! for a range with no member", () => {
    expect(SHARE(column(null, ""), "Nữ")).toEqual({ code: "#DIV/0!", message: "" });
    expect(excelResult(() => womenShare([[null]]))).toMatchObject({ code: "#DIV/0!" });
    expect(COUNT(column(null), "Nữ")).toBe(0);
  });

  it("refuses an error cell, saying where it is in the range, whether it arrives as an object or as its text", () => {
    expect(COUNT(column("Nữ", "Nam", { code: "#N/A", message: "" }), "Nữ")).toEqual({
      code: "#VALUE!",
      message: "Vùng dữ liệu có ô lỗi #N/A ở dòng 3, cột 1 của vùng; hãy sửa ô đó trước.",
    });
    expect(SHARE([["Nữ", "#REF!"]], "Nữ")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("#REF! ở dòng 1, cột 2"),
    });
  });

  it("refuses a category it does not know, with the nearest one when a reader has it", () => {
    expect(COUNT(column("Nữ"), "Kinhh")).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^Không hiểu nhóm “Kinhh”\..* Có phải là “Kinh”\?$/),
    });
    expect(COUNT(column("Nữ"), "xyz")).toEqual({
      code: "#VALUE!",
      message: expect.not.stringContaining("Có phải"),
    });
    expect(COUNT(column("Nữ"), null)).toMatchObject({ code: "#VALUE!" });
    expect(COUNT(column("Nữ"), 1955)).toMatchObject({ code: "#VALUE!" });
  });

  it("refuses a category given as a range of several cells", () => {
    expect(COUNT(column("Nữ"), [["Nữ", "Nam"]])).toEqual({
      code: "#VALUE!",
      message: "Cần một giá trị (một ô), không phải một vùng 1 × 2 ô.",
    });
    expect(COUNT(column("Nữ"), [["Nữ"]])).toBe(1);
  });

  it("speaks English in an English Office", () => {
    withOfficeLanguage("en-US");
    expect(COUNT(column("Nữ"), "Kinhh")).toMatchObject({
      message: expect.stringMatching(/^“Kinhh” is not a category\..* Did you mean “Kinh”\?$/),
    });
  });
});

describe("the categories a user can name", () => {
  it("are read by one reader each: no word of one vocabulary is read by another", () => {
    const readers = { readGender, readEthnicity, readPoverty, readRole, readMinorityWord };
    const words = [
      "Nam",
      "Nữ",
      "Nam giới",
      "Nữ giới",
      "M",
      "F",
      "Male",
      "Female",
      "Ông",
      "Bà",
      "Hộ nghèo",
      "Nghèo",
      "HN",
      "Cận nghèo",
      "HCN",
      "Hoàn cảnh khó khăn",
      "Khó khăn",
      "Không",
      "-",
      "Chủ nhiệm",
      "CN",
      "Phó chủ nhiệm",
      "PCN",
      "Ủy viên",
      "UV",
      "Thành viên",
      "TV",
      "Hội viên",
      "Thiểu số",
      "Dân tộc thiểu số",
      "DTTS",
      "Minority",
      ...ETHNIC_GROUPS.flatMap((group) => [group.name, ...group.variants]),
    ];
    for (const word of words) {
      const readBy = Object.entries(readers)
        .filter(([, read]) => read(word).ok)
        .map(([name]) => name);
      expect([word, readBy.length]).toEqual([word, 1]);
    }
  });
});
