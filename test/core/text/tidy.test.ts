import { isTidy, textHash, tidyLowerCaseHash } from "../../../src/core/text/tidy";

describe("isTidy", () => {
  it.each(["Nguyễn Văn An", "Nam", "Hộ nghèo", "CLB Bản Giang", "25.000.000", "Café", "Moâng"])(
    "%j is tidy",
    (text) => {
      expect(isTidy(text)).toBe(true);
    }
  );

  it.each([
    ["empty", ""],
    ["a leading space", " Nam"],
    ["a trailing space", "Nam "],
    ["a double space", "Lò  Thị Hoa"],
    ["a non-breaking space", "Lò\u00a0Thị Hoa"],
    ["a tab", "Lò\tThị"],
    ["a decomposed accent", "Lò Thị Hoa".normalize("NFD")],
    ["a zero-width space", "Bản\u200b Bo"],
  ])("a text with %s is not tidy", (_, text) => {
    expect(isTidy(text)).toBe(false);
  });
});

describe("textHash", () => {
  // Published test vectors of 32-bit FNV-1a.
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("%j hashes to the FNV-1a value", (text, expected) => {
    expect(textHash(text)).toBe(expected | 0);
  });
});

describe("tidyLowerCaseHash", () => {
  it.each(["LÒ THỊ HOA", "Nguyễn Văn An", "ĐÈO VĂN LONG", "abc"])(
    "hashes tidy %j as its lower case",
    (text) => {
      expect(tidyLowerCaseHash(text)).toBe(textHash(text.toLowerCase()));
    }
  );

  it.each([
    ["not tidy", "Lò  Thị Hoa"],
    ["not tidy at the end", "Lò Thị Hoa "],
    ["a letter whose lower case is two characters", "İsmail"],
  ])("answers null for a text %s", (_, text) => {
    expect(tidyLowerCaseHash(text)).toBeNull();
  });
});
