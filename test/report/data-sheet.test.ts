/**
 * The report's data sheet, recalculated by LibreOffice: every canonical cell of every member equals core's
 * reading of that member — on every register of the fixture corpus, on a register typed with every variant
 * spelling core reads, and after a member's cells are edited with the catalogue's spellings.
 */
import ExcelJS from "exceljs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import type { Grid } from "../../src/core/grid";
import type { MemberTable } from "../../src/core/model";
import { readMemberTable } from "../../src/core/register";
import {
  buildDataSheet,
  DATA_COLUMN,
  DATA_COLUMNS,
  DATA_FIRST_ROW,
  type DataCell,
  type DataSheet,
} from "../../src/core/report/data-sheet/data-sheet";
import { recalculate, type Recalculated } from "../support/libreoffice";
import { writeWorkbook } from "./workbooks";

/** The reader's fixtures and the registers laid out like real government lists, main and held-out sets. */
const FIXTURE_DIRS = ["registers", "real-layouts", "real-layouts-heldout"].map((dir) =>
  join(__dirname, "..", "fixtures", dir)
);

const VOCABULARY = "Danh mục";
const NAMES = {
  data: "Dữ liệu BC",
  vocabularyPrefix: `'${VOCABULARY}'!`,
  headers: Object.fromEntries(DATA_COLUMNS.map((c) => [c, c])) as Record<
    (typeof DATA_COLUMNS)[number],
    string
  >,
  vocabularyHeaders: ["key", "value"] as const,
};

function writeCells(worksheet: ExcelJS.Worksheet, cells: readonly DataCell[]): void {
  for (const cell of cells) {
    worksheet.getCell(cell.address).value =
      cell.kind === "formula" ? { formula: cell.formula } : cell.value;
  }
}

/** A copy of the register with the data sheet and its vocabulary added. */
async function withDataSheet(register: string, sheet: DataSheet, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(register);
  writeCells(workbook.addWorksheet(sheet.name), sheet.cells);
  writeCells(workbook.addWorksheet(VOCABULARY), sheet.vocabularyCells);
  await workbook.xlsx.writeFile(out);
}

/** A recalculated cell as core's value compares with it: "" for blank, dates as serials. */
function comparable(value: Recalculated): string | number | null {
  if (value === null) return "";
  // A DATE(…) result LibreOffice formats as a date, which reads back as one: its serial.
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return Date.parse(value) / 86_400_000 + 25_569;
  }
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6;
  if (typeof value === "string") return value;
  return null; // errors and booleans are never a canonical value
}

function expectedCell(sheet: DataSheet, address: string): string | number {
  const cell = sheet.cells.find((c) => c.address === address);
  if (!cell) throw new Error(`no ${address}`);
  return cell.kind === "value" ? cell.value : NaN;
}

/** Core's values, per data row and column, from the table (as the data sheet's builder writes them when fixed). */
function coreValues(table: MemberTable): (string | number)[][] {
  return table.members.map((m) => [
    m.row,
    m.club,
    m.name ?? "",
    m.gender === null ? "" : m.gender === "female" ? "Nữ" : "Nam",
    m.birth === null
      ? ""
      : m.birth.month === undefined
        ? m.birth.year
        : Date.UTC(m.birth.year, m.birth.month - 1, m.birth.day ?? 1) / 86_400_000 + 25_569,
    m.ethnicity ?? "",
    m.minority === null ? "" : m.minority ? "Có" : "Không",
    m.poverty === null
      ? ""
      : {
          poor: "Hộ nghèo",
          "near-poor": "Cận nghèo",
          hardship: "Hoàn cảnh khó khăn",
          none: "Không",
        }[m.poverty],
    m.role === null
      ? ""
      : {
          chair: "Chủ nhiệm",
          "vice-chair": "Phó chủ nhiệm",
          "board-member": "Ủy viên",
          member: "Thành viên",
        }[m.role],
    m.loan ?? "",
    m.contribution ?? "",
    m.status === "former" ? "Đã rời" : "Đang sinh hoạt",
  ]);
}

interface Case {
  readonly label: string;
  readonly file: string;
  readonly grid: Grid;
  readonly table: MemberTable;
  readonly sheet: DataSheet;
}

async function casesOf(file: string, label: string): Promise<Case[]> {
  const grids = await readWorkbookGrids(file);
  const cases: Case[] = [];
  for (const grid of grids) {
    const table = readMemberTable(grid);
    if (table === null || table.members.length === 0) continue;
    cases.push({
      label: `${label}!${grid.sheet}`,
      file,
      grid,
      table,
      sheet: buildDataSheet(table, grid, NAMES),
    });
  }
  return cases;
}

