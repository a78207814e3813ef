import { isBlank, isBlankText, isCertainlyNotSpace } from "../../src/core/grid";

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => code);

describe("blank cells", () => {
  it("takes null, undefined, empty and white-space-only text as blank, and nothing else", () => {
    for (const blank of [null, undefined, "", " ", "\u00a0", " \t\n ", "\u3000\ufeff"]) {
      expect(isBlank(blank)).toBe(true);
    }
    for (const filled of [
      "0",
      " x ",
      "\u00a0Nữ",
      "Đặng",
      0,
      false,
      new Date(0),
      { error: "#N/A" },
    ]) {
      expect(isBlank(filled)).toBe(false);
    }
  });

  it("agrees with trim on every character, alone, doubled and before a letter", () => {
    const disagreeing = everyCodeUnit.filter((code) => {
      const ch = String.fromCharCode(code);
      const blank = ch.trim() === "";
      return isBlankText(ch) !== blank || isBlankText(ch + ch) !== blank || isBlankText(`${ch}a`);
    });
    expect(disagreeing).toEqual([]);
  });

  it("never takes white space for certainly not space", () => {
    const misjudged = everyCodeUnit.filter(
      (code) => isCertainlyNotSpace(code) && String.fromCharCode(code).trim() === ""
    );
    expect(misjudged).toEqual([]);
    expect(isCertainlyNotSpace(Number.NaN)).toBe(false);
  });
});
