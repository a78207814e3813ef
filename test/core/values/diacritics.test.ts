import { agrees, lettersOf } from "../../../src/core/values/diacritics";

/** Whether `typed` agrees with `spelled`, two texts with the same folded key. */
const agree = (typed: string, spelled: string) => agrees(lettersOf(typed), lettersOf(spelled));

describe("agrees", () => {
  test.each([
    ["Thai", "Thái"], // no diacritics typed
    ["Thái", "Thái"],
    ["Nư", "Nữ"], // tone left out
    ["Nũ", "Nữ"], // horn left out
    ["Nu\u0303", "Nữ"], // NFD
    ["Uỷ viên", "Ủy viên"], // old tone placement
    ["Hoà", "Hòa"],
    ["Dao", "Dao"],
    ["Đao", "Đao"],
  ])("%j agrees with %j", (typed, spelled) => {
    expect(agree(typed, spelled)).toBe(true);
  });

  test.each([
    ["Cơ", "Co"], // a horn the spelling lacks
    ["Năm", "Nam"],
    ["Thài", "Thái"], // another tone
    ["Đao", "Dao"], // đ is not d
    ["Tö", "Tô"], // the Latin-1 marks of a legacy text
    ["Uyỷ", "Ủyy"], // a tone two letters away is another syllable's
  ])("%j does not agree with %j", (typed, spelled) => {
    expect(agree(typed, spelled)).toBe(false);
  });

  test("one letter per character of the folded key", () => {
    expect(lettersOf("Nữ giới!")).toEqual([
      { quality: "", tone: "" },
      { quality: "\u031b", tone: "\u0303" },
      { quality: "", tone: "" },
      { quality: "", tone: "" },
      { quality: "\u031b", tone: "\u0301" },
      { quality: "", tone: "" },
    ]);
  });
});
