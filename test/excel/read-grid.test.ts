import { CELLS_PER_CHUNK, CancelledError, readSheetGrid } from "../../src/excel/read-grid";
import { FakeContext } from "../support/fake-excel";

async function read(context: FakeContext, name: string, options = {}) {
  const sheet = context.workbook.worksheets.getItem(name) as unknown as Excel.Worksheet;
  return readSheetGrid(context.asExcel(), sheet, options);
}

describe("readSheetGrid", () => {
  it("reads the used range with its origin, blanks as null and error cells as errors", async () => {
    const context = new FakeContext(["Danh sách"]);
    context.sheet("Danh sách").fill(3, 2, [
      ["STT", "Họ và tên", "Năm sinh"],
      [1, "Lò Thị Hoa", 1955],
      [2, "", { error: "#N/A" }],
      [3, "Vàng A Sử", true],
    ]);
    const grid = await read(context, "Danh sách");
    expect(grid).toEqual({
      sheet: "Danh sách",
      originRow: 3,
      originCol: 2,
      rows: [
        ["STT", "Họ và tên", "Năm sinh"],
        [1, "Lò Thị Hoa", 1955],
        [2, null, { error: "#N/A" }],
        [3, "Vàng A Sử", true],
      ],
    });
  });

  it("gives an empty grid for an empty sheet", async () => {
    const context = new FakeContext(["Trống"]);
    await expect(read(context, "Trống")).resolves.toEqual({
      sheet: "Trống",
      originRow: 1,
      originCol: 1,
      rows: [],
    });
  });

  it("reads a large sheet in bounded chunks, reporting progress, one round trip per chunk", async () => {
    const context = new FakeContext(["Lớn"]);
    const rows = Math.ceil((CELLS_PER_CHUNK * 2.5) / 4);
    context.sheet("Lớn").fill(
      1,
      1,
      Array.from({ length: rows }, (_, i) => [i + 1, `Người ${i}`, 1950 + (i % 40), "Nữ"])
    );
    const progress: number[] = [];
    const grid = await read(context, "Lớn", {
      onProgress: (p: { rowsRead: number }) => progress.push(p.rowsRead),
    });
    expect(grid.rows).toHaveLength(rows);
    expect(grid.rows[rows - 1]).toEqual([
      rows,
      `Người ${rows - 1}`,
      1950 + ((rows - 1) % 40),
      "Nữ",
    ]);
    expect(progress).toHaveLength(3);
    expect(progress[2]).toBe(rows);
    expect(context.syncs).toBe(1 + 3);
  });

  it("stops between chunks when the user cancels", async () => {
    const context = new FakeContext(["Lớn"]);
    context.sheet("Lớn").fill(
      1,
      1,
      Array.from({ length: CELLS_PER_CHUNK }, (_, i) => [i, "x"])
    );
    let chunks = 0;
    await expect(
      read(context, "Lớn", { onProgress: () => chunks++, cancelled: () => chunks >= 1 })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBe(1);
  });
});
