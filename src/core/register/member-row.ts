/**
 * One register row → one Member with canonical values and the problems met on the way. Cells are never
 * changed: a value that needed cleaning is used cleaned and reported with the cleaned text as suggestion.
 */
import type { CellValue } from "../grid";
import { isBlank } from "../grid";
import type { BoardRole, DayDate, Field, Gender, Member, Poverty, ProblemCode } from "../model";
import type { CleanText } from "../text/clean-text";
import type { LegacyEncoding } from "../text/legacy";
import {
  readDayDate,
  readEthnicity,
  readGender,
  readMoney,
  readPoverty,
  readRole,
  type Reading,
} from "../values";
import {
  type CleanedText,
  type ColumnReader,
  MARKED,
  MarkColumn,
  TextColumn,
  UNREAD,
  ValueColumn,
  WordColumn,
} from "./column-reader";
import { fieldProblem, RowProblems } from "./row-problems";
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

/**
 * What was wrong with a text, one code per cell: the legacy encoding is the most visible, and the cleaned
 * suggestion repairs whatever else was wrong at the same time.
 */
function problemOf(clean: CleanText): ProblemCode | null {
  if (clean.legacy) return "legacy-encoding";
  if (clean.decomposed) return "decomposed";
  return clean.straySpaces ? "stray-spaces" : null;
}

export class MemberRowReader {
  private readonly problems = new RowProblems();
  private readonly club: TextColumn;
  private readonly name: TextColumn;
  private readonly commune: TextColumn;
  private readonly village: TextColumn;
  private readonly group: TextColumn;
  private readonly gender: WordColumn<Gender>;
  private readonly birth: ValueColumn<DayDate>;
  private readonly splitMale: ValueColumn<DayDate>;
  private readonly splitFemale: ValueColumn<DayDate>;
  private readonly ethnicity: WordColumn<string>;
  private readonly poverty: WordColumn<Poverty>;
  private readonly marks: readonly [MarkColumn, MarkColumn, MarkColumn] | null;
  private readonly role: WordColumn<BoardRole>;
  private readonly contribution: ValueColumn<number>;
  private readonly loan: ValueColumn<number>;
  private readonly joined: ValueColumn<DayDate>;
  /** The columns whose texts are cleaned first: what they read as depends on the sheet's encoding. */
  private readonly cleanedColumns: readonly ColumnReader<unknown>[];

  /** `encoding`: the sheet's legacy encoding when its title or header rows show one. */
  constructor(
    private readonly sheet: string,
    private readonly originCol: number,
    private readonly at: ColumnIndexes,
    private encoding: LegacyEncoding | null
  ) {
    const clean = (raw: string) => this.cleaned(raw);
    const text = (field: Field, index: number) =>
      new TextColumn(field, index, originCol + index, clean, { required: false, memoised: true });
    const word = <T>(
      field: Field,
      index: number,
      read: (v: CellValue) => Reading<T>,
      required = false
    ) => new WordColumn(field, index, originCol + index, clean, read, required);
    const value = <T>(
      field: Field,
      index: number,
      read: (v: CellValue) => Reading<T>,
      required = false
    ) => new ValueColumn(field, index, originCol + index, read, required);
    const mark = (index: number) => new MarkColumn(index, originCol + index, clean);

    this.club = text("club", at.club);
    // Names are nearly all different, so they are not kept.
    this.name = new TextColumn("name", at.name, originCol + at.name, clean, {
      required: true,
      memoised: false,
    });
    this.commune = text("commune", at.commune);
    this.village = text("village", at.village);
    this.group = text("group", at.group);
    this.gender = word("gender", at.gender, readGender, true);
    this.birth = value("birth", at.birth, readDayDate, true);
    this.splitMale = value("birth", at.splitMale, readDayDate);
    this.splitFemale = value("birth", at.splitFemale, readDayDate);
    this.ethnicity = word("ethnicity", at.ethnicity, readEthnicity, true);
    this.poverty = word("poverty", at.poverty, readPoverty);
    this.marks =
      at.markPoor >= 0 || at.markNearPoor >= 0 || at.markHardship >= 0
        ? [mark(at.markPoor), mark(at.markNearPoor), mark(at.markHardship)]
        : null;
    this.role = word("role", at.role, readRole);
    this.contribution = value("contribution", at.contribution, readMoney);
    this.loan = value("loan", at.loan, readMoney);
    this.joined = value("joined", at.joined, readDayDate);
    this.cleanedColumns = [
      this.club,
      this.commune,
      this.village,
      this.group,
      this.gender,
      this.ethnicity,
      this.poverty,
      ...(this.marks ?? []),
      this.role,
    ];
  }

