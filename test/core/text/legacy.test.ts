import { detectLegacy, legacyToUnicode } from "../../../src/core/text/legacy";

describe("detectLegacy", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An"],
    ["Lß ThÞ Hoa", "Lò Thị Hoa"],
    ["Hµ Nh×", "Hà Nhì"],
    ["N÷", "Nữ"],
    ["§Æng", "Đặng"],
    ["Hä vµ tªn", "Họ và tên"],
    ["NGUYÔN V¡N AN", "NGUYỄN VĂN AN"],
    ["Ng\u00adêi cao tuæi", "Người cao tuổi"],
    ["UBND x· Na T«ng", "UBND xã Na Tông"],
  ])("finds TCVN3 in %s (%s)", (raw, unicode) => {
    expect(detectLegacy(raw)).toBe("tcvn3");
    expect(legacyToUnicode(raw, "tcvn3")).toBe(unicode);
  });

  it.each([
    ["Nguyeãn Vaên An", "Nguyễn Văn An"],
    ["Nöõ", "Nữ"],
    ["Thaùi", "Thái"],
    ["Ñaëng", "Đặng"],
    ["NGUYEÃN", "NGUYỄN"],
    ["Ngöôøi cao tuoåi", "Người cao tuổi"],
  ])("finds VNI in %s (%s)", (raw, unicode) => {
    expect(detectLegacy(raw)).toBe("vni");
    expect(legacyToUnicode(raw, "vni")).toBe(unicode);
  });

  it.each([
    ["Unicode Vietnamese (NFC)", "Nguyễn Thị Hoà"],
    ["Unicode Vietnamese (NFD)", "Nguyễn Thị Hoà".normalize("NFD")],
    ["a name with Đ", "Đặng"],
    ["Vietnamese with Latin-1 accents only", "Thái"],
    ["Vietnamese that VNI would also read (Hồng Anh)", "Hoàng Anh"],
    ["Vietnamese that TCVN3 would also read (Lờ)", "Lê"],
    ["a mark VNI cannot place and a TCVN3 gap", "Lê Hoà"],
    ["English", "John Smith, Hello world"],
    ["a number", "25.000.000"],
    ["a year", "1955"],
    ["an empty text", ""],
    ["French with one accent", "Café"],
    ["French où (VNI for a lone ó)", "où"],
    ["a French sentence", "Où est-il ?"],
    ["French with two accents", "crème brûlée"],
    ["German", "Müller"],
    ["Spanish", "José Peña"],
    ["a diaeresis", "naïve"],
    ["Portuguese", "São Paulo"],
    ["a lone symbol", "«"],
    ["Unicode and TCVN3 mixed", "Nguyễn V¨n An"],
  ])("ignores %s", (_, text) => {
    expect(detectLegacy(text)).toBeNull();
  });
});
