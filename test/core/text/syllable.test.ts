import { isVietnameseSyllable } from "../../../src/core/text/syllable";

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
