/**
 * One register row → one Member with canonical values and the problems met on the way. Cells are never
 * changed: a value that needed cleaning is used cleaned and reported with the cleaned text as suggestion.
 */
import type { CellValue } from "../grid";
import { isBlank } from "../grid";
import type {
  BoardRole,
  ColumnReads,
  DayDate,
  Field,
  FieldProblem,
  Gender,
  Member,
  MemberStatus,
  Poverty,
  ProblemCode,
} from "../model";
import type { CleanText } from "../text/clean-text";
import type { LegacyEncoding } from "../text/legacy";
import {
  KINH,
  namesMinorityOnly,
  readDayDate,
  readEthnicity,
  readGender,
  readMoney,
  readPoverty,
  readRole,
  type Reading,
} from "../values";
import { memoize } from "../memo";
import { povertyInText, roleInText, statusInText } from "../values/phrases";
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
import { formatDay } from "../validation/format";
import { plainCode } from "./header-synonyms";
import { fieldProblem, RowProblems } from "./row-problems";
import { cleanTextIn, keptCleanTextIn } from "./sheet-encoding";

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
  /** Ticks under "Nam" / "Nữ"; one of them alone is a lone column (a tick there, else the other gender). */
  readonly markMale: number;
  readonly markFemale: number;
  /** A tick under "Người dân tộc thiểu số", or the group written for minorities only (blank: Kinh). */
  readonly minorityMark: number;
  readonly minorityName: number;
  /** Free-text columns read for roles, poverty and departures. */
  readonly notes: readonly number[];
  /** The name in two columns ("Họ đệm" | "Tên"), the birth in three ("Ngày" | "Tháng" | "Năm"). */
  readonly nameFamily: number;
  readonly nameGiven: number;
  readonly birthDay: number;
  readonly birthMonth: number;
  readonly birthYear: number;
}

/** How a table's columns are read, beyond where they are. */
export interface ReadOptions {
  /** Codes explained by a column's header, by field: the code's meaning is read instead of the code. */
  readonly codes: Readonly<Partial<Record<Field, Readonly<Record<string, string>>>>>;
  /** Factors to đồng of the money columns ("(nghìn đồng)": 1 000). */
  readonly loanScale: number;
  readonly contributionScale: number;
  /** Facts only the notes state for some members: a silent note then gives the plain value. */
  readonly notesState: { readonly poverty: boolean; readonly role: boolean };
  /** Keep the texts cleaned for the next read of the same register (see `keptCleanTextIn`). */
  readonly keepTexts: boolean;
  /** Notes columns whose filled cells say the member left ("Ngày ra khỏi CLB"), with their headers. */
  readonly departures: readonly { readonly index: number; readonly header: string }[];
}

/** What a member's notes say, read once per distinct text. */
export interface NoteFacts {
  readonly poverty: Poverty | null;
  readonly role: BoardRole | null;
  readonly status: MemberStatus | null;
}

const SILENT_NOTE: NoteFacts = { poverty: null, role: null, status: null };

/** What a cleaned note states, kept between calls as the cleaned texts are (see sheet-encoding.ts). */
const factsInText = memoize((text: string): NoteFacts => ({
  poverty: povertyInText(text),
  role: roleInText(text),
  status: statusInText(text),
}));

/** What a row's notes say, and the note that says the member left. */
interface NotesOfRow extends NoteFacts {
  readonly text: string | null;
}

const NO_NOTES: NotesOfRow = { ...SILENT_NOTE, text: null };

/**
 * A source cell read alone: a word's canonical value (gender, group, poverty, role), a date, an amount, a tick
 * (MARKED / UNREAD, null for none), or what a note states.
 */
export type SourceValue = string | number | DayDate | NoteFacts | null;

/**
 * "Ông Lò Văn Páo", "Bà Lò Thị Hoa", "Cụ bà …": the title a name is written with. "Ông" is a family name too:
 * before a middle name "Thị" (a woman's) it is one.
 */
const TITLE = /^(?:cụ\s+)?(ông|bà)\s+(?!thị\s)\p{L}/iu;

function genderOfTitle(name: string): Gender | null {
  const title = TITLE.exec(name)?.[1].toLowerCase();
  return title === "ông" ? "male" : title === "bà" ? "female" : null;
}

/** A name written with a note in brackets: "Lò Văn Páo (đã mất)". */
const NAME_NOTE = /\(([^)]*)\)/;

