import { INDICATORS } from "../../../src/core/indicators";

describe("the indicator catalogue", () => {
  it("is plain data that a formula builder can read (no functions inside)", () => {
    expect(JSON.parse(JSON.stringify(INDICATORS))).toEqual(INDICATORS);
  });

  it("labels every indicator in Vietnamese and English with the same placeholders", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const { id, label } of INDICATORS) {
      expect([id, label.vi.trim().length > 0, label.en.trim().length > 0]).toEqual([
        id,
        true,
        true,
      ]);
      expect([id, placeholders(label.vi)]).toEqual([id, placeholders(label.en)]);
    }
  });

  it("gives no two indicators the same label", () => {
    for (const lang of ["vi", "en"] as const) {
      const labels = INDICATORS.map((indicator) => indicator.label[lang]);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("formats every share and rate as a percentage of a denominator", () => {
    for (const { id, denominator, format } of INDICATORS) {
      if (id.endsWith("Share") || id.endsWith("Rate")) {
        expect([id, format, denominator === null]).toEqual([id, "0.0%", false]);
      }
    }
  });
});
