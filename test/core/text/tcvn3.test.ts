import { tcvn3ToUnicode, unicodeToTcvn3 } from "../../../src/core/text/tcvn3";

/**
 * The TCVN 5712:1993 VN3 (ABC, ".VnTime") code of each non-ASCII Vietnamese letter, by byte value as the
 * standard lists it; a byte reaches us as the Latin-1 / Windows-1252 character of the same value.
 */
const BYTES: ReadonlyArray<readonly [string, number]> = [
  ["à", 0xb5], ["ả", 0xb6], ["ã", 0xb7], ["á", 0xb8], ["ạ", 0xb9],
  ["ă", 0xa8], ["ằ", 0xbb], ["ẳ", 0xbc], ["ẵ", 0xbd], ["ắ", 0xbe], ["ặ", 0xc6],
  ["â", 0xa9], ["ầ", 0xc7], ["ẩ", 0xc8], ["ẫ", 0xc9], ["ấ", 0xca], ["ậ", 0xcb],
  ["è", 0xcc], ["ẻ", 0xce], ["ẽ", 0xcf], ["é", 0xd0], ["ẹ", 0xd1],
  ["ê", 0xaa], ["ề", 0xd2], ["ể", 0xd3], ["ễ", 0xd4], ["ế", 0xd5], ["ệ", 0xd6],
  ["ì", 0xd7], ["ỉ", 0xd8], ["ĩ", 0xdc], ["í", 0xdd], ["ị", 0xde],
  ["ò", 0xdf], ["ỏ", 0xe1], ["õ", 0xe2], ["ó", 0xe3], ["ọ", 0xe4],
  ["ô", 0xab], ["ồ", 0xe5], ["ổ", 0xe6], ["ỗ", 0xe7], ["ố", 0xe8], ["ộ", 0xe9],
  ["ơ", 0xac], ["ờ", 0xea], ["ở", 0xeb], ["ỡ", 0xec], ["ớ", 0xed], ["ợ", 0xee],
  ["ù", 0xef], ["ủ", 0xf1], ["ũ", 0xf2], ["ú", 0xf3], ["ụ", 0xf4],
  ["ư", 0xad], ["ừ", 0xf5], ["ử", 0xf6], ["ữ", 0xf7], ["ứ", 0xf8], ["ự", 0xf9],
  ["ỳ", 0xfa], ["ỷ", 0xfb], ["ỹ", 0xfc], ["ý", 0xfd], ["ỵ", 0xfe],
  ["đ", 0xae],
  ["Ă", 0xa1], ["Â", 0xa2], ["Ê", 0xa3], ["Ô", 0xa4], ["Ơ", 0xa5], ["Ư", 0xa6], ["Đ", 0xa7],
]; // prettier-ignore

const TONELESS = new Set([..."ăâêôơưđĂÂÊÔƠƯĐ"]);
const TONED = BYTES.filter(([letter]) => !TONELESS.has(letter));
const char = (byte: number) => String.fromCharCode(byte);

describe("TCVN3 ⇄ Unicode, letter by letter", () => {
  it("covers the 60 toned lowercase vowels and the 14 toneless letters outside ASCII", () => {
    expect(TONED).toHaveLength(60);
    expect(BYTES).toHaveLength(74);
  });

  it.each(BYTES)("%s is byte %d", (letter, byte) => {
    expect(unicodeToTcvn3(letter)).toBe(char(byte));
    expect(tcvn3ToUnicode(char(byte))).toBe(letter);
    expect(tcvn3ToUnicode(unicodeToTcvn3(`x${letter}x`))).toBe(`x${letter}x`);
  });

  it.each(TONED)(
    "capital %s shares byte %d, and comes back capital only in a capital word",
    (letter, byte) => {
      const capital = letter.toUpperCase();
      expect(unicodeToTcvn3(capital)).toBe(char(byte));
      expect(tcvn3ToUnicode(`NG${char(byte)}N`)).toBe(`NG${capital}N`);
      expect(tcvn3ToUnicode(unicodeToTcvn3(`NG${capital}N`))).toBe(`NG${capital}N`);
      expect(tcvn3ToUnicode(`Ng${char(byte)}n`)).toBe(`Ng${letter}n`);
    }
  );

  it("leaves ASCII letters, digits and punctuation as they are", () => {
    const ascii = "aeiouy AEIOUY 25/12/1955 - CLB (x)";
    expect(unicodeToTcvn3(ascii)).toBe(ascii);
    expect(tcvn3ToUnicode(ascii)).toBe(ascii);
  });
});