/** A word reader that first turns a code the header explains ("1" under "Giới tính (1: Nam; 0: Nữ)") into its word. */
function decoded<T>(
  read: (v: CellValue) => Reading<T>,
  codes: Readonly<Record<string, string>> | undefined
): (v: CellValue) => Reading<T> {
  if (codes === undefined) return read;
  return (v) => {
    const code = typeof v === "number" ? String(v) : typeof v === "string" ? plainCode(v) : null;
    const word = code === null ? undefined : codes[code];
    return read(word ?? v);
  };
}

/** A whole number between two bounds, typed as a number or as digits: a day or a month of a split birth. */
function wholeNumberIn(min: number, max: number): (v: CellValue) => Reading<number> {
  return (v) => {
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
    return Number.isInteger(n) &&
      n >= min &&
      n <= max &&
      (typeof v !== "string" || /^\s*\d+\s*$/.test(v))
      ? { ok: true, value: n }
      : { ok: false };
  };
}

/** A money reader for a column whose header sets a unit ("(nghìn đồng)": × 1 000). */
function scaled(scale: number): (v: CellValue) => Reading<number> {
  if (scale === 1) return readMoney;
  return (v) => {
    const reading = readMoney(v);
    // Amounts are whole đồng: "1,1" under "(triệu đồng)" is 1 100 000, not 1 100 000.0000000002.
    return reading.ok ? { ok: true, value: Math.round(reading.value * scale) } : reading;
  };
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

/**
 * A member as read from its row. Made by a constructor, not an object literal: V8 built this many-field literal
 * through a slow path (a third of the reading time over 10,000 rows, 21 ms against 12 ms for a whole read),
 * and every member made here has the one shape that the checks and the indicators then read fast.
 */
class MemberRecord implements Member {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly club: string,
    readonly name: string | null,
    readonly gender: Gender | null,
    readonly birth: DayDate | null,
    readonly ethnicity: string | null,
    readonly minority: boolean | null,
    readonly poverty: Poverty | null,
    readonly role: BoardRole | null,
    readonly commune: string | null,
    readonly village: string | null,
    readonly group: string | null,
    readonly contribution: number | null,
    readonly loan: number | null,
    readonly joined: DayDate | null,
    readonly status: MemberStatus,
    readonly statusNote: string | null,
    readonly problems: readonly FieldProblem[]
  ) {}
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
  private readonly genderMarks: readonly [MarkColumn, MarkColumn] | null;
  private readonly nameFamily: TextColumn;
  private readonly nameGiven: TextColumn;
  private readonly birthDay: ValueColumn<number>;
  private readonly birthMonth: ValueColumn<number>;
  private readonly birthYear: ValueColumn<DayDate>;
  private readonly minorityMark: MarkColumn;
  private readonly minorityName: WordColumn<string>;
  private readonly noteFacts = new Map<string, NoteFacts>();
  /** The columns whose texts are cleaned first: what they read as depends on the sheet's encoding. */
  private readonly cleanedColumns: readonly ColumnReader<unknown>[];

  /** `encoding`: the sheet's legacy encoding when its title or header rows show one. */
  constructor(
    private readonly sheet: string,
    private readonly originCol: number,
    private readonly at: ColumnIndexes,
    private encoding: LegacyEncoding | null,
    private readonly options: ReadOptions
  ) {
    const clean = (raw: string) => this.cleaned(raw);
    const text = (field: Field, index: number) =>
      new TextColumn(field, index, originCol + index, clean, { required: false, memoised: true });
    const word = <T>(
      field: Field,
      index: number,
      read: (v: CellValue) => Reading<T>,
      required = false
    ) =>
      new WordColumn(
        field,
        index,
        originCol + index,
        clean,
        decoded(read, options.codes[field]),
        required
      );
    const value = <T>(
      field: Field,
      index: number,
      read: (v: CellValue) => Reading<T>,
      required = false
    ) => new ValueColumn(field, index, originCol + index, read, required);
    const mark = (index: number, field: Field, isTickWord?: (text: string) => boolean) =>
      new MarkColumn(field, index, originCol + index, clean, isTickWord);
    const reads =
      <T>(read: (v: CellValue) => Reading<T>, value: T) =>
      (text: string) => {
        const reading = read(text);
        return reading.ok && reading.value === value;
      };

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
        ? [
            mark(at.markPoor, "poverty", reads(readPoverty, "poor")),
            mark(at.markNearPoor, "poverty", reads(readPoverty, "near-poor")),
            mark(at.markHardship, "poverty", reads(readPoverty, "hardship")),
          ]
        : null;
    this.role = word("role", at.role, readRole);
    this.contribution = value("contribution", at.contribution, scaled(options.contributionScale));
    this.loan = value("loan", at.loan, scaled(options.loanScale));
    this.joined = value("joined", at.joined, readDayDate);
    this.genderMarks =
      at.markMale >= 0 || at.markFemale >= 0
        ? [
            mark(at.markMale, "gender", reads(readGender, "male")),
            mark(at.markFemale, "gender", reads(readGender, "female")),
          ]
        : null;
    // A group name written where a tick was expected says "minority" as plainly, unless it is Kinh.
    this.minorityMark = mark(at.minorityMark, "ethnicity", (text) => {
      const reading = readEthnicity(text);
      return reading.ok && reading.value !== KINH;
    });
    this.minorityName = word("ethnicity", at.minorityName, readEthnicity);
    const namePart = (index: number) =>
      new TextColumn("name", index, originCol + index, clean, { required: false, memoised: false });
    this.nameFamily = namePart(at.nameFamily);
    this.nameGiven = namePart(at.nameGiven);
    this.birthDay = value("birth", at.birthDay, wholeNumberIn(1, 31));
    this.birthMonth = value("birth", at.birthMonth, wholeNumberIn(1, 12));
    this.birthYear = value("birth", at.birthYear, readDayDate, true);
    this.cleanedColumns = [
      this.club,
      this.commune,
      this.village,
      this.group,
      this.gender,
      this.ethnicity,
      this.poverty,
      ...(this.marks ?? []),
      ...(this.genderMarks ?? []),
      this.minorityMark,
      this.minorityName,
      this.role,
    ];
  }

  /** Filled and unreadable cells of each column read, so far. */
  columnReads(): ColumnReads[] {
    const readers: ColumnReader<unknown>[] = [
      this.name,
      ...this.valueReaders(),
      this.joined,
      this.club,
      this.commune,
      this.village,
      this.group,
    ];
    return readers.filter((r) => r.index >= 0).map((r) => r.reads());
  }

  /** The readers of the columns whose cells a report counts by value (not names, dates joined or places). */
  private valueReaders(): ColumnReader<unknown>[] {
    return [
      this.gender,
      this.birth,
      this.splitMale,
      this.splitFemale,
      this.ethnicity,
      this.minorityName,
      this.minorityMark,
      this.poverty,
      ...(this.marks ?? []),
      ...(this.genderMarks ?? []),
      this.role,
      this.contribution,
      this.loan,
      this.birthYear,
      this.birthMonth,
      this.birthDay,
    ];
  }

  /**
   * Cleans a text; the first legacy text met tells the sheet's encoding, for the ambiguous ones after it.
   * That text itself reads the same either way, since it showed its encoding on its own.
   */
  private cleaned(raw: string): CleanedText {
    const clean = this.options.keepTexts
      ? keptCleanTextIn(raw, this.encoding)
      : cleanTextIn(raw, this.encoding);
    if (clean.legacy && this.encoding === null) {
      this.encoding = clean.legacy;
      for (const column of this.cleanedColumns) column.forget();
      this.noteFacts.clear();
      this.lastStatusText[0] = this.lastStatusText[1] = null;
    }
    return { text: clean.text, problem: problemOf(clean) };
  }

  /** The sheet's legacy encoding as the rows read so far settled it. */
  get sheetEncoding(): LegacyEncoding | null {
    return this.encoding;
  }

  /**
   * What one cell of a source column reads as on its own, as this table's reader reads it: the value a report's
   * vocabulary records for that text. Columns are grid indexes; null: blank or unreadable.
   */
  readSource(index: number, raw: CellValue): SourceValue {
    if (this.at.notes.includes(index)) {
      return typeof raw === "string" && !isBlank(raw) ? this.noteFactsOf(raw) : SILENT_NOTE;
    }
    const reader = this.sourceReaders().get(index);
    if (reader === undefined) return null;
    const cells: CellValue[] = [];
    cells[index] = raw;
    const scratch = new RowProblems();
    return reader.read(cells, scratch) as SourceValue;
  }

  /** What a note written after a name in brackets states: "Lò Văn Páo (đã mất)". */
  readNameNote(raw: string): NoteFacts {
    const note = NAME_NOTE.exec(this.cleaned(raw).text);
    return note ? this.noteFactsOf(note[1]) : SILENT_NOTE;
  }

  private sources: Map<number, ColumnReader<unknown>> | null = null;

  private sourceReaders(): Map<number, ColumnReader<unknown>> {
    this.sources ??= new Map(
      this.valueReaders()
        .filter((reader) => reader.index >= 0)
        .map((reader) => [reader.index, reader as ColumnReader<unknown>])
    );
    return this.sources;
  }

  /** The cleaned text of a cell looked at for what the row is (a totals label, a signature line). */
  textOf(raw: string): string {
    return this.cleaned(raw).text;
  }

  /** Reads a club cell of this row, reporting its text problems; null when blank. */
  readClub(cells: readonly CellValue[]): string | null {
    return this.club.read(cells, this.problems);
  }

  /**
   * A cell naming two groups ("Tày-Nùng"), or an old name several groups share ("Mán"), gives no group — its cell
   * is reported — but when every group it can mean is a minority, the member is of one: the figures count them.
   */
  private minorityOfGroups(cells: readonly CellValue[]): boolean | null {
    const raw = this.at.ethnicity >= 0 ? cells[this.at.ethnicity] : null;
    if (typeof raw !== "string") return null;
    return namesMinorityOnly(this.textOf(raw)) ? true : null;
  }

  /** Reads a member row; `club` is the row's club when the table has no club column (or it is blank). */
  read(cells: readonly CellValue[], row: number, club: string): Member {
    const problems = this.problems;
    const name =
      this.at.nameGiven >= 0 ? this.nameFromParts(cells) : this.name.read(cells, problems);
    const commune = this.commune.read(cells, problems);
    const village = this.village.read(cells, problems);
    const group = this.group.read(cells, problems);

    let gender: Gender | null = null;
    let birth: DayDate | null = null;
    if (this.genderMarks) {
      gender = this.genderFromMarks(cells, this.genderMarks);
      birth = this.birthOf(cells);
    } else if (this.at.splitMale >= 0) {
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
      // With no gender column, "Ông" / "Bà" before the name says it (lists written for officials do so).
      if (gender === null && this.at.gender < 0 && name !== null) gender = genderOfTitle(name);
      birth = this.birthOf(cells);
    }
    const notes = this.notesOf(cells, name);
    let ethnicity = this.ethnicity.read(cells, problems);
    let minority = ethnicity === null ? null : ethnicity !== KINH;
    if (ethnicity === null) minority = this.minorityOfGroups(cells);
    if (ethnicity === null && this.at.minorityName >= 0) {
      ethnicity = isBlank(cells[this.at.minorityName])
        ? KINH
        : this.minorityName.read(cells, problems);
      minority = ethnicity === null ? null : ethnicity !== KINH;
    } else if (ethnicity === null && this.at.minorityMark >= 0) {
      const tick = this.minorityMark.read(cells, problems);
      minority = tick === MARKED ? true : tick === UNREAD ? null : false;
      if (minority === false) ethnicity = KINH;
    }
    const notesState = this.options.notesState;
    const poverty =
      (this.marks
        ? this.povertyFromMarks(cells, this.marks)
        : this.poverty.read(cells, problems)) ??
      notes.poverty ??
      (notesState.poverty ? "none" : null);
    const role =
      this.role.read(cells, problems) ?? notes.role ?? (notesState.role ? "member" : null);
    const contribution = this.contribution.read(cells, problems);
    const loan = this.loan.read(cells, problems);
    const joined = this.joined.read(cells, problems);

    return new MemberRecord(
      this.sheet,
      row,
      club,
      name,
      gender,
      birth,
      ethnicity,
      minority,
      poverty,
      role,
      commune,
      village,
      group,
      contribution,
      loan,
      joined,
      notes.status ?? "current",
      notes.status === null ? null : notes.text,
      problems.take()
    );
  }

  /** The name in "Họ đệm" | "Tên", joined; missing when both are blank. */
  private nameFromParts(cells: readonly CellValue[]): string | null {
    const family = this.nameFamily.read(cells, this.problems);
    const given = this.nameGiven.read(cells, this.problems);
    const name = [family, given].filter((part) => part !== null).join(" ");
    if (name !== "") return name;
    this.problems.add(fieldProblem("name", "missing", this.originCol + this.at.nameGiven, null));
    return null;
  }

  /**
   * The birth from its column, or from "Ngày" | "Tháng" | "Năm": the year with the month and the day where
   * they are given and make a real date (a day without its month is no use).
   */
  private birthOf(cells: readonly CellValue[]): DayDate | null {
    if (this.at.birthYear < 0) return this.birth.read(cells, this.problems);
    const year = this.birthYear.read(cells, this.problems);
    const month = this.birthMonth.read(cells, this.problems);
    const day = this.birthDay.read(cells, this.problems);
    if (year === null) return null;
    if (month === null) return { year: year.year };
    const lastDay = new Date(Date.UTC(year.year, month, 0)).getUTCDate();
    return day !== null && day <= lastDay
      ? { year: year.year, month, day }
      : { year: year.year, month };
  }

  /**
   * What the notes columns (and a note in brackets after the name) say of the member; a departure is also
   * written where a role or a household status would be ("Đã mất" under "Chức vụ"). Most rows say nothing: they
   * share one answer, and nothing is allocated for them.
   */
  private notesOf(cells: readonly CellValue[], name: string | null): NotesOfRow {
    let poverty: Poverty | null = null;
    let role: BoardRole | null = null;
    let status: MemberStatus | null = null;
    let text: string | null = null;
    const notes = this.at.notes;
    const count = notes.length + (name !== null && name.includes("(") ? 1 : 0);
    for (let i = 0; i < count; i++) {
      let raw: CellValue | undefined;
      if (i < notes.length) raw = cells[notes[i]];
      else raw = NAME_NOTE.exec(name as string)?.[1];
      if (typeof raw !== "string" || isBlank(raw)) continue;
      const found = this.noteFactsOf(raw);
      poverty ??= found.poverty;
      role ??= found.role;
      if (status === null && found.status !== null) {
        status = found.status;
        text = this.cleaned(raw).text;
      }
    }
    const role_ = this.at.role >= 0 ? cells[this.at.role] : null;
    if (status === null && typeof role_ === "string") {
      status = this.statusWritten(0, role_);
      if (status !== null) text = this.cleaned(role_).text;
    }
    const poverty_ = this.at.poverty >= 0 ? cells[this.at.poverty] : null;
    if (status === null && typeof poverty_ === "string") {
      status = this.statusWritten(1, poverty_);
      if (status !== null) text = this.cleaned(poverty_).text;
    }
    // A date under "Ngày ra khỏi CLB" says the member left as plainly as a note does ("NULL", "-" say nothing;
    // a reason written there is read as any note is, above).
    const departures = this.options.departures;
    for (let d = 0; d < departures.length; d++) {
      const { index, header } = departures[d];
      const left = cells[index];
      if (status !== null || isBlank(left) || typeof left === "boolean") continue;
      const day = readDayDate(left);
      if (!day.ok) continue;
      status = "former";
      text = `${header}: ${formatDay(day.value)}`;
    }
    if (poverty === null && role === null && status === null) return NO_NOTES;
    return { poverty, role, status, text };
  }

  /** The last text of the role (0) and household status (1) columns, and the departure it states. */
  private readonly lastStatusText: [string | null, string | null] = [null, null];
  private readonly lastStatus: [MemberStatus | null, MemberStatus | null] = [null, null];

  /**
   * The departure a role or household-status cell states, if any. Those columns repeat a few texts in runs
   * ("Thành viên", "Thành viên" …): the last one's answer is kept, so most rows cost one comparison.
   */
  private statusWritten(column: 0 | 1, raw: string): MemberStatus | null {
    if (raw === this.lastStatusText[column]) return this.lastStatus[column];
    const status = isBlank(raw) ? null : this.noteFactsOf(raw).status;
    this.lastStatusText[column] = raw;
    this.lastStatus[column] = status;
    return status;
  }

  /** What a note states, as the notes of this table are read. */
  readNote(raw: string): NoteFacts {
    return this.noteFactsOf(raw);
  }

  private noteFactsOf(raw: string): NoteFacts {
    let facts = this.noteFacts.get(raw);
    if (facts === undefined) {
      facts = factsInText(this.cleaned(raw).text);
      this.noteFacts.set(raw, facts);
    }
    return facts;
  }

  /**
   * Ticks under "Nam" | "Nữ". With both columns, exactly one tick says the gender; with one column alone (a
   * "Nữ" column ticked for women), no tick there is the other gender.
   */
  private genderFromMarks(
    cells: readonly CellValue[],
    [maleColumn, femaleColumn]: readonly MarkColumn[]
  ): Gender | null {
    const male = maleColumn.read(cells, this.problems);
    const female = femaleColumn.read(cells, this.problems);
    if (male === UNREAD || female === UNREAD) return null;
    if (maleColumn.index < 0) return female === MARKED ? "female" : "male";
    if (femaleColumn.index < 0) return male === MARKED ? "male" : "female";
    if (male === MARKED && female === MARKED) {
      this.markProblem("marks-both", cells[maleColumn.index]);
      return null;
    }
    if (male !== MARKED && female !== MARKED) {
      this.markProblem("marks-neither", null);
      return null;
    }
    return male === MARKED ? "male" : "female";
  }

  private markProblem(code: "marks-both" | "marks-neither", value: CellValue | undefined): void {
    const column = this.originCol + this.at.markMale;
    this.problems.add(fieldProblem("gender", code, column, value ?? null));
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
