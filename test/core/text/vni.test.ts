import { unicodeToVni, vniToUnicode } from "../../../src/core/text/vni";

/**
 * The VNI-Windows spelling of each lowercase letter that is not plain ASCII, by byte values as the code
 * lists them: a base letter and a mark byte carrying hat and tone, or one byte for ơ, ư, đ and the toned i.
 */
const LOWERCASE: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["à", [0x61, 0xf8]], ["ả", [0x61, 0xfb]], ["ã", [0x61, 0xf5]], ["á", [0x61, 0xf9]], ["ạ", [0x61, 0xef]],
  ["ă", [0x61, 0xea]], ["ằ", [0x61, 0xe8]], ["ẳ", [0x61, 0xfa]], ["ẵ", [0x61, 0xfc]], ["ắ", [0x61, 0xe9]], ["ặ", [0x61, 0xeb]],
  ["â", [0x61, 0xe2]], ["ầ", [0x61, 0xe0]], ["ẩ", [0x61, 0xe5]], ["ẫ", [0x61, 0xe3]], ["ấ", [0x61, 0xe1]], ["ậ", [0x61, 0xe4]],
  ["è", [0x65, 0xf8]], ["ẻ", [0x65, 0xfb]], ["ẽ", [0x65, 0xf5]], ["é", [0x65, 0xf9]], ["ẹ", [0x65, 0xef]],
  ["ê", [0x65, 0xe2]], ["ề", [0x65, 0xe0]], ["ể", [0x65, 0xe5]], ["ễ", [0x65, 0xe3]], ["ế", [0x65, 0xe1]], ["ệ", [0x65, 0xe4]],
  ["ì", [0xec]], ["ỉ", [0xe6]], ["ĩ", [0xf3]], ["í", [0xed]], ["ị", [0xf2]],
  ["ò", [0x6f, 0xf8]], ["ỏ", [0x6f, 0xfb]], ["õ", [0x6f, 0xf5]], ["ó", [0x6f, 0xf9]], ["ọ", [0x6f, 0xef]],
  ["ô", [0x6f, 0xe2]], ["ồ", [0x6f, 0xe0]], ["ổ", [0x6f, 0xe5]], ["ỗ", [0x6f, 0xe3]], ["ố", [0x6f, 0xe1]], ["ộ", [0x6f, 0xe4]],
  ["ơ", [0xf4]], ["ờ", [0xf4, 0xf8]], ["ở", [0xf4, 0xfb]], ["ỡ", [0xf4, 0xf5]], ["ớ", [0xf4, 0xf9]], ["ợ", [0xf4, 0xef]],
  ["ù", [0x75, 0xf8]], ["ủ", [0x75, 0xfb]], ["ũ", [0x75, 0xf5]], ["ú", [0x75, 0xf9]], ["ụ", [0x75, 0xef]],
  ["ư", [0xf6]], ["ừ", [0xf6, 0xf8]], ["ử", [0xf6, 0xfb]], ["ữ", [0xf6, 0xf5]], ["ứ", [0xf6, 0xf9]], ["ự", [0xf6, 0xef]],
  ["ỳ", [0x79, 0xf8]], ["ỷ", [0x79, 0xfb]], ["ỹ", [0x79, 0xf5]], ["ý", [0x79, 0xf9]], ["ỵ", [0xee]],
  ["đ", [0xf1]],
]; // prettier-ignore

/** Capitals use the capital base letter and the capital mark: every byte 0x20 lower. */
const CAPITALS = LOWERCASE.map(
  ([letter, bytes]) => [letter.toUpperCase(), bytes.map((byte) => byte - 0x20)] as const
);
const spell = (bytes: readonly number[]) => String.fromCharCode(...bytes);

describe("VNI ⇄ Unicode, letter by letter", () => {
  it("covers every toned vowel and hatted letter, in both cases", () => {
    expect(LOWERCASE).toHaveLength(67);
    expect(new Set(CAPITALS.map(([capital]) => capital)).size).toBe(67);
  });

  it.each([...LOWERCASE, ...CAPITALS])("%s is spelt %j", (letter, bytes) => {
    expect(unicodeToVni(letter)).toBe(spell(bytes));
    expect(vniToUnicode(spell(bytes))).toBe(letter);
    expect(vniToUnicode(unicodeToVni(`Nx${letter}nG`))).toBe(`Nx${letter}nG`);
  });

  it("leaves ASCII letters, digits and punctuation as they are", () => {
    const ascii = "aeiouy AEIOUY 25/12/1955 - CLB (x)";
    expect(unicodeToVni(ascii)).toBe(ascii);
    expect(vniToUnicode(ascii)).toBe(ascii);
  });

  it("reads a mark that does not belong to its base as the base, then the stray mark", () => {
    expect(vniToUnicode("yâ")).toBe("yâ");
    expect(vniToUnicode("ôâ")).toBe("ơâ");
  });
});

describe("VNI texts", () => {
  it.each([
    ["Nguyeãn Vaên An", "Nguyễn Văn An"],
    ["Nöõ", "Nữ"],
    ["Thaùi", "Thái"],
    ["Loø Thò Hoa", "Lò Thị Hoa"],
    ["Ñaëng", "Đặng"],
    ["Daân toäc", "Dân tộc"],
    ["Hoä ngheøo", "Hộ nghèo"],
    ["Ngöôøi cao tuoåi", "Người cao tuổi"],
    ["Khô Muù", "Khơ Mú"],
    ["NGUYEÃN VAÊN AN", "NGUYỄN VĂN AN"],
    ["Chuû nhieäm", "Chủ nhiệm"],
    ["khuyûu", "khuỷu"],
  ])("%s is %s", (vni, unicode) => {
    expect(vniToUnicode(vni)).toBe(unicode);
    expect(unicodeToVni(unicode)).toBe(vni);
  });

  it("encodes decomposed (NFD) Unicode like composed", () => {
    expect(unicodeToVni("Nguyễn Thị".normalize("NFD"))).toBe("Nguyeãn Thò");
  });

  it("round-trips a mixed-case sentence", () => {
    const sentence =
      "Câu lạc bộ Liên thế hệ tự giúp nhau, xã Bản Giang, huyện Tam Đường, TỈNH LAI CHÂU";
    expect(vniToUnicode(unicodeToVni(sentence))).toBe(sentence);
  });
});
