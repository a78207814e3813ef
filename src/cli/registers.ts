/**
 * Reading the registers named on the command line: each file → its member tables (every sheet where a member
 * table is found), or the failure that says why the file cannot be used. One bad file does not stop the others.
 */
import { resolve } from "path";
import type { Grid } from "../core/grid";
import type { MemberTable } from "../core/model";
import { readMemberTable, readMemberTableCorrected } from "../core/register";
import type { RegisterReading } from "./args";
import { serialsFrom1904, tablesOfSheet } from "../core/register";
import { type CopiedSheet, leaveOutCopies } from "../core/validation";
import { fail, type Failure } from "./failure";
import { contentIdentity, fileIdentity } from "./file-identity";
import { readWorkbook, WorkbookReadError, type WorkbookReadFailure } from "./xlsx-grid";

export interface Register {
  /** The file as the user named it. */
  readonly file: string;
  readonly tables: readonly MemberTable[];
  /** The sheets the tables were read from, in the same order. */
  readonly grids: readonly Grid[];
  /** Sheets listing again the members of others (a summary, a copy): not counted, and named by `check`. */
  readonly copies: readonly CopiedSheet[];
}

export interface Registers {
  readonly good: readonly Register[];
  /** Files that cannot be used, in the order they were named. */
  readonly bad: readonly Failure[];
}

const READ_FAILURES = {
  "not-found": "cli.fail.not-found",
  folder: "cli.fail.folder",
  "not-a-file": "cli.fail.not-a-file",
  permission: "cli.fail.permission",
  "name-too-long": "cli.fail.name-too-long",
  "cannot-open": "cli.fail.cannot-open",
  "not-xlsx": "cli.fail.not-xlsx",
  "legacy-xls": "cli.fail.legacy-xls",
  "bad-sheet-name": "cli.fail.bad-sheet-name",
  corrupt: "cli.fail.corrupt",
} as const satisfies Record<WorkbookReadFailure, string>;

function readFailure(error: WorkbookReadError): Failure {
  const { reason, file, detail = "" } = error;
  return fail(
    READ_FAILURES[reason],
    reason === "bad-sheet-name" ? { file, sheet: detail } : { file, detail }
  );
}

/** How the command reads registers by default: as detected, nothing corrected. */
export const AS_DETECTED: RegisterReading = { mappings: [], headerRows: null };

/**
 * A member table of a sheet, read with the user's corrections; the `--map` targets it has no column for are
 * returned, so that a target no sheet of the file answers to is named.
 */
function tableOf(
  grid: Grid,
  reading: RegisterReading
): { table: MemberTable | null; unmatched: readonly string[] } {
  if (reading.mappings.length === 0 && reading.headerRows === null) {
    return { table: readMemberTable(grid), unmatched: [] };
  }
  return readMemberTableCorrected(grid, reading.mappings, reading.headerRows ?? undefined);
}

export async function readRegister(
  file: string,
  reading: RegisterReading = AS_DETECTED
): Promise<Register | Failure> {
  let workbook;
  try {
    workbook = await readWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) return readFailure(error);
    throw error;
  }
  const tables: MemberTable[] = [];
  const tableGrids: Grid[] = [];
  // A target is named as unmatched only when no sheet of the file has its column.
  const unmatched = new Set(reading.mappings.map((m) => m.target));
  // Tables printed side by side on one sheet are read each as its own.
  for (const sheet of workbook.grids.flatMap(tablesOfSheet)) {
    let grid = sheet;
    const read = tableOf(grid, reading);
    let table = read.table;
    if (table === null) continue;
    for (const target of unmatched) if (!read.unmatched.includes(target)) unmatched.delete(target);
    const shifted = workbook.date1904 ? serialsFrom1904(grid, table) : null;
    if (shifted !== null) {
      grid = shifted;
      table = tableOf(grid, reading).table ?? table;
    }
    tables.push(table);
    tableGrids.push(grid);
  }
  if (tables.length === 0) return fail("cli.fail.no-member-table", { file });
  for (const target of unmatched) return fail("cli.fail.map-unmatched", { file, target });
  const { kept, copies } = leaveOutCopies(tables);
  return { file, tables: kept, grids: kept.map((t) => tableGrids[tables.indexOf(t)]), copies };
}

/**
 * Files are read one after another: a workbook in memory is large, and the machine may be small. A file named
 * twice (under any path), or a second file holding the same register, is read once and the repetition reported,
 * as its members would count twice.
 */
export async function readRegisters(
  files: readonly string[],
  reading: RegisterReading = AS_DETECTED
): Promise<Registers> {
  const good: Register[] = [];
  const bad: Failure[] = [];
  const seen = new Set<string>();
  const contents = new Map<string, string>();
  for (const file of files) {
    const id = (await fileIdentity(file))?.id ?? resolve(file);
    if (seen.has(id)) {
      bad.push(fail("cli.fail.repeated-file", { file }));
      continue;
    }
    seen.add(id);
    const register = await readRegister(file, reading);
    if ("failure" in register) {
      bad.push(register);
      continue;
    }
    const content = contentIdentity(register.grids);
    const other = contents.get(content);
    if (other !== undefined) {
      bad.push(fail("cli.fail.same-content", { file, other }));
      continue;
    }
    contents.set(content, file);
    good.push(register);
  }
  return { good, bad };
}
