/**
 * Reading the cells of one column of a member table. A register repeats the same few texts down a column
 * ("Nữ", "Thái", the club's name, a village), so what each distinct text reads as — its value and the
 * problem found in it — is kept per column, and every further cell holding that text costs one lookup.
 * A problem depends only on the column and the text, so cells holding the same text share one problem object.
 */
import { type CellError, type CellValue, isBlankText } from "../grid";
import type { ColumnReads, Field, FieldProblem, ProblemCode } from "../model";
import { isMark, readPoverty, type Reading } from "../values";
import { fieldProblem, type RowProblems } from "./row-problems";

/** A cell's text after cleaning, and what cleaning repaired in it (one code per cell). */
export interface CleanedText {
  readonly text: string;
  readonly problem: ProblemCode | null;
}

/** Cleans a text in the sheet's encoding (see MemberRowReader). */
export type TextCleaner = (raw: string) => CleanedText;

/** What a cell reads as: its value (null when blank or unreadable) and at most one problem. */
interface CellReading<T> {
  readonly value: T | null;
  readonly problem: FieldProblem | null;
  /**
   * On a reading kept for a column's text: the problem list of a row whose only problem is this one, which
   * such rows share as they share the problem.
   */
  readonly alone?: readonly FieldProblem[] | null;
}

function kept<T>(reading: CellReading<T>): CellReading<T> {
  const { value, problem } = reading;
  return { value, problem, alone: problem === null ? null : Object.freeze([problem]) };
}

/**
 * Distinct texts kept per column: every date of a century of births fits, and a column of all-different
 * texts stops growing there (texts beyond it are read each time; nothing is evicted, so a hit is one lookup
 * and no bookkeeping).
 */
export const COLUMN_MEMO_LIMIT = 1 << 15;

type NonBlank = number | boolean | Date | CellError;

export abstract class ColumnReader<T> {
  /** Texts already read; null for a column whose texts rarely repeat (names). */
  private readonly memo: Map<string, CellReading<T>> | null;
  /** A blank cell: nothing, or "missing" in a required column. */
  private readonly blank: CellReading<T>;
  /** Cells read that were not blank, and those of them that could not be read. */
  private filled = 0;
  private unreadable = 0;
  /** The last text read and its reading: a club's members are listed together, so texts come in runs. */
  private lastText: string | null = null;
  private lastReading: CellReading<T>;

  constructor(
    protected readonly field: Field,
    /** 0-based index in a grid row; the column is absent when negative. */
    readonly index: number,
    /** 1-based sheet column, as problems record it. */
    private readonly column: number,
    required: boolean,
    memoised: boolean
  ) {
    this.memo = memoised ? new Map() : null;
    this.blank = kept<T>({ value: null, problem: required ? this.problem("missing", null) : null });
    this.lastReading = this.blank;
  }

  /** The value of this column's cell in a row; its problem, if any, is added to `problems`. */
  read(cells: readonly CellValue[], problems: RowProblems): T | null {
    if (this.index < 0) return null;
    const raw = cells[this.index];
    if (typeof raw === "string") {
      const reading = this.textReading(raw);
      if (reading !== this.blank) {
        this.filled++;
        if (reading.problem !== null && reading.problem.code === "unreadable") this.unreadable++;
      }
      if (reading.problem !== null) problems.add(reading.problem, reading.alone ?? null);
      return reading.value;
    }
    if (raw === null || raw === undefined) {
      if (this.blank.problem !== null) problems.add(this.blank.problem, this.blank.alone ?? null);
      return null;
    }
    this.filled++;
    const value = this.readValue(raw, problems);
    if (value === null && !this.isPlainNo(raw)) this.unreadable++;
    return value;
  }

  /** A number, boolean, date or error cell read as "nothing" on purpose (0 in a tick column). */
  protected isPlainNo(_raw: NonBlank): boolean {
    return false;
  }

  /** Filled and unreadable cells so far. */
  reads(): ColumnReads {
    return {
      field: this.field,
      column: this.column,
      filled: this.filled,
      unreadable: this.unreadable,
    };
  }

  /** The sheet's encoding became known: texts read before may read differently now. */
  forget(): void {
    this.memo?.clear();
    this.lastText = null;
  }

  private textReading(raw: string): CellReading<T> {
    const memo = this.memo;
    if (memo === null) return isBlankText(raw) ? this.blank : this.readText(raw);
    if (raw === this.lastText) return this.lastReading;
    let reading = memo.get(raw);
    if (reading === undefined) {
      reading = isBlankText(raw) ? this.blank : this.readText(raw);
      if (memo.size < COLUMN_MEMO_LIMIT) {
        if (reading !== this.blank) reading = kept(reading);
        memo.set(raw, reading);
      }
    }
    this.lastText = raw;
    this.lastReading = reading;
    return reading;
  }

  /** A text that is not blank. */
  protected abstract readText(raw: string): CellReading<T>;

  /** A number, boolean, date or error cell. */
  protected abstract readValue(raw: NonBlank, problems: RowProblems): T | null;

