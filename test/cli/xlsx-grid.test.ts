import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readWorkbookGrids, WorkbookReadError } from "../../src/cli/xlsx-grid";
import { convertWithLibreOffice } from "../support/libreoffice";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-grid-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function writeWorkbook(name: string, fill: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("reading a workbook into grids", () => {
  test("one grid per worksheet, in order, with plain values", async () => {
    const file = await writeWorkbook("values.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("CLB Nà Lằng");
      sheet.getCell("A1").value = "Họ và tên";
      sheet.getCell("B1").value = 1955;
      sheet.getCell("C1").value = true;
      sheet.getCell("D1").value = new Date(Date.UTC(1950, 4, 17));
      sheet.getCell("A2").value = {
        richText: [{ text: "Lò Thị " }, { font: { bold: true }, text: "Hoa" }],
      };
      sheet.getCell("B2").value = { formula: "1950+5", result: 1955 };
      sheet.getCell("C2").value = { formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } };
      sheet.getCell("D2").value = { text: "trang web", hyperlink: "https://example.org" };
      sheet.getCell("E2").value = { error: "#REF!" };
      sheet.getCell("B4").value = "sau dòng trống";
      workbook.addWorksheet("Trống");
    });

    const grids = await readWorkbookGrids(file);
    expect(grids.map((g) => g.sheet)).toEqual(["CLB Nà Lằng", "Trống"]);
    const [grid, empty] = grids;
    expect(grid.originRow).toBe(1);
    expect(grid.originCol).toBe(1);
    expect(grid.rows).toEqual([
      ["Họ và tên", 1955, true, new Date(Date.UTC(1950, 4, 17))],
      ["Lò Thị Hoa", 1955, { error: "#N/A" }, "trang web", { error: "#REF!" }],
      [],
      [null, "sau dòng trống"],
    ]);
    expect(empty.rows).toEqual([]);
  });

  test("a merged cell keeps its value in the top-left cell only", async () => {
    const file = await writeWorkbook("merged.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Danh sách");
      sheet.getCell("A1").value = "Năm sinh";
      sheet.getCell("A2").value = "Nam";
      sheet.getCell("B2").value = "Nữ";
      sheet.getCell("C1").value = "Dân tộc";
      sheet.mergeCells("A1:B1");
      sheet.mergeCells("C1:C2");
    });

    const [grid] = await readWorkbookGrids(file);
    expect(grid.rows).toEqual([
      ["Năm sinh", null, "Dân tộc"],
      ["Nam", "Nữ"],
    ]);
  });
});

/** A minimal zip archive (stored, no compression) holding one file. */
function zipOfOneFile(name: string, text: string): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const data = Buffer.from(text, "utf8");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralStart = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe("files that are not workbooks", () => {
  async function failure(file: string): Promise<WorkbookReadError> {
    try {
      await readWorkbookGrids(file);
    } catch (error) {
      if (error instanceof WorkbookReadError) return error;
      throw error;
    }
    throw new Error("read without error");
  }

  test("a missing file", async () => {
    expect((await failure(join(dir, "không có.xlsx"))).reason).toBe("not-found");
  });

  test("an old .xls (OLE2 compound file)", async () => {
    const file = join(dir, "cu.xls");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect((await failure(file)).reason).toBe("legacy-xls");
  });

  test("a text file named .xlsx", async () => {
    const file = join(dir, "danh-sach.xlsx");
    writeFileSync(file, "STT,Họ và tên\n1,Lò Thị Hoa\n");
    expect((await failure(file)).reason).toBe("not-xlsx");
  });

  test("an empty file", async () => {
    const file = join(dir, "rong.xlsx");
    writeFileSync(file, "");
    expect((await failure(file)).reason).toBe("not-xlsx");
  });

  test("a zip that holds no workbook", async () => {
    const file = join(dir, "tai-lieu.xlsx");
    writeFileSync(file, zipOfOneFile("ghi-chu.txt", "Danh sách thành viên"));
    expect((await failure(file)).reason).toBe("not-xlsx");
  });

  test("a damaged zip", async () => {
    const file = join(dir, "hong.xlsx");
    writeFileSync(file, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)]));
    const error = await failure(file);
    expect(error.reason).toBe("corrupt");
    expect(error.file).toBe(file);
  });
});

describe("cached formula results as Excel and LibreOffice save them", () => {
  test("a result of 0 or empty text is read, not taken for a blank cell", async () => {
    const source = await writeWorkbook("zero.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Tính");
      sheet.getCell("A1").value = { formula: "1-1" };
      sheet.getCell("B1").value = { formula: 'IF(1,"","x")' };
      sheet.getCell("C1").value = { formula: "2+3" };
    });
    // LibreOffice computes the formulas and stores their results, as Excel does when it saves.
    const [saved] = await convertWithLibreOffice([source], "xlsx", join(dir, "saved"));
    const [grid] = await readWorkbookGrids(saved);
    expect(grid.rows[0]).toEqual([0, null, 5]);
  });
});
