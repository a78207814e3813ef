import type { CellFix } from "../../src/core/fixes";
import { applyFixes, undoFixes } from "../../src/excel/fixes";
import { FakeContext, type FakeCell } from "../support/fake-excel";

function snapshot(context: FakeContext): Map<string, FakeCell> {
  return new Map([...context.sheet("DS").cells].map(([k, c]) => [k, structuredClone(c)]));
}

describe("writing fixes into the workbook", () => {
  it("changes 500 cells in two round trips, skips formulas, and undo puts back every cell in one", async () => {
    const context = new FakeContext(["DS"]);
    const rows = Array.from({ length: 500 }, (_, i) => [i + 1, `Tên  ${i}`]);
    context.sheet("DS").fill(2, 1, rows);
    context.sheet("DS").cell(3, 2).formula = '=UPPER("a")';
    context.sheet("DS").cell(4, 2).numberFormat = "@";
    const before = snapshot(context);
    const plan: CellFix[] = rows.map((_, i) => ({
      sheet: "DS",
      row: i + 2,
      column: 2,
      value: `Tên ${i}`,
    }));

    const outcome = await applyFixes(context.asExcel(), plan);
    expect(context.syncs).toBe(2);
    expect(outcome.skipped).toEqual([plan[1]]);
    expect(outcome.undo).toHaveLength(499);
    expect(context.sheet("DS").cell(2, 2).formula).toBe("Tên 0");
    expect(context.sheet("DS").cell(3, 2).formula).toBe('=UPPER("a")');

    context.syncs = 0;
    await undoFixes(context.asExcel(), outcome.undo);
    expect(context.syncs).toBe(1);
    expect(snapshot(context)).toEqual(before);
  });
});
