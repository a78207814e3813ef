/**
 * What the trap tests share: a temporary folder, a register written with exceljs and then edited in its XML as
 * other programs write it (Mac Excel's date1904, a generator's formulas without results, a sheet name Excel
 * refuses), and the command line run in-process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseArgs } from "../../src/cli/args";
import { run } from "../../src/cli/main";
import { readRegister } from "../../src/cli/registers";
import { reportParameters } from "../../src/cli/report";
import { ruleProfile } from "../../src/cli/settings";
import type { IndicatorId } from "../../src/core/indicators";
import { buildReportLayout, type ReportLayout } from "../../src/core/report";
import { type Recalculated, recalculate } from "../support/libreoffice";

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[]): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The report date every trap's figures are worked out at. */
export const DATE = ["--report-date", "2024-12-31"];

/** What a line of stderr must never look like: a stack frame. */
export const STACK_FRAME = /^\s+at /m;

/** A temporary folder for one test file, removed after it. */
export function tempFolder(prefix: string): () => string {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

export const HEADER = [
  "STT",
  "Họ và tên",
  "Giới tính",
  "Năm sinh",
  "Dân tộc",
  "Tên CLB",
  "Chức vụ",
  "Số tiền vay",
];

export type Row = ExcelJS.CellValue[];

interface MemberCells {
  readonly gender: ExcelJS.CellValue;
  readonly birth: ExcelJS.CellValue;
  readonly ethnicity: ExcelJS.CellValue;
  readonly club: ExcelJS.CellValue;
  readonly role: ExcelJS.CellValue;
  readonly loan: ExcelJS.CellValue;
}

/** A member's row under HEADER: a Thái woman born 1950 in club Nà Lằng, no role, no loan, unless told otherwise. */
export function memberRow(n: number, name: string, cells: Partial<MemberCells> = {}): Row {
  const {
    gender = "Nữ",
    birth = 1950,
    ethnicity = "Thái",
    club = "Nà Lằng",
    role = null,
    loan = null,
  } = cells;
  return [n, name, gender, birth, ethnicity, club, role, loan];
}

/** A workbook of one sheet per entry, each filled by rows from A1, then shaped by `shape` if given. */
export async function writeBook(
  file: string,
  sheets: readonly {
    readonly name: string;
    readonly rows: readonly Row[];
    readonly shape?: (sheet: ExcelJS.Worksheet) => void;
  }[]
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, shape } of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value))
    );
    shape?.(sheet);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Rewrites parts of a workbook's zip, each XML text through its edit; fails when an edit changes nothing. */
export async function editZip(
  file: string,
  edits: Readonly<Record<string, (xml: string) => string>>
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const [path, edit] of Object.entries(edits)) {
    const part = zip.file(path);
    if (part === null) throw new Error(`${file} has no part ${path}`);
    const before = await part.async("string");
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${path} changed nothing`);
    zip.file(path, after);
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The XML text of one part of a workbook. */
export async function zipPart(file: string, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = zip.file(path);
  if (part === null) throw new Error(`${file} has no part ${path}`);
  return part.async("string");
}

/** `stats --json`'s total, with the run's exit code and stderr. */
export async function statsTotal(
  files: readonly string[],
  ...options: string[]
): Promise<{ code: number; stderr: string; total: Record<string, number | null> }> {
  const { code, stdout, stderr } = await runCli(["stats", ...files, "--json", ...options]);
  return { code, stderr, total: stdout === "" ? {} : JSON.parse(stdout).total };
}

interface IssueJson {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: number | null;
  readonly value: unknown;
  readonly message: string;
}

/** `check --json`'s issues of every file and sheet, in order, with the run's exit code. */
export async function checkIssues(
  files: readonly string[],
  ...options: string[]
): Promise<{ code: number; stderr: string; issues: IssueJson[]; json: CheckJson | null }> {
  const { code, stdout, stderr } = await runCli(["check", ...files, "--json", ...options]);
  const json = stdout === "" ? null : (JSON.parse(stdout) as CheckJson);
  const issues = json?.files.flatMap((f) => f.sheets.flatMap((s) => s.issues)) ?? [];
  return { code, stderr, issues, json };
}

export interface CheckJson {
  readonly files: readonly {
    readonly file: string;
    readonly sheets: readonly {
      readonly sheet: string;
      readonly members: number;
      readonly issues: IssueJson[];
    }[];
  }[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
}

export interface RecalculatedReport {
  /** The layout the command wrote, built again from the same input and arguments. */
  readonly layout: ReportLayout;
  /** The workbook the command wrote, as exceljs reads it. */
  readonly written: ExcelJS.Workbook;
  /** A total figure of the report after LibreOffice recalculated it. */
  total(indicator: IndicatorId): Recalculated;
}

/**
 * The report `report` wrote for one input, recalculated by LibreOffice. `args` are the command's arguments,
 * with the report date, the report being the input's copy with the layout's sheets added after its own.
 */
export async function recalculatedReport(
  input: string,
  out: string,
  args: readonly string[]
): Promise<RecalculatedReport> {
  const register = await readRegister(input);
  const parsed = parseArgs(args);
  if ("failure" in register || parsed.kind !== "run") throw new Error("valid input and arguments");
  const reportDate = parsed.options.reportDate;
  if (reportDate === null) throw new Error("the arguments give the report date");
  const settings = { ...parsed.options, reportDate };
  const layout = buildReportLayout({
    table: register.tables[0],
    grid: register.grids[0],
    profile: ruleProfile(settings),
    params: reportParameters(settings),
  });
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(out);
  const first = written.worksheets.length - layout.sheets.length;
  const nameOf = new Map(
    layout.sheets.map((sheet, i) => [sheet.key, written.worksheets[first + i].name])
  );
  const [recalculated] = await recalculate([out]);
  return {
    layout,
    written,
    total(indicator) {
      const figure = layout.figures.find(
        (f) => f.indicator === indicator && f.club === null && !f.cumulative
      );
      if (figure === undefined) throw new Error(`the report has no total ${indicator}`);
      return recalculated.sheet(nameOf.get(figure.sheet) as string).value(figure.address);
    },
  };
}
