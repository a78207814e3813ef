/**
 * The registers of a run as one register, to be validated together. Two files may both have a sheet
 * "Danh sách", so in a run of several files each sheet is named as Excel names a sheet of another workbook,
 * "[bản-hon.xlsx]Danh sách": issues are told apart by sheet, and a message that points to a row elsewhere
 * names its file. Excel forbids "[" and "]" in a sheet's own name, so such a name is never a real sheet's.
 */
import { basename } from "path";
import type { Grid } from "../core/grid";
import type { MemberTable } from "../core/model";
import type { Register } from "./registers";

export interface MergedRegister {
  /** Every table of every register, in order, named as above when there are several files. */
  readonly tables: readonly MemberTable[];
  /** The sheet each table was read from, named the same way. */
  readonly grids: readonly Grid[];
}

/** Each file by its base name, or by the name it was given when two share a base name. */
function fileLabels(files: readonly string[]): string[] {
  const bases = files.map((file) => basename(file));
  return files.map((file, i) =>
    bases.indexOf(bases[i]) === bases.lastIndexOf(bases[i]) ? bases[i] : file
  );
}

function renamed(table: MemberTable, sheet: string): MemberTable {
  return { ...table, sheet, members: table.members.map((member) => ({ ...member, sheet })) };
}

export function mergedRegister(registers: readonly Register[]): MergedRegister {
  if (registers.length === 1) return registers[0];
  const labels = fileLabels(registers.map((register) => register.file));
  const tables: MemberTable[] = [];
  const grids: Grid[] = [];
  registers.forEach((register, f) => {
    register.tables.forEach((table, t) => {
      const sheet = `[${labels[f]}]${table.sheet}`;
      tables.push(renamed(table, sheet));
      grids.push({ ...register.grids[t], sheet });
    });
  });
  return { tables, grids };
}
