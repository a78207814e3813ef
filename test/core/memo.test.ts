import { MEMO_TEXT_LENGTH, memoize } from "../../src/core/memo";

describe("memoize", () => {
  test("reads each distinct text once", () => {
    const seen: string[] = [];
    const read = memoize((text: string) => {
      seen.push(text);
      return text.length;
    });
    expect([read("Nữ"), read("Nam"), read("Nữ"), read("Nữ")]).toEqual([2, 3, 2, 2]);
    expect(seen).toEqual(["Nữ", "Nam"]);
  });

  test("stays within its limit by forgetting the oldest text first", () => {
    const seen: string[] = [];
    const read = memoize((text: string) => {
      seen.push(text);
      return text;
    }, 2);
    read("a");
    read("b");
    read("c"); // forgets "a"
    read("b");
    read("a"); // read again, forgets "b"
    read("c");
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });

  test("keeps forgetting the oldest text as texts keep coming", () => {
    const seen: string[] = [];
    const read = memoize((text: string) => {
      seen.push(text);
      return text;
    }, 3);
    for (const text of ["a", "b", "c", "d", "e", "f", "g", "e", "f", "g", "d"]) read(text);
    expect(seen).toEqual(["a", "b", "c", "d", "e", "f", "g", "d"]);
  });

  test("does not keep long texts", () => {
    let reads = 0;
    const read = memoize(() => ++reads);
    const long = "a".repeat(MEMO_TEXT_LENGTH + 1);
    read(long);
    read(long);
    expect(reads).toBe(2);
  });
});
