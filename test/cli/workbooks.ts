/**
 * The workbooks the command-line tests run on, written into a temporary folder: two small club registers whose
 * figures are worked out by hand in the tests, and one file for each kind of bad input.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

type Row = ExcelJS.CellValue[];

export async function writeWorkbook(
  file: string,
  sheets: readonly { readonly name: string; readonly rows: readonly Row[] }[]
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = workbook.created;
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value))
    );
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

export interface Fixtures {
  readonly dir: string;
  /** Club "Nà Lằng": a title row, a club column, three clean members. */
  readonly naLang: string;
  /** Club "Bản Hon" (named by its sheet): three members, one without gender, one of ethnic group "Kinhh". */
  readonly banHon: string;
  readonly missing: string;
  readonly textFile: string;
  readonly legacyXls: string;
  readonly corrupt: string;
  readonly noTable: string;
}

/**
 * Nà Lằng, rows 3–5 of sheet “Danh sách”:
 *   Lò Thị Hoa      Nữ  1950 Thái  Hộ nghèo  Chủ nhiệm   200.000  5.000.000
 *   Vàng A Sử       Nam 1980 Mông  Cận nghèo Thành viên  100.000  —
 *   Nguyễn Thị Mai  Nữ  1969 Kinh  Không     Ủy viên     150.000  3.000.000
 * Bản Hon, rows 2–4 of sheet “CLB Bản Hon”:
 *   Tẩn Láo Mẩy     —   1975       Dao     Hộ nghèo            Chủ nhiệm   50.000  —
 *   Giàng Thị Dua   Nữ  05/03/1958 Kinhh   —                   —           —       —
 *   Lý Mé Xá        Nữ  1962       Hà Nhì  Hoàn cảnh khó khăn  Thành viên  100.000 2.000.000
 */
export async function makeFixtures(): Promise<Fixtures> {
  const dir = mkdtempSync(join(tmpdir(), "club-report-cli-"));
  const naLang = await writeWorkbook(join(dir, "nà-lằng.xlsx"), [
    {
      name: "Danh sách",
      rows: [
        ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG"],
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Tên CLB", "Chức vụ", "Đóng góp", "Số tiền vay"],
        [1, "Lò Thị Hoa", "Nữ", 1950, "Thái", "Hộ nghèo", "Nà Lằng", "Chủ nhiệm", 200000, 5000000],
        [2, "Vàng A Sử", "Nam", 1980, "Mông", "Cận nghèo", "Nà Lằng", "Thành viên", 100000, null],
        [3, "Nguyễn Thị Mai", "Nữ", 1969, "Kinh", "Không", "Nà Lằng", "Ủy viên", 150000, 3000000],
      ],
    },
  ]); // prettier-ignore
  const banHon = await writeWorkbook(join(dir, "bản-hon.xlsx"), [
    {
      name: "CLB Bản Hon",
      rows: [
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Chức vụ", "Đóng góp", "Số tiền vay"],
        [1, "Tẩn Láo Mẩy", null, 1975, "Dao", "Hộ nghèo", "Chủ nhiệm", 50000, null],
        [2, "Giàng Thị Dua", "Nữ", new Date(Date.UTC(1958, 2, 5)), "Kinhh", null, null, null, null],
        [3, "Lý Mé Xá", "Nữ", 1962, "Hà Nhì", "Hoàn cảnh khó khăn", "Thành viên", 100000, 2000000],
      ],
    },
    // A notes sheet with no member table: skipped, not an error, as the workbook has a register.
    { name: "Ghi chú", rows: [["Danh sách do Hội NCT xã lập."]] },
  ]); // prettier-ignore

  const textFile = join(dir, "ghi-chu.xlsx");
  writeFileSync(textFile, "STT;Họ và tên\n1;Lò Thị Hoa\n");
  // An old binary workbook starts with the OLE2 signature.
  const legacyXls = join(dir, "danh-sach-cu.xls");
  writeFileSync(
    legacyXls,
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ])
  );
  // A zip signature and then nothing a zip reader can use: a download cut short.
  const corrupt = join(dir, "hong.xlsx");
  writeFileSync(
    corrupt,
    Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(200, 7)])
  );
  const noTable = await writeWorkbook(join(dir, "ke-hoach.xlsx"), [
    { name: "Kế hoạch", rows: [["Kế hoạch năm 2024"], ["Số CLB", 7], ["Kinh phí", 25000000]] },
  ]); // prettier-ignore

  return {
    dir,
    naLang,
    banHon,
    missing: join(dir, "khong-co.xlsx"),
    textFile,
    legacyXls,
    corrupt,
    noTable,
  };
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
