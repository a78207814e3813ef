import { formatAmount, formatDay, formatShare } from "../../../src/core/validation/format";

describe("numbers and dates in messages", () => {
  test("shares: one decimal at most, decimal comma in Vietnamese", () => {
    expect(formatShare(226 / 325, "vi")).toBe("69,5 %");
    expect(formatShare(226 / 325, "en")).toBe("69.5 %");
    expect(formatShare(0.64, "vi")).toBe("64 %");
    expect(formatShare(1, "en")).toBe("100 %");
    expect(formatShare(0, "en")).toBe("0 %");
  });

  test("amounts: thousands grouped with a dot in Vietnamese, a comma in English", () => {
    expect(formatAmount(25000000, "vi")).toBe("25.000.000");
    expect(formatAmount(25000000, "en")).toBe("25,000,000");
    expect(formatAmount(-500000, "vi")).toBe("-500.000");
    expect(formatAmount(999, "vi")).toBe("999");
    expect(formatAmount(1234.5, "vi")).toBe("1.234,5");
  });

  test("amounts too large for exponent-free text still print as digits, as typed; never Infinity", () => {
    expect(formatAmount(1e20, "vi")).toBe("100.000.000.000.000.000.000");
    // The double nearest 1e23 is 99999999999999991611392: the digits typed are printed, not those.
    expect(formatAmount(1e23, "en")).toBe("100,000,000,000,000,000,000,000");
    expect(formatAmount(-1.5e21, "en")).toBe("-1,500,000,000,000,000,000,000");
    expect(formatAmount(1e308, "en")).toBe("100" + ",000".repeat(102));
    expect(formatAmount(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatAmount(Infinity, "vi")).toBe("—");
    expect(formatAmount(NaN, "en")).toBe("—");
  });

  test("dates are written day/month/year, with what is known", () => {
    expect(formatDay({ year: 2026, month: 12, day: 31 })).toBe("31/12/2026");
    expect(formatDay({ year: 2019, month: 3, day: 5 })).toBe("05/03/2019");
    expect(formatDay({ year: 2019, month: 3 })).toBe("03/2019");
    expect(formatDay({ year: 1955 })).toBe("1955");
  });
});
