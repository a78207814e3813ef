/**
 * The names a user gives a column's role when correcting a layout (`--map "Đối tượng=poverty"`, the task pane's
 * mapping editor): the canonical fields by their own names, and the other roles by a name each. One list, read
 * both ways, so that a layout printed by `check --json` can be given back as a correction.
 */
import type { Field } from "../model";
import type { ColumnRole } from "./layout";

const FIELDS: readonly Field[] = [
  "no",
  "name",
  "gender",
  "birth",
  "ethnicity",
  "poverty",
  "club",
  "commune",
  "village",
  "role",
  "group",
  "contribution",
  "loan",
  "joined",
];

/** Every role by its name; null: the column is not read. */
export const ROLE_NAMES: ReadonlyMap<string, ColumnRole | null> = new Map<
  string,
  ColumnRole | null
>([
  ...FIELDS.map((field) => [field, { kind: "field", field }] as [string, ColumnRole]),
  ["notes", { kind: "notes" }],
  ["male-mark", { kind: "gender-mark", gender: "male" }],
  ["female-mark", { kind: "gender-mark", gender: "female" }],
  ["male-birth", { kind: "split-birth", gender: "male" }],
  ["female-birth", { kind: "split-birth", gender: "female" }],
  ["poor-mark", { kind: "poverty-mark", poverty: "poor" }],
  ["near-poor-mark", { kind: "poverty-mark", poverty: "near-poor" }],
  ["hardship-mark", { kind: "poverty-mark", poverty: "hardship" }],
  ["minority-mark", { kind: "minority-mark" }],
  ["minority-name", { kind: "minority-name" }],
  ["other-person", { kind: "other-person" }],
  ["family-name", { kind: "name-part", part: "family" }],
  ["given-name", { kind: "name-part", part: "given" }],
  ["birth-day", { kind: "birth-part", part: "day" }],
  ["birth-month", { kind: "birth-part", part: "month" }],
  ["birth-year", { kind: "birth-part", part: "year" }],
  ["ignore", null],
]);

/** The role a name stands for; undefined for a name that is none. */
export function roleByName(name: string): ColumnRole | null | undefined {
  const key = name.trim().toLowerCase();
  return ROLE_NAMES.has(key) ? (ROLE_NAMES.get(key) as ColumnRole | null) : undefined;
}

/** The name of a role (the inverse of roleByName). */
export function roleName(role: ColumnRole | null): string {
  for (const [name, candidate] of ROLE_NAMES) {
    if (sameRole(candidate, role)) return name;
  }
  return "ignore";
}

/** Two roles are the same when every property is, whatever order they were written in. */
function sameRole(a: ColumnRole | null, b: ColumnRole | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((k) => x[k] === y[k]);
}
