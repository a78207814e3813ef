/** A1 references as formulas write them. */
import { columnLetters } from "../grid";

/** 'Danh sách'!  — always quoted (valid for every name), quotes inside the name doubled. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** (5, 3) → "$C$5". */
export function absoluteCell(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}

/** 'Danh sách'!$D$6:$D$330, from the sheet's prefix ('Danh sách'!). */
export function columnRange(prefix: string, column: number, first: number, last: number): string {
  return `${prefix}${absoluteCell(first, column)}:${absoluteCell(last, column)}`;
}

/** A text as a formula string literal: "Nữ", with quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
