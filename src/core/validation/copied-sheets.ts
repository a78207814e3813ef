/**
 * A sheet that lists again the members of the workbook's other sheets — a "Tổng hợp" of its village sheets, a
 * copy of a sheet — would count each of them twice in every figure. Such a sheet is left out of the count and
 * named, with how many of its members the other sheets list.
 */
import type { MemberTable } from "../model";
import type { Issue } from "./issue";
import { tableIssue } from "./layout-rules";
import { sameTextKey } from "./same-text";

export interface CopiedSheet {
  readonly table: MemberTable;
  /** Its members that the sheets kept list too. */
  readonly repeated: number;
  /** The sheets kept that list them. */
  readonly from: readonly string[];
}

/** A sheet is a copy when nine in ten of its members (at least five) are on the other sheets. */
const COPY_SHARE = 0.9;
/**
 * A list with another list of the same sheet below it (last year's above this year's) is an earlier list when
 * half its members are on the others: between two years some leave and some join.
 */
const EARLIER_LIST_SHARE = 0.5;

function isAbove(table: MemberTable, other: MemberTable): boolean {
  return other.sheet === table.sheet && (other.headerRows[0] ?? 0) > (table.headerRows[0] ?? 0);
}
const MIN_MEMBERS = 5;

/** A year of birth, or none when it cannot be read. */
const NO_YEAR = -1;

/** Files the names a table lists (as the duplicate rules compare them), each with its years of birth. */
function addNames(table: MemberTable, into: Map<string, Map<number, string>>): void {
  const sheet = table.sheet;
  for (const m of table.members) {
    if (m.name === null) continue;
    const key = sameTextKey(m.name);
    let years = into.get(key);
    if (years === undefined) into.set(key, (years = new Map()));
    years.set(m.birth?.year ?? NO_YEAR, sheet);
  }
}

/**
 * The sheet listing a member again: the same name, with the same year of birth when both are readable (a copy
 * may have a year the other sheet's reader could not read, "năm 1950" against 1950).
 */
function listedOn(member: MemberTable["members"][number], names: Map<string, Map<number, string>>) {
  if (member.name === null) return undefined;
  const years = names.get(sameTextKey(member.name));
  if (years === undefined) return undefined;
  const year = member.birth?.year ?? NO_YEAR;
  return (
    years.get(year) ?? years.get(NO_YEAR) ?? (year === NO_YEAR ? [...years.values()][0] : undefined)
  );
}

/**
 * The tables to count, and the copies left out: the largest table whose members the others list is left out
 * first, then the rest looked at again — so a summary of three village sheets goes and the villages stay.
 */
export function leaveOutCopies(tables: readonly MemberTable[]): {
  kept: MemberTable[];
  copies: CopiedSheet[];
} {
  const kept = [...tables];
  const copies: CopiedSheet[] = [];
  if (tables.length < 2) return { kept, copies };
  for (;;) {
    let copy: CopiedSheet | null = null;
    for (const table of kept) {
      if (table.members.length < MIN_MEMBERS) continue;
      if (copy !== null && copy.table.members.length >= table.members.length) continue;
      const names = new Map<string, Map<number, string>>();
      for (const other of kept) if (other !== table) addNames(other, names);
      const from = new Set<string>();
      let repeated = 0;
      for (const member of table.members) {
        const sheet = listedOn(member, names);
        if (sheet === undefined) continue;
        repeated++;
        from.add(sheet);
      }
      const share = kept.some((other) => isAbove(table, other)) ? EARLIER_LIST_SHARE : COPY_SHARE;
      if (repeated >= share * table.members.length) copy = { table, repeated, from: [...from] };
    }
    if (copy === null) return { kept, copies };
    copies.push(copy);
    kept.splice(kept.indexOf(copy.table), 1);
  }
}

export function copiedSheetIssue(copy: CopiedSheet): Issue {
  const { table, repeated, from } = copy;
  return tableIssue(table, "table.copy", {
    params: { sheet: table.sheet, count: table.members.length, repeated, from: from.join(", ") },
  });
}
