/**
 * Reading the registers named on the command line: each file → its member tables (every sheet where a member
 * table is found), or the failure that says why the file cannot be used. One bad file does not stop the others.
 */
import { resolve } from "path";
import type { Grid } from "../core/grid";
import type { MemberTable } from "../core/model";
import { readMemberTable } from "../core/register";
import { fail, type Failure } from "./failure";
import { fileIdentity } from "./file-identity";
import { readWorkbookGrids, WorkbookReadError } from "./xlsx-grid";

export interface Register {
  /** The file as the user named it. */
  readonly file: string;
  readonly tables: readonly MemberTable[];
  /** The sheets the tables were read from, in the same order. */
  readonly grids: readonly Grid[];
}

export interface Registers {
  readonly good: readonly Register[];
  /** Files that cannot be used, in the order they were named. */
  readonly bad: readonly Failure[];
}

const READ_FAILURES = {
  "not-found": "cli.fail.not-found",
  "not-xlsx": "cli.fail.not-xlsx",
  "legacy-xls": "cli.fail.legacy-xls",
  corrupt: "cli.fail.corrupt",
} as const;

export async function readRegister(file: string): Promise<Register | Failure> {
  let grids: Grid[];
  try {
    grids = await readWorkbookGrids(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) return fail(READ_FAILURES[error.reason], { file });
    throw error;
  }
  const tables: MemberTable[] = [];
  const tableGrids: Grid[] = [];
  for (const grid of grids) {
    const table = readMemberTable(grid);
    if (table === null) continue;
    tables.push(table);
    tableGrids.push(grid);
  }
  if (tables.length === 0) return fail("cli.fail.no-member-table", { file });
  return { file, tables, grids: tableGrids };
}

/**
 * Files are read one after another: a workbook in memory is large, and the machine may be small. A file named
 * twice (under any path) is read once and the repetition reported, as its members would count twice.
 */
export async function readRegisters(files: readonly string[]): Promise<Registers> {
  const good: Register[] = [];
  const bad: Failure[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const id = (await fileIdentity(file))?.id ?? resolve(file);
    if (seen.has(id)) {
      bad.push(fail("cli.fail.repeated-file", { file }));
      continue;
    }
    seen.add(id);
    const register = await readRegister(file);
    if ("failure" in register) bad.push(register);
    else good.push(register);
  }
  return { good, bad };
}
