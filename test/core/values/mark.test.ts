import { isMark } from "../../../src/core/values";

describe("isMark", () => {
  test.each([
    ["x"],
    ["X"],
    [" x "],
    ["×"],
    ["✓"],
    ["✔"],
    ["v"],
    ["V"],
    ["1"],
    [1],
    ["có"],
    ["Có"],
    ["CÓ"],
    ["co\u0301"], // NFD
    ["co"],
    ["true"],
    ["TRUE"],
    [true],
  ])("%p is a tick", (value) => {
    expect(isMark(value)).toBe(true);
  });

  test.each([
    [null],
    [""],
    ["  "],
    [0],
    ["0"],
    [2],
    ["-1"],
    [-1],
    ["-"],
    ["xx"],
    ["không"],
    ["false"],
    [false],
    ["Hộ nghèo"],
    [{ error: "#N/A" }],
    [new Date(Date.UTC(2019, 0, 1))],
  ])("%p is not a tick", (value) => {
    expect(isMark(value)).toBe(false);
  });
});
