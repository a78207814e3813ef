/**
 * The problems met while reading one row, and how one problem is written down: the value as typed, in the
 * sheet column it was typed in.
 */
import type { CellValue } from "../grid";
import { isCellError } from "../grid";
import type { Field, FieldProblem, ProblemCode } from "../model";

/** The value as typed, as a problem records it. */
function typedValue(value: CellValue): string | number | boolean | null {
  if (value === null) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  }
  if (isCellError(value)) return value.error;
  return value;
}

export function fieldProblem(
  field: Field,
  code: ProblemCode,
  column: number,
  value: CellValue,
  suggestion?: string
): FieldProblem {
  return suggestion === undefined
    ? { field, code, column, value: typedValue(value) }
    : { field, code, column, value: typedValue(value), suggestion };
}

const NO_PROBLEMS: readonly FieldProblem[] = Object.freeze([]);

/** The problems met in the row being read, collected in one reused list and copied out at its exact size. */
export class RowProblems {
  private readonly items: FieldProblem[] = [];
  private count = 0;
  /** The list holding only the last problem added, when the column that found it keeps one. */
  private alone: readonly FieldProblem[] | null = null;

  add(problem: FieldProblem, alone: readonly FieldProblem[] | null = null): void {
    this.items[this.count++] = problem;
    this.alone = alone;
  }

  /**
   * The row's problems; the list is then empty for the next row. A clean row gets the one shared empty list, a
   * row whose only problem is a kept one gets that problem's shared list. Short lists are array literals:
   * V8 sees that what such a literal makes is kept, and allocates it where members live rather than copying
   * it there later (measured faster than a slice on the benchmark's register).
   */
  take(): readonly FieldProblem[] {
    const items = this.items;
    const count = this.count;
    this.count = 0;
    if (count === 0) return NO_PROBLEMS;
    if (count === 1) return this.alone ?? [items[0]];
    if (count === 2) return [items[0], items[1]];
    return items.slice(0, count);
  }
}