  /**
   * Cleans a text; the first legacy text met tells the sheet's encoding, for the ambiguous ones after it.
   * That text itself reads the same either way, since it showed its encoding on its own.
   */
  private cleaned(raw: string): CleanedText {
    const clean = cleanTextIn(raw, this.encoding);
    if (clean.legacy && this.encoding === null) {
      this.encoding = clean.legacy;
      for (const column of this.cleanedColumns) column.forget();
    }
    return { text: clean.text, problem: problemOf(clean) };
  }

  /** The cleaned text of a cell looked at for what the row is (a totals label, a signature line). */
  textOf(raw: string): string {
    return this.cleaned(raw).text;
  }

  /** Reads a club cell of this row, reporting its text problems; null when blank. */
  readClub(cells: readonly CellValue[]): string | null {
    return this.club.read(cells, this.problems);
  }

  /** Reads a member row; `club` is the row's club when the table has no club column (or it is blank). */
  read(cells: readonly CellValue[], row: number, club: string): Member {
    const problems = this.problems;
    const name = this.name.read(cells, problems);
    const commune = this.commune.read(cells, problems);
    const village = this.village.read(cells, problems);
    const group = this.group.read(cells, problems);

    let gender: Gender | null = null;
    let birth: DayDate | null = null;
    if (this.at.splitMale >= 0) {
      const male = cells[this.at.splitMale];
      const hasMale = !isBlank(male);
      const hasFemale = !isBlank(cells[this.at.splitFemale]);
      if (hasMale && hasFemale) this.splitProblem("split-both", male);
      else if (!hasMale && !hasFemale) this.splitProblem("split-neither", null);
      else {
        gender = hasMale ? "male" : "female";
        birth = (hasMale ? this.splitMale : this.splitFemale).read(cells, problems);
      }
    } else {
      gender = this.gender.read(cells, problems);
      birth = this.birth.read(cells, problems);
    }
    const ethnicity = this.ethnicity.read(cells, problems);
    const poverty = this.marks
      ? this.povertyFromMarks(cells, this.marks)
      : this.poverty.read(cells, problems);
    const role = this.role.read(cells, problems);
    const contribution = this.contribution.read(cells, problems);
    const loan = this.loan.read(cells, problems);
    const joined = this.joined.read(cells, problems);

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
      problems: problems.take(),
    };
  }

  private splitProblem(code: "split-both" | "split-neither", value: CellValue | undefined): void {
    const column = this.originCol + this.at.splitMale;
    this.problems.add(fieldProblem("birth", code, column, value ?? null));
  }

  /**
   * "x" under "Hộ nghèo" / "Hộ cận nghèo" / "Hoàn cảnh khó khăn". No mark means not poor; with several marks
   * the household counts in the first (poor before near-poor before hardship). A cell that is neither a
   * mark nor a plain "no" is unreadable.
   */
  private povertyFromMarks(
    cells: readonly CellValue[],
    [poorColumn, nearPoorColumn, hardshipColumn]: readonly MarkColumn[]
  ): Poverty | null {
    const poor = poorColumn.read(cells, this.problems);
    const nearPoor = nearPoorColumn.read(cells, this.problems);
    const hardship = hardshipColumn.read(cells, this.problems);
    if (poor === MARKED) return "poor";
    if (nearPoor === MARKED) return "near-poor";
    if (hardship === MARKED) return "hardship";
    return poor === UNREAD || nearPoor === UNREAD || hardship === UNREAD ? null : "none";
  }
}
