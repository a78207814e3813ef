/**
 * What the pane reads, as kept in the document: "" the open sheet, a sheet's name, an Excel table written
 * "table:<sheet>:<table>" — unambiguous, since neither a sheet's nor a table's name may hold ":" — or "*", every
 * club sheet of the workbook as one register (no sheet's name may hold "*").
 */
import type { TableRef } from "../excel/workbook";

export type SourceChoice = string;

const TABLE = /^table:([^:]+):([^:]+)$/;

export function tableSource(ref: TableRef): SourceChoice {
  return `table:${ref.sheet}:${ref.table}`;
}

export function tableOf(source: SourceChoice): TableRef | null {
  const match = TABLE.exec(source);
  return match ? { sheet: match[1], table: match[2] } : null;
}

export const ALL_CLUB_SHEETS: SourceChoice = "*";