  protected problem(code: ProblemCode, raw: CellValue, suggestion?: string): FieldProblem {
    return fieldProblem(this.field, code, this.column, raw, suggestion);
  }

  /** A value read as the cell holds it (dates, amounts; words from a cell that is not text). */
  protected valueOf(
    read: (v: CellValue) => Reading<T>,
    raw: NonBlank,
    problems: RowProblems
  ): T | null {
    const reading = read(raw);
    if (reading.ok) return reading.value;
    problems.add(this.problem("unreadable", raw, reading.suggestion));
    return null;
  }
}

/**
 * A free-text field (name, club, commune, village, group): the cleaned text, reported when cleaning changed it.
 * A number is taken as its digits ("Tổ 3" typed as 3).
 */
export class TextColumn extends ColumnReader<string> {
  constructor(
    field: Field,
    index: number,
    column: number,
    private readonly clean: TextCleaner,
    options: { readonly required: boolean; readonly memoised: boolean }
  ) {
    super(field, index, column, options.required, options.memoised);
  }

  protected readText(raw: string): CellReading<string> {
    const clean = this.clean(raw);
    return {
      value: clean.text === "" ? null : clean.text,
      problem: clean.problem === null ? null : this.problem(clean.problem, raw, clean.text),
    };
  }

  protected readValue(raw: NonBlank, problems: RowProblems): string | null {
    if (typeof raw === "number") return String(raw);
    problems.add(this.problem("unreadable", raw));
    return null;
  }
}

/**
 * A word from a closed list (gender, ethnicity, poverty, role), read from its cleaned text. Report formulas
 * count these cells by their text, so a decomposed or space-padded "Nữ" is reported even though it reads.
 */
export class WordColumn<T> extends ColumnReader<T> {
  constructor(
    field: Field,
    index: number,
    column: number,
    private readonly clean: TextCleaner,
    private readonly readWord: (v: CellValue) => Reading<T>,
    required: boolean
  ) {
    super(field, index, column, required, true);
  }

  protected readText(raw: string): CellReading<T> {
    const clean = this.clean(raw);
    const reading = this.readWord(clean.text);
    if (!reading.ok) {
      return { value: null, problem: this.problem("unreadable", raw, reading.suggestion) };
    }
    return {
      value: reading.value,
      problem: clean.problem === null ? null : this.problem(clean.problem, raw, clean.text),
    };
  }

  protected readValue(raw: NonBlank, problems: RowProblems): T | null {
    return this.valueOf(this.readWord, raw, problems);
  }
}

/** A date or an amount, read as the cell holds it. */
export class ValueColumn<T> extends ColumnReader<T> {
  constructor(
    field: Field,
    index: number,
    column: number,
    private readonly readCell: (v: CellValue) => Reading<T>,
    required: boolean
  ) {
    super(field, index, column, required, true);
  }

  protected readText(raw: string): CellReading<T> {
    const reading = this.readCell(raw);
    if (reading.ok) return { value: reading.value, problem: null };
    return { value: null, problem: this.problem("unreadable", raw, reading.suggestion) };
  }

  protected readValue(raw: NonBlank, problems: RowProblems): T | null {
    return this.valueOf(this.readCell, raw, problems);
  }
}

/** A ticked cell of a poverty mark column, or one that is neither a tick nor a plain "no" (null: no tick). */
export const MARKED = 1;
export const UNREAD = 2;
export type MarkCell = typeof MARKED | typeof UNREAD;

/**
 * A cell under "Hộ nghèo" / "Hộ cận nghèo" / "Hoàn cảnh khó khăn": a tick, or nothing. 0, "-" or "Không"
 * says "not this one" as plainly as a blank; anything else is unreadable.
 */
export class MarkColumn extends ColumnReader<MarkCell> {
  constructor(
    field: Field,
    index: number,
    column: number,
    private readonly clean: TextCleaner,
    /** Words that tick this column as plainly as an "x": its own header word ("Nữ" under "Nữ"). */
    private readonly isTickWord: (text: string) => boolean = () => false
  ) {
    super(field, index, column, false, true);
  }

  protected readText(raw: string): CellReading<MarkCell> {
    if (isMark(raw) || this.isTickWord(this.clean(raw).text))
      return { value: MARKED, problem: null };
    if (this.isNoMark(this.clean(raw).text)) return { value: null, problem: null };
    return { value: UNREAD, problem: this.problem("unreadable", raw) };
  }

  private isNoMark(text: string): boolean {
    if (text === "0") return true;
    const reading = readPoverty(text);
    return reading.ok && reading.value === "none";
  }

  protected override isPlainNo(raw: NonBlank): boolean {
    return raw === 0 || raw === false;
  }

  protected readValue(raw: NonBlank, problems: RowProblems): MarkCell | null {
    if (isMark(raw)) return MARKED;
    if (this.isPlainNo(raw)) return null;
    problems.add(this.problem("unreadable", raw));
    return UNREAD;
  }
}
