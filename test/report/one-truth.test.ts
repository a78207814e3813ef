/**
 * One truth for every figure (issue 15): on every register we have — the reader's fixtures, the registers laid
 * out like real government lists (main, held-out and probe sets), and one typed with every variant spelling, text year,
 * text date, month/year birth and departure note core reads — the report LibreOffice recalculates gives `stats`'s
 * figures, every one, per club and in total, unknown figures blank where core's are null.
 */
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { readMemberTable } from "../../src/core/register";
import { recalculate } from "../support/libreoffice";
import { PARAMS } from "./builders";
import {
  mismatches,
  recalculatedReport,
  writeReport,
  writeWorkbook,
  type WrittenReport,
} from "./workbooks";

const DIRS = ["registers", "real-layouts", "real-layouts-heldout", "real-layouts-probe"].map(
  (dir) => join(__dirname, "..", "fixtures", dir)
);

const VARIANTS: ExcelJS.CellValue[][] = [
  ["DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN HON"],
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Chức vụ", "Số tiền vay", "Ghi chú"],
  [1, "Lò Thị Hoa", "nu", "1952", "Thai", "HN", "CN", "5 triệu", null],
  [2, "Vàng A Sử", "NAM ", "15/03/1955", "H'Mông", "Hộ cận nghèo", "Phó CN", "7,000,000", null],
  [3, "Tẩn Thị Mẩy", "Nữ".normalize("NFD"), "09/1979", "Dao đỏ", "Nghèo", "UV - Thủ quỹ", 3000000, null],
  [4, "Lò Văn Sơn", "Nam", 1950, "Kinh", "Hộ TB", "Thành viên", null, "Đã mất"],
  [5, "Giàng Thị Dua", "F", new Date(Date.UTC(1960, 4, 2)), "Hmông", "Không", "Thành viên", "abc", null],
  [6, "Lý Mé Xá", "Nữ giới", "khoảng 1960", "Hà Nhì", "NCT hộ nghèo", "P. Chủ nhiệm", "2,5 triệu", "chuyển đi năm 2023"],
  [7, "Sùng A Chá (đã mất)", "Nam", 1948, "Khơmú", "HCN", "Ủy viên", "1*2", null],
  [8, "Hoàng Văn Páo", "x", 1870, "Kinhh", null, "Thư ký", "-500.000", null],
  [9, "Lò Thị Hoa", "nu", "1952", "Thai", "HN", "Thành viên", null, null],
  [10, "Tòng Thị Ơn", "Nữ", "T9/1969", "Thái trắng", "Khó khăn", "Thành viên", "3 triệu", null],
]; // prettier-ignore

let reports: WrittenReport[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "club-report-one-truth-"));
  const variants = join(dir, "bien-the.xlsx");
  await writeWorkbook(variants, [{ name: "Danh sách", rows: VARIANTS }]);
  const registers: { file: string; sheet: string }[] = [{ file: variants, sheet: "Danh sách" }];
  for (const folder of DIRS) {
    for (const file of (await readdir(folder)).filter((f) => f.endsWith(".xlsx")).sort()) {
      for (const grid of await readWorkbookGrids(join(folder, file))) {
        const table = readMemberTable(grid);
        if (table && table.members.length > 0) {
          registers.push({ file: join(folder, file), sheet: grid.sheet });
        }
      }
    }
  }
  reports = await Promise.all(
    registers.map((r, i) => writeReport(r.file, r.sheet, PARAMS, join(dir, `report-${i}.xlsx`)))
  );
}, 120_000);

test("every register's report, recalculated by LibreOffice, gives stats's figures, every one", async () => {
  expect(reports.length).toBeGreaterThan(40);
  const recalculated = await recalculate(reports.map((r) => r.file));
  const differences = reports.flatMap((report, i) =>
    mismatches(report, recalculatedReport(recalculated[i], report), report.table, PARAMS).map(
      (m) => `${report.table.sheet}: ${JSON.stringify(m)}`
    )
  );
  expect(differences).toEqual([]);
  // The variants register: each spelling counted as core reads it, two members who left counted apart.
  const variants = reports[0];
  const figure = (id: string) =>
    recalculatedReport(recalculated[0], variants).figure(
      variants.layout.figures.find((f) => f.indicator === id && f.club === null)!
    );
  expect([figure("members"), figure("women"), figure("formerMembers")]).toEqual([7, 5, 3]);
}, 600_000);