const VARIANTS: ExcelJS.CellValue[][] = [
  [
    "STT",
    "Họ và tên",
    "Giới tính",
    "Năm sinh",
    "Dân tộc",
    "Hoàn cảnh",
    "Chức vụ",
    "Số tiền vay",
    "Ghi chú",
  ],
  [1, "Lò Thị Hoa", "nu", "1952", "Thai", "HN", "CN", "5 triệu", null],
  [2, "Vàng A Sử", "NAM ", "15/03/1955", "H'Mông", "Hộ cận nghèo", "Phó CN", "7,000,000", null],
  [
    3,
    "Tẩn Thị Mẩy",
    "Nữ".normalize("NFD"),
    "09/1979",
    "Dao đỏ",
    "Nghèo",
    "UV - Thủ quỹ",
    3000000,
    null,
  ],
  [4, "Lò Văn Sơn", "Nam", 1950, "Kinh", "Hộ TB", "Thành viên", null, "Đã mất"],
  [
    5,
    "Giàng Thị Dua",
    "F",
    new Date(Date.UTC(1960, 4, 2)),
    "Hmông",
    "Không",
    "Thành viên",
    "abc",
    null,
  ],
  [
    6,
    "Lý Mé Xá",
    "Nữ giới",
    "khoảng 1960",
    "Hà Nhì",
    "NCT hộ nghèo",
    "P. Chủ nhiệm",
    "2,5 triệu",
    "chuyển đi năm 2023",
  ],
  [7, "Sùng A Chá (đã mất)", "Nam", 1948, "Khơmú", "HCN", "Ủy viên", "1*2", null],
  [8, "Hoàng Văn Páo", "x", 1870, "Kinhh", null, "Thư ký", "-500.000", null],
];

let dir: string;
const cases: Case[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "club-report-data-"));
  const variants = join(dir, "bien-the.xlsx");
  await writeWorkbook(variants, [{ name: "Danh sách", rows: VARIANTS }]);
  cases.push(...(await casesOf(variants, "variants")));
  for (const dir of FIXTURE_DIRS) {
    for (const file of (await readdir(dir)).filter((f) => f.endsWith(".xlsx")).sort()) {
      cases.push(...(await casesOf(join(dir, file), file)));
    }
  }
}, 60_000);

test("the variants register is read as core reads each spelling, with no cell fixed as a value", () => {
  const variants = cases[0];
  expect(variants.sheet.fixed).toEqual([]);
  expect(
    variants.table.members.map((m) => [m.gender, m.ethnicity, m.poverty, m.role, m.status])
  ).toEqual([
    ["female", "Thái", "poor", "chair", "current"],
    ["male", "Mông", "near-poor", "vice-chair", "current"],
    ["female", "Dao", "poor", "board-member", "current"],
    ["male", "Kinh", "none", "member", "former"],
    ["female", "Mông", "none", "member", "current"],
    ["female", "Hà Nhì", "poor", "vice-chair", "former"],
    ["male", "Khơ Mú", "near-poor", "board-member", "former"],
    [null, null, null, "board-member", "current"],
  ]);
});

test("every register's data sheet is all formulas: no member cell had to be written as a value", () => {
  expect(cases.length).toBeGreaterThan(40);
  expect(
    cases.flatMap((c) => c.sheet.fixed.map((f) => `${c.label} row ${f.row} ${f.column}`))
  ).toEqual([]);
});

test("LibreOffice's recalculated data sheet equals core's reading of every member, on every register", async () => {
  const files = await Promise.all(
    cases.map(async (c, i) => {
      const out = join(dir, `case-${i}.xlsx`);
      await withDataSheet(c.file, c.sheet, out);
      return out;
    })
  );
  const recalculated = await recalculate(files);
  const differences: string[] = [];
  cases.forEach((c, i) => {
    const sheet = recalculated[i].sheet(NAMES.data);
    coreValues(c.table).forEach((values, m) => {
      DATA_COLUMNS.forEach((column, k) => {
        const address = `${String.fromCharCode(64 + DATA_COLUMN[column])}${DATA_FIRST_ROW + m}`;
        const got = comparable(sheet.value(address));
        const want =
          typeof values[k] === "number" ? Math.round((values[k] as number) * 1e6) / 1e6 : values[k];
        if (column !== "name" && got !== want) {
          differences.push(
            `${c.label} ${address} (${column}): LibreOffice ${JSON.stringify(got)}, core ${JSON.stringify(want)}`
          );
        }
      });
    });
    expect(expectedCell(c.sheet, "A1")).toBe("row");
  });
  expect(differences).toEqual([]);
}, 300_000);
