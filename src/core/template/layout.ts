/**
 * The standard member register as plain data: its sheets (the register, the catalogue lists its dropdowns
 * choose from), what each column accepts, the frozen panes and the table over the data area. The .xlsx writer
 * and the Excel writer both render it; neither decides anything about it.
 */
import type { CellStyle, SheetLayout } from "../report/layout";

/**
 * What a column accepts. A list's source is a formula range naming the catalogue sheet by `sheetRef` (its name
 * is known only when written); dates are Excel serials of the 1900 date system.
 */
export type ValidationRule =
  | { readonly kind: "list"; readonly source: string }
  | { readonly kind: "whole"; readonly min: number; readonly max: number }
  | { readonly kind: "decimal"; readonly min: number }
  | { readonly kind: "date"; readonly min: number; readonly max: number }
  | { readonly kind: "textLength"; readonly min: number; readonly max: number };

export interface Message {
  readonly title: string;
  readonly text: string;
}

export interface ColumnValidation {
  /** A1 range of the column's data cells on the register sheet ("C7:C76"). */
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when a cell of the column is selected. */
  readonly prompt: Message;
  /** Shown when a value is refused; a warning (the value may be kept) when not strict. */
  readonly error: Message;
  readonly strict: boolean;
}

export interface TableSpec {
  /** Unique in the workbook: a writer adds a number when the name is taken. */
  readonly name: string;
  /** Header row and data rows, A1 ("A6:L76"); its header row holds one unique text per column. */
  readonly range: string;
  /** One of Excel's built-in table styles, by the name both Excel and exceljs give it; rows not banded. */
  readonly style: string;
}

export interface RegisterTemplate {
  /** The register first, then the catalogue lists (hidden, protected). */
  readonly sheets: readonly [SheetLayout, SheetLayout];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly validations: readonly ColumnValidation[];
  /** Rows and columns kept in view when scrolling: the title and header rows, the number and the name. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly table: TableSpec;
}
