/**
 * The random-register arbitraries keep their own promises (this tests the generator, not the reader): every grid
 * row is exactly one of header, member or other; member rows come in order with one truth each and a name; header
 * merges stay inside the header; a layout that cannot say a fact lists it as absent.
 */
import fc from "fast-check";
import { randomRegister } from "./random-register";

describe("randomRegister", () => {
  it("partitions the grid into header, member and other rows", () => {
    fc.assert(
      fc.property(randomRegister(), (r) => {
        const [first, last] = r.headerRows;
        const header = Array.from({ length: last - first + 1 }, (_v, k) => first + k);
        const kinds = [
          ...header,
          ...r.memberRows,
          ...r.otherRows,
          ...(r.codeRow ? [r.codeRow] : []),
        ];
        expect(kinds.slice().sort((a, b) => a - b)).toEqual(
          Array.from({ length: r.grid.rows.length }, (_v, k) => k + 1)
        );
        expect(r.memberRows).toHaveLength(r.members.length);
        expect(r.memberRows.every((row, k) => k === 0 || row > r.memberRows[k - 1])).toBe(true);
        expect(r.memberRows[0]).toBeGreaterThan(last);
      }),
      { numRuns: 200 }
    );
  });

  it("writes a name in every member row and keeps header merges inside the header", () => {
    fc.assert(
      fc.property(randomRegister(), (r) => {
        const [first, last] = r.headerRows;
        for (const row of r.memberRows) {
          const cells = r.grid.rows[row - 1].filter(
            (v) => typeof v === "string" && v.trim() !== ""
          );
          expect(cells.length).toBeGreaterThan(0);
        }
        for (const range of r.merges) {
          const rows = range.match(/\d+/g)!.map(Number);
          expect(Math.min(...rows)).toBeGreaterThanOrEqual(first);
          expect(Math.max(...rows)).toBeLessThanOrEqual(last);
        }
      }),
      { numRuns: 200 }
    );
  });

  it("states only what its layout can say", () => {
    fc.assert(
      fc.property(randomRegister(), (r) => {
        for (const m of r.members) {
          if (m.ethnicity === "minority") expect(r.absent).not.toContain("ethnicity");
          if (r.absent.includes("hardship")) expect(m.poverty).not.toBe("hardship");
        }
      }),
      { numRuns: 200 }
    );
  });
});
