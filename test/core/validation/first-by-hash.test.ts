import { FirstByHash } from "../../../src/core/validation/first-by-hash";

describe("FirstByHash", () => {
  test("files the first number under each hash and answers it for every later one", () => {
    const table = new FirstByHash(4);
    expect(table.firstOrFile(7, 0)).toBe(-1);
    expect(table.firstOrFile(-7, 1)).toBe(-1);
    expect(table.firstOrFile(0, 2)).toBe(-1);
    expect(table.firstOrFile(7, 3)).toBe(0);
    expect(table.firstOrFile(-7, 4)).toBe(1);
    expect(table.firstOrFile(0, 5)).toBe(2);
    expect(table.firstOrFile(7, 6)).toBe(0);
  });

  test("grows past the number of hashes it was told to expect, forgetting none", () => {
    const table = new FirstByHash(1);
    const hashes = Array.from({ length: 5000 }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
    hashes.forEach((hash, i) => expect(table.firstOrFile(hash, i)).toBe(-1));
    hashes.forEach((hash, i) => expect(table.firstOrFile(hash, 9999)).toBe(i));
  });
});
