import { isLatin1SyllableAt, isVietnameseSyllable } from "../../../src/core/text/syllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "Nguyễn", "Thị", "Hoà", "hòa", "Đặng", "người", "nghiêng", "gì", "gìn", "giữa", "quốc", "khuỷu",
    "học", "Mông", "Khơ", "thuở", "xoong", "An", "y", "ý", "NGUYỄN", "Nguyễn".normalize("NFD"),
  ])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  }); // prettier-ignore

  it.each([
    ["a foreign word", "Smith"],
    ["a foreign letter", "café"],
    ["two tones", "Nửừ"],
    ["a stop final with a level tone", "hoc"],
    ["a stop final with the huyền tone", "hòc"],
    ["a bare hatted vowel", "â"],
    ["k before a back vowel", "ka"],
    ["c before a front vowel", "ce"],
    ["ng before a front vowel", "nge"],
    ["an impossible vowel cluster", "nguyean"],
    ["an empty word", ""],
  ])("rejects %s: %s", (_, word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe("isLatin1SyllableAt", () => {
  it.each([
    ["Lò Thị Hà", 0, 2, true],
    ["Lò Thị Hà", 7, 9, true],
    ["HÀ GIANG", 0, 2, true],
    ["Lò Smith", 3, 8, false],
    ["un café", 3, 7, false],
    ["NguyÔn", 0, 6, false],
    ["Hµ", 0, 2, false],
    ["Lò", 1, 1, false],
  ])("in %j, the word at [%i, %i) is a syllable: %p", (text, start, end, expected) => {
    expect(isLatin1SyllableAt(text, start, end)).toBe(expected);
  });
});