describe("TCVN3 texts", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An"],
    ["Lß ThÞ Hoa", "Lò Thị Hoa"],
    ["Hµ Nh×", "Hà Nhì"],
    ["H· Nh×", "Hã Nhì"],
    ["§Æng ThÞ Thu", "Đặng Thị Thu"],
    ["Kh¬ Mó", "Khơ Mú"],
    ["M«ng", "Mông"],
    ["N÷", "Nữ"],
    ["Lai Ch©u", "Lai Châu"],
    ["Hé nghÌo", "Hộ nghèo"],
    ["Ng\u00adêi cao tuæi", "Người cao tuổi"],
    ["Hä vµ tªn", "Họ và tên"],
    ["Chñ nhiÖm", "Chủ nhiệm"],
  ])("%s is %s", (tcvn3, unicode) => {
    expect(tcvn3ToUnicode(tcvn3)).toBe(unicode);
    expect(unicodeToTcvn3(unicode)).toBe(tcvn3);
  });

  it("reads the toned vowels of an all-capital text as capitals (the .VnTimeH font)", () => {
    expect(tcvn3ToUnicode("NGUYÔN V¡N AN")).toBe("NGUYỄN VĂN AN");
    expect(tcvn3ToUnicode("Hä Vµ T£N")).toBe("HỌ VÀ TÊN");
    expect(tcvn3ToUnicode("Danh s¸ch HéI VI£N")).toBe("Danh sách HỘI VIÊN");
  });

  it("reads a word by the text it stands in, also when the word was met before in another text", () => {
    // Words are kept once read: "Hä" alone in a word of capitals reads "HỌ" in an all-capital text, "Họ" beside
    // lowercase words, in whichever order the two texts come.
    for (let round = 0; round < 2; round++) {
      expect(tcvn3ToUnicode("Hä vµ tªn")).toBe("Họ và tên");
      expect(tcvn3ToUnicode("Hä Vµ T£N")).toBe("HỌ VÀ TÊN");
      expect(tcvn3ToUnicode("Hä vµ tªn")).toBe("Họ và tên");
      expect(tcvn3ToUnicode("NGUYÔN")).toBe("NGUYỄN");
      expect(tcvn3ToUnicode("NguyÔn NGUYÔN")).toBe("Nguyễn NGUYỄN");
    }
  });

  it("keeps a toned vowel lowercase beside a single capital, so capital toned vowels can be lost", () => {
    expect(tcvn3ToUnicode("Lß")).toBe("Lò");
    expect(unicodeToTcvn3("LÒ")).toBe("Lß");
    expect(tcvn3ToUnicode(unicodeToTcvn3("LÒ"))).toBe("Lò");
    expect(unicodeToTcvn3("Ánh")).toBe("¸nh");
    expect(tcvn3ToUnicode(unicodeToTcvn3("Ánh"))).toBe("ánh");
  });

  it("encodes decomposed (NFD) Unicode like composed", () => {
    expect(unicodeToTcvn3("Nguyễn Thị".normalize("NFD"))).toBe("NguyÔn ThÞ");
  });

  it("round-trips a lowercase sentence", () => {
    const sentence = "câu lạc bộ liên thế hệ tự giúp nhau, xã Bản Giang, huyện Tam Đường";
    expect(tcvn3ToUnicode(unicodeToTcvn3(sentence))).toBe(sentence);
  });
});
