import { cleanTextIn } from "../../../src/core/register/sheet-encoding";

/**
 * cleanTextIn keeps its answers between calls (Excel recalculates a register's functions on every edit): an
 * answer kept for one sheet encoding must never be given for another.
 */
describe("cleanTextIn", () => {
  // "Moâng" is VNI for "Mông" and TCVN3 for "Moõng"; on its own it is left as typed.
  const readings = [
    ["vni", "Mông"],
    ["tcvn3", "Moõng"],
    [null, "Moâng"],
  ] as const;

  it("reads a text in the sheet's encoding, the same on every call and in any order", () => {
    for (const order of [readings, [...readings].reverse(), readings]) {
      for (const [encoding, text] of order) {
        expect(cleanTextIn("Moâng", encoding).text).toBe(text);
      }
    }
  });

  it("says which legacy encoding a text was read in", () => {
    expect(cleanTextIn("Moâng", "vni").legacy).toBe("vni");
    expect(cleanTextIn("Moâng", "tcvn3").legacy).toBe("tcvn3");
    expect(cleanTextIn("Moâng", null).legacy).toBeNull();
  });
});
