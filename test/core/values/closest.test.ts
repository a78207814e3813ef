import { closestLabel, editDistance } from "../../../src/core/values/closest";

describe("editDistance", () => {
  test.each([
    ["kinh", "kinh", 0],
    ["kinhh", "kinh", 1], // insertion
    ["kin", "kinh", 1], // deletion
    ["kinb", "kinh", 1], // substitution
    ["kihn", "kinh", 1], // two neighbours swapped
    ["thai", "tay", 2],
    ["abc", "xyz", 3],
  ])("%s → %s is %i", (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected);
  });

  test("stops at limit + 1", () => {
    expect(editDistance("nguyenthihoa", "kinh", 2)).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("closestLabel", () => {
  const entries = [
    { key: "nam", label: "Nam" },
    { key: "namgioi", label: "Nam" },
    { key: "nu", label: "Nữ" },
    { key: "nugioi", label: "Nữ" },
  ];

  test.each([
    ["namm", "Nam"],
    ["nugoi", "Nữ"],
    ["nugioii", "Nữ"],
  ])("%s is nearest to %s", (key, expected) => {
    expect(closestLabel(key, entries)).toBe(expected);
  });

  test.each([
    ["na"], // keys of two letters get no suggestion
    ["xyz"],
    ["nau"], // one edit from both "nam" and "nu": a tie suggests nothing
  ])("%s gets no suggestion", (key) => {
    expect(closestLabel(key, entries)).toBeUndefined();
  });
});
