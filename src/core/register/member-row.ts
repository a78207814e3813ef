/**
 * One register row → one Member with canonical values and the problems met on the way. Cells are never
 * changed: a value that needed cleaning is used cleaned and reported with the cleaned text as suggestion.
 */
import type { CellValue } from "../grid";
import { isBlank, isCellError } from "../grid";
import type {
  BoardRole,
  DayDate,
  Field,
  FieldProblem,
  Gender,
  Member,
  Poverty,
  ProblemCode,
} from "../model";
import type { CleanText } from "../text/clean-text";
import type { LegacyEncoding } from "../text/legacy";
import {
  isMark,
  readDayDate,
  readEthnicity,
  readGender,
  readMoney,
  readPoverty,
  readRole,
  type Reading,
} from "../values";
import { memoize } from "../values/memo";
import { cleanTextIn } from "./sheet-encoding";

/** 0-based grid column indexes of a table's fields; -1 where the table has none. */
export interface ColumnIndexes {
  readonly no: number;
  readonly name: number;
  readonly gender: number;
  readonly birth: number;
  readonly ethnicity: number;
  readonly poverty: number;
  readonly club: number;
  readonly commune: number;
  readonly village: number;
  readonly role: number;
  readonly group: number;
  readonly contribution: number;
  readonly loan: number;
  readonly joined: number;
  readonly splitMale: number;
  readonly splitFemale: number;
  readonly markPoor: number;
  readonly markNearPoor: number;
  readonly markHardship: number;
}

interface CleanedText {
  readonly text: string;
  readonly problem: ProblemCode | null;
}

const EMPTY = 0;
const MARKED = 1;
const UNREAD = 2;
type MarkCell = typeof EMPTY | typeof MARKED | typeof UNREAD;

const NO_PROBLEMS: readonly FieldProblem[] = Object.freeze([]);

/**
 * What was wrong with a text, one code per cell: the legacy encoding is the most visible, and the cleaned
 * suggestion repairs whatever else was wrong at the same time.
 */
function problemOf(clean: CleanText): ProblemCode | null {
  if (clean.legacy) return "legacy-encoding";
  if (clean.decomposed) return "decomposed";
  return clean.straySpaces ? "stray-spaces" : null;
}

/** The value as typed, as a problem records it. */
function typedValue(value: CellValue | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  }
  if (isCellError(value)) return value.error;
  return value;
}

export class MemberRowReader {
  /** Villages, clubs and coded words repeat down a column: each distinct text is cleaned once. */
  private cleanOnce: (raw: string) => CleanedText;
  private problems: FieldProblem[] | null = null;
  private cells: readonly CellValue[] = [];

  /** `encoding`: the sheet's legacy encoding when its title or header rows show one. */
  constructor(
    private readonly sheet: string,
    private readonly originCol: number,
    private readonly at: ColumnIndexes,
    private encoding: LegacyEncoding | null
  ) {
    this.cleanOnce = memoize((raw) => this.cleaned(raw));
  }

  /** Cleans a text; the first legacy text met tells the sheet's encoding, for the ambiguous ones after it. */
  private cleaned(raw: string): CleanedText {
    const clean = cleanTextIn(raw, this.encoding);
    if (clean.legacy && this.encoding === null) {
      this.encoding = clean.legacy;
      this.cleanOnce = memoize((text) => this.cleaned(text));
    }
    return { text: clean.text, problem: problemOf(clean) };
  }

  /** The cleaned text of a cell looked at for what the row is (a totals label, a signature line). */
  textOf(raw: string): string {
    return this.cleaned(raw).text;
  }

  /** Reads a club cell of this row, reporting its text problems; null when blank. */
  readClub(cells: readonly CellValue[]): string | null {
    this.cells = cells;
    return this.text("club", this.at.club);
  }

  /** Reads a member row; `club` is the row's club when the table has no club column (or it is blank). */
  read(cells: readonly CellValue[], row: number, club: string): Member {
    this.cells = cells;
    const at = this.at;
    const name = this.text("name", at.name);
    if (isBlank(cells[at.name])) this.missing("name", at.name);
    const commune = this.text("commune", at.commune);
    const village = this.text("village", at.village);
    const group = this.text("group", at.group);

    let gender: Gender | null = null;
    let birth: DayDate | null = null;
    if (at.splitMale >= 0) {
      const male = cells[at.splitMale];
      const female = cells[at.splitFemale];
      const hasMale = !isBlank(male);
      const hasFemale = !isBlank(female);
      if (hasMale && hasFemale) this.add("birth", "split-both", at.splitMale, male);
      else if (!hasMale && !hasFemale) this.add("birth", "split-neither", at.splitMale, null);
      else {
        gender = hasMale ? "male" : "female";
        birth = this.value("birth", hasMale ? at.splitMale : at.splitFemale, readDayDate);
      }
    } else {
      gender = this.required("gender", at.gender, readGender, true);
      birth = this.required("birth", at.birth, readDayDate, false);
    }
    const ethnicity = this.required("ethnicity", at.ethnicity, readEthnicity, true);
    const poverty =
      at.markPoor >= 0 || at.markNearPoor >= 0 || at.markHardship >= 0
        ? this.povertyFromMarks()
        : this.coded("poverty", at.poverty, readPoverty);
    const role: BoardRole | null = this.coded("role", at.role, readRole);
    const contribution = this.value("contribution", at.contribution, readMoney);
    const loan = this.value("loan", at.loan, readMoney);
    const joined = this.value("joined", at.joined, readDayDate);

    const problems = this.problems ?? NO_PROBLEMS;
    this.problems = null;
    return {
      sheet: this.sheet,
      row,
      club,
      name,
      gender,
      birth,
      ethnicity,
      poverty,
      role,
      commune,
      village,
      group,
      contribution,
      loan,
      joined,
      problems,
    };
  }

