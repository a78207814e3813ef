import { cleanText } from "../../../src/core/text/clean-text";

const NFD = (text: string) => text.normalize("NFD");

describe("cleanText", () => {
  it.each(["Nguyễn Văn An", "Nam", "Nữ", "1955", "Thái", "Hoàng Anh", "Café", "CLB Bản Giang", ""])(
    "leaves the clean text %j unchanged, all flags false",
    (text) => {
      expect(cleanText(text)).toEqual({
        text,
        legacy: null,
        decomposed: false,
        straySpaces: false,
      });
    }
  );

  it.each([
    ["a decomposed (NFD) name", NFD("Nguyễn Thị Hoà"), "Nguyễn Thị Hoà", false],
    ["a decomposed name with a stray space", ` ${NFD("Lò Thị Hoa")}`, "Lò Thị Hoa", true],
  ])("composes %s and flags it decomposed", (_, raw, text, straySpaces) => {
    expect(cleanText(raw)).toEqual({ text, legacy: null, decomposed: true, straySpaces });
  });

  it.each([
    ["a non-breaking space", "Lò\u00a0Thị Hoa", "Lò Thị Hoa"],
    ["a double space", "Lò  Thị Hoa", "Lò Thị Hoa"],
    ["a tab", "Lò\tThị Hoa", "Lò Thị Hoa"],
    ["leading and trailing spaces", "  Lò Thị Hoa ", "Lò Thị Hoa"],
    ["a line break", "Lò Thị\nHoa", "Lò Thị Hoa"],
    ["a zero-width space", "Lò Thị\u200bHoa\u200b", "Lò ThịHoa"],
    ["a byte order mark", "\ufeffNam", "Nam"],
    ["only spaces", " \u00a0\t ", ""],
  ])("removes %s and flags stray spaces", (_, raw, text) => {
    expect(cleanText(raw)).toEqual({ text, legacy: null, decomposed: false, straySpaces: true });
  });

  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An", "tcvn3", false],
    ["Lß ThÞ Hoa", "Lò Thị Hoa", "tcvn3", false],
    [" Hµ\u00a0Nh× ", "Hà Nhì", "tcvn3", true],
    ["Nguyeãn  Vaên An", "Nguyễn Văn An", "vni", true],
    ["Nöõ", "Nữ", "vni", false],
    ["Thaùi", "Thái", "vni", false],
  ] as const)("converts the legacy text %j to %j", (raw, text, legacy, straySpaces) => {
    expect(cleanText(raw)).toEqual({ text, legacy, decomposed: false, straySpaces });
  });

  it.each([
    NFD(" Nguyễn  Văn\tAn"),
    "Lß  ThÞ Hoa ",
    "\u00a0Nöõ",
    "Hoàng\u200bAnh",
    "crème  brûlée",
  ])("gives a text that is already clean: %j", (raw) => {
    const once = cleanText(raw).text;
    expect(cleanText(once)).toEqual({
      text: once,
      legacy: null,
      decomposed: false,
      straySpaces: false,
    });
  });
});
