/**
 * A sheet name Excel accepts that no existing sheet has: "Báo cáo", then "Báo cáo (2)", "Báo cáo (3)" …
 * A report never overwrites a sheet (DESIGN.md §5). Excel compares names case-insensitively, limits them to
 * 31 characters, forbids [ ] : * ? / \ and reserves "History".
 */
const MAX_LENGTH = 31;

function legalName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, MAX_LENGTH).trimEnd();
}

export function freeSheetName(proposed: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  taken.add("history");
  const base = legalName(proposed);
  if (!taken.has(base.toLocaleLowerCase("vi"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** A table name no table of the workbook has (Excel compares them ignoring case): "DS", then "DS2", "DS3" … */
export function freeTableName(proposed: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  let name = proposed;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${proposed}${n}`;
  return name;
}