  private add(
    field: Field,
    code: ProblemCode,
    index: number,
    value: CellValue | undefined,
    suggestion?: string
  ): void {
    const problem: FieldProblem =
      suggestion === undefined
        ? { field, code, column: this.originCol + index, value: typedValue(value) }
        : { field, code, column: this.originCol + index, value: typedValue(value), suggestion };
    (this.problems ??= []).push(problem);
  }

  private missing(field: Field, index: number): void {
    this.add(field, "missing", index, null);
  }

  /** A free-text field: the cleaned text. A number is taken as its digits ("Tổ 3" typed as 3). */
  private text(field: Field, index: number): string | null {
    if (index < 0) return null;
    const raw = this.cells[index];
    if (isBlank(raw)) return null;
    if (typeof raw === "number") return String(raw);
    if (typeof raw !== "string") {
      this.add(field, "unreadable", index, raw);
      return null;
    }
    // Names are nearly all different, so they are not memoised.
    const text = field === "name" ? this.cleaned(raw) : this.cleanOnce(raw);
    if (text.problem) this.add(field, text.problem, index, raw, text.text);
    return text.text === "" ? null : text.text;
  }

  /** A required field: blank is reported as missing (only when the table has the column at all). */
  private required<T>(
    field: Field,
    index: number,
    read: (v: CellValue) => Reading<T>,
    isWord: boolean
  ): T | null {
    if (index < 0) return null;
    if (isBlank(this.cells[index])) {
      this.missing(field, index);
      return null;
    }
    return isWord ? this.coded(field, index, read) : this.value(field, index, read);
  }

  /**
   * A word from a closed list (gender, ethnicity, poverty, role), read from its cleaned text. Report formulas
   * count these cells by their text, so a decomposed or space-padded "Nữ" is reported even though it reads.
   */
  private coded<T>(field: Field, index: number, read: (v: CellValue) => Reading<T>): T | null {
    if (index < 0) return null;
    const raw = this.cells[index];
    if (isBlank(raw)) return null;
    if (typeof raw !== "string") return this.value(field, index, read);
    const text = this.cleanOnce(raw);
    const reading = read(text.text);
    if (!reading.ok) {
      this.add(field, "unreadable", index, raw, reading.suggestion);
      return null;
    }
    if (text.problem) this.add(field, text.problem, index, raw, text.text);
    return reading.value;
  }

  /** A date or an amount, read as the cell holds it. */
  private value<T>(field: Field, index: number, read: (v: CellValue) => Reading<T>): T | null {
    if (index < 0) return null;
    const raw = this.cells[index];
    if (isBlank(raw)) return null;
    const reading = read(raw as CellValue);
    if (reading.ok) return reading.value;
    this.add(field, "unreadable", index, raw, reading.suggestion);
    return null;
  }

  /**
   * "x" under "Hộ nghèo" / "Hộ cận nghèo" / "Hoàn cảnh khó khăn". No mark means not poor; with several marks
   * the household counts in the first (poor before near-poor before hardship). A cell that is neither a
   * mark nor a plain "no" is unreadable.
   */
  private povertyFromMarks(): Poverty | null {
    const poor = this.markAt(this.at.markPoor);
    const nearPoor = this.markAt(this.at.markNearPoor);
    const hardship = this.markAt(this.at.markHardship);
    if (poor === MARKED) return "poor";
    if (nearPoor === MARKED) return "near-poor";
    if (hardship === MARKED) return "hardship";
    return poor === UNREAD || nearPoor === UNREAD || hardship === UNREAD ? null : "none";
  }

  private markAt(index: number): MarkCell {
    if (index < 0) return EMPTY;
    const value = this.cells[index];
    if (isBlank(value)) return EMPTY;
    if (isMark(value)) return MARKED;
    if (this.isNoMark(value)) return EMPTY;
    this.add("poverty", "unreadable", index, value);
    return UNREAD;
  }

  /** 0, "-" or "Không" under a mark column says "not this one" as plainly as a blank. */
  private isNoMark(value: CellValue): boolean {
    if (value === 0 || value === false) return true;
    if (typeof value !== "string") return false;
    const text = this.cleanOnce(value).text;
    if (text === "0") return true;
    const reading = readPoverty(text);
    return reading.ok && reading.value === "none";
  }
}
