import {
  CELLS_PER_CHUNK,
  CHUNK_BYTE_BUDGET,
  CancelledError,
  FIRST_CHUNK_CELLS,
  readSheetGrid,
} from "../../src/excel/read-grid";
import { readMemberTable } from "../../src/core/register";
import { FakeContext, PAYLOAD_LIMIT_BYTES } from "../support/fake-excel";

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
    const chunks = context.responseSizes.length - 1;
    expect(progress).toHaveLength(1 + chunks);
    expect(progress[0]).toBe(0);
    expect(progress[chunks]).toBe(rows);
    expect(context.syncs).toBe(1 + chunks);
    // Light rows: after the first chunk, chunks grow to the cell cap, not one per 20,000 cells.
    expect(chunks).toBeLessThanOrEqual(
      1 + Math.ceil((rows * 4 - FIRST_CHUNK_CELLS) / CELLS_PER_CHUNK)
    );
  });

  it("sizes chunks by the bytes rows carry: long notes keep every response under 5 MB", async () => {
    const context = new FakeContext(["Ghi chú"]);
    const rows = 6000;
    const note = (i: number) => `Ghi chú ${i}: ${"đã chuyển đi, hoàn cảnh khó khăn ".repeat(60)}`;
    context.sheet("Ghi chú").fill(
      1,
      1,
      Array.from({ length: rows }, (_, i) => [i + 1, `Người ${i}`, note(i)])
    );
    const grid = await read(context, "Ghi chú");
    expect(grid.rows).toHaveLength(rows);
    expect(grid.rows[rows - 1][2]).toBe(note(rows - 1));
    const total = context.responseSizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...context.responseSizes)).toBeLessThanOrEqual(CHUNK_BYTE_BUDGET * 1.1);
    process.stdout.write(
      `long notes: ${rows} rows, ${(total / 1e6).toFixed(1)} MB, ${context.syncs} round trips (${context.syncs - context.responseSizes.length} refused), largest response ${(Math.max(...context.responseSizes) / 1e6).toFixed(2)} MB\n`
    );
  });

  it("halves a chunk Excel refuses as too large and reads it again", async () => {
    const context = new FakeContext(["Nặng"]);
    // The first chunk (1,000 cells = 500 rows of two) would carry about 6 MB.
    const rows = 1_000;
    context.sheet("Nặng").fill(
      1,
      1,
      Array.from({ length: rows }, (_, i) => [i, "x".repeat(12_000)])
    );
    const grid = await read(context, "Nặng");
    expect(grid.rows).toHaveLength(rows);
    expect(context.syncs).toBeGreaterThan(context.responseSizes.length);
    expect(Math.max(...context.responseSizes)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
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
      read(context, "Lớn", {
        onProgress: (p: { rowsRead: number }) => (chunks += p.rowsRead > 0 ? 1 : 0),
        cancelled: () => chunks >= 1,
      })
    ).rejects.toBeInstanceOf(CancelledError);
    expect(chunks).toBe(1);
  });

  it.each([
    ["Hidden", "hidden"],
    ["VeryHidden", "veryHidden"],
  ] as const)(
    "says a sheet is %s, as the command line reads it from the file",
    async (how, said) => {
      const context = new FakeContext(["Cũ"]);
      context.sheet("Cũ").fill(1, 1, [["Họ và tên"], ["Lò Thị Hoa"]]).visibility = how;
      expect((await read(context, "Cũ")).hidden).toBe(said);
    }
  );

  it("tells rows filtered out by the sheet's filter from rows hidden otherwise, asking row by row only where a chunk has some", async () => {
    const context = new FakeContext(["DS"]);
    const rows = 3000;
    const sheet = context.sheet("DS").fill(
      1,
      1,
      Array.from({ length: rows }, (_, i) => [i + 1, `Người ${i}`])
    );
    sheet.autoFilter = { address: "A1:B100", isDataFiltered: true };
    for (const row of [5, 6, 7, 250, 251, 2999]) sheet.hiddenRows.add(row);
    const grid = await read(context, "DS");
    expect(grid.filteredRows).toEqual([5, 6, 7]);
    expect(grid.hiddenRows).toEqual([250, 251, 2999]);
    expect(grid.hidden).toBeUndefined();
    // One more round trip per chunk whose rows are partly hidden: rows 5–251 lie in the first chunk (500 rows of
    // two cells), row 2999 in the last; the chunks between cost nothing more.
    expect(partlyHiddenChunks(context)).toBe(2);
  });

  it("rows hidden under a filter that is not filtering are hidden rows; a sheet with none has neither list", async () => {
    const context = new FakeContext(["DS", "Sạch"]);
    const sheet = context.sheet("DS").fill(1, 1, [["Họ và tên"], ["A"], ["B"], ["C"]]);
    sheet.autoFilter = { address: "A1:A4", isDataFiltered: false };
    sheet.hiddenRows.add(3);
    const grid = await read(context, "DS");
    expect([grid.hiddenRows, grid.filteredRows]).toEqual([[3], undefined]);
    context.sheet("Sạch").fill(1, 1, [["Họ và tên"], ["A"]]);
    const clean = await read(context, "Sạch");
    expect([clean.hiddenRows, clean.filteredRows, clean.hidden]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("tells the hidden columns, asking column by column only when some are, so that a shown column is read first", async () => {
    const context = new FakeContext(["DS", "Sạch"]);
    const sheet = context.sheet("DS").fill(2, 2, [
      ["Họ và tên", "Năm sinh", "Năm sinh", "Dân tộc"],
      ["Lò Thị Hoa", 1945, 1955, "Thái"],
    ]);
    sheet.hiddenColumns.add(3);
    const grid = await read(context, "DS");
    expect(grid.hiddenColumns).toEqual([3]);
    expect(partlyHiddenChunks(context)).toBe(1);
    expect(readMemberTable(grid)?.members[0].birth).toEqual({ year: 1955 });
    context.sheet("Sạch").fill(1, 1, [["Họ và tên"], ["A"]]);
    const before = context.syncs;
    expect((await read(context, "Sạch")).hiddenColumns).toBeUndefined();
    // A sheet with no hidden column costs no round trip more.
    expect(context.syncs - before).toBe(2);
  });
});

/** Round trips that carried rows' properties only: the fake counts them as responses of no loaded object. */
function partlyHiddenChunks(context: FakeContext): number {
  return context.responseSizes.filter((size) => size === 0).length;
}
