/**
 * A user's correction of a sheet's mapping as the document keeps it: plain JSON (header rows, and column numbers
 * with role names), turned into the reader's LayoutCorrections. Anything else found under the key is ignored.
 */
import { roleByName, type LayoutCorrections } from "../core/register";

export interface StoredMapping {
  readonly headerRows?: { readonly first: number; readonly last: number };
  /** Column number → role name (ROLE_NAMES; "ignore": not read). */
  readonly columns: Readonly<Record<string, string>>;
}

/** The key a sheet's mapping corrections are kept under in the document's settings. */
export function mappingKey(sheet: string): string {
  return `mapping:${sheet}`;
}

export function storedMapping(value: unknown): StoredMapping | null {
  if (typeof value !== "object" || value === null) return null;
  const { headerRows, columns } = value as Record<string, unknown>;
  if (typeof columns !== "object" || columns === null) return null;
  const rows =
    typeof headerRows === "object" &&
    headerRows !== null &&
    Number.isInteger((headerRows as { first: unknown }).first) &&
    Number.isInteger((headerRows as { last: unknown }).last)
      ? (headerRows as { first: number; last: number })
      : undefined;
  const named: Record<string, string> = {};
  for (const [column, name] of Object.entries(columns)) {
    if (/^\d+$/.test(column) && typeof name === "string" && roleByName(name) !== undefined)
      named[column] = name;
  }
  return { headerRows: rows, columns: named };
}

export function asCorrections(mapping: StoredMapping): LayoutCorrections {
  return {
    headerRows: mapping.headerRows,
    columns: Object.entries(mapping.columns).map(([column, name]) => ({
      column: Number(column),
      role: roleByName(name) ?? null,
    })),
  };
}

export function isEmptyMapping(mapping: StoredMapping): boolean {
  return mapping.headerRows === undefined && Object.keys(mapping.columns).length === 0;
}
