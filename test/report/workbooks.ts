/** Small .xlsx registers written for the tests, and the report added to them, through the real readers. */
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../src/cli/xlsx-grid";
import { addReportSheets } from "../../src/cli/xlsx-report";
import type { Grid } from "../../src/core/grid";
import type { MemberTable } from "../../src/core/model";
import { computeIndicators, planRate } from "../../src/core/indicators";
import { readMemberTable } from "../../src/core/register";
import { unrecordedPoverty } from "../../src/core/validation";
import {
  buildReportLayout,
  REPORT_SHEET,
  type FigureCell,
  type ReportLayout,
  type ReportParameters,
} from "../../src/core/report";
import type { Recalculated, RecalculatedWorkbook } from "../support/libreoffice";

export interface SheetRows {
  readonly name: string;
  /** rows[0] is sheet row 1; null cells are left empty. */
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  readonly merges?: readonly string[];
}

export async function writeWorkbook(file: string, sheets: readonly SheetRows[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) worksheet.getCell(r + 1, c + 1).value = value;
      })
    );
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(file);
}

/** The member table of one sheet, read as the command line reads it. */
export async function readTable(
  file: string,
  sheet: string
): Promise<{ grid: Grid; table: MemberTable }> {
  const grid = (await readWorkbookGrids(file)).find((g) => g.sheet === sheet);
  if (!grid) throw new Error(`${file} has no sheet ${sheet}`);
  const table = readMemberTable(grid);
  if (!table) throw new Error(`${file}!${sheet} holds no member table`);
  return { grid, table };
}

export interface WrittenReport {
  readonly file: string;
  /** The report's own sheet. */
  readonly sheet: string;
  /** Every sheet of the report (the report, its annexes) by layout key. */
  readonly sheets: Readonly<Record<string, string>>;
  readonly table: MemberTable;
  readonly layout: ReportLayout;
}

/** A copy of the register with the report of one of its sheets added. */
export async function writeReport(
  register: string,
  memberSheet: string,
  params: ReportParameters,
  out: string
): Promise<WrittenReport> {
  const { grid, table } = await readTable(register, memberSheet);
  const layout = buildReportLayout({ table, grid, params });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(register);
  const sheets = addReportSheets(workbook, layout);
  await workbook.xlsx.writeFile(out);
  return { file: out, sheet: sheets[REPORT_SHEET], sheets, table, layout };
}

/** A report as LibreOffice recalculated it: cells of the report's own sheet, and each figure where it is. */
export interface RecalculatedReport {
  value(address: string): Recalculated;
  figure(figure: FigureCell): Recalculated;
}

export function recalculatedReport(
  workbook: RecalculatedWorkbook,
  report: Pick<WrittenReport, "sheet" | "sheets">
): RecalculatedReport {
  return {
    value: (address) => workbook.sheet(report.sheet).value(address),
    figure: (figure) => workbook.sheet(report.sheets[figure.sheet]).value(figure.address),
  };
}

/** A copy of a workbook with some cells of one sheet changed (what a user does after the report is made). */
export async function editCells(
  file: string,
  sheet: string,
  edits: Readonly<Record<string, ExcelJS.CellValue>>,
  out: string
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`${file} has no sheet ${sheet}`);
  for (const [address, value] of Object.entries(edits)) worksheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(out);
}

export interface Mismatch {
  indicator: string;
  club: string | null;
  recalculated: unknown;
  core: number | null;
}

/** Every figure of the report whose recalculated value is not core's, each difference once. */
export function mismatches(
  report: WrittenReport,
  sheet: RecalculatedReport,
  table: MemberTable,
  params: ReportParameters
): Mismatch[] {
  const core = computeIndicators(table.members, {
    unrecordedPoverty: unrecordedPoverty([table]),
    referenceDate: params.referenceDate,
    ageThreshold: params.ageThreshold,
    plannedClubs: params.plannedClubs ?? undefined,
  });
  const found: Mismatch[] = [];
  for (const figure of report.layout.figures) {
    const expected = figure.cumulative
      ? planRate((params.clubsBefore ?? 0) + (core.total.clubs ?? 0), params.plannedClubsTotal ?? 0)
      : figure.club === null
        ? core.total[figure.indicator]
        : (core.clubs.find((c) => c.club === figure.club)?.values[figure.indicator] ?? null);
    const actual = sheet.figure(figure);
    // LibreOffice saves 15 significant digits.
    const same =
      expected === null
        ? actual === null
        : typeof actual === "number" &&
          Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
    const mismatch = {
      indicator: figure.indicator,
      club: figure.club,
      recalculated: actual,
      core: expected,
    };
    // A figure shown twice (an annex's total and the report's) differs once.
    if (!same && !found.some((f) => JSON.stringify(f) === JSON.stringify(mismatch))) {
      found.push(mismatch);
    }
  }
  return found;
}
