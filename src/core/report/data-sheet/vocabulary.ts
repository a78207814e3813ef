/**
 * The report's vocabulary: every text written in the member sheet's source columns, with what core read it as
 * (as the register was read: in its columns, in the sheet's encoding), plus the catalogues' own spellings so
 * that a value typed later in its usual spelling is counted too. The data sheet's formulas look each member's
 * cells up in it, so a spelling core reads ("nu", "H'Mông", "Phó CN", "15/03/1955", "5 triệu") counts in the
 * recalculated report exactly as in `stats`.
 *
 * A key is the source column's letter and the text ("D|Nữ"); a note column gives three keys per text, one per
 * fact it can state ("L|p|…" poverty, "L|r|…" role, "L|s|…" status). Excel and LibreOffice look keys up ignoring
 * case, so the first entry of two that differ only by case is the one both find; the vocabulary keeps it that
 * way (first wins), and its own look-up (`find`) does the same.
 */
import { columnLetters, isBlank, valueAt, type Grid } from "../../grid";
import type { DayDate, MemberTable } from "../../model";
import { sourceReader, type NoteFacts, type SourceValue } from "../../register";
import type { ColumnRole } from "../../register/layout";
import { MARKED, UNREAD } from "../../register/column-reader";
import { ETHNIC_GROUPS, KINH } from "../../values";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../typed-values";

/** What a key stands for: a canonical text, a number, a calendar day (written as DATE(…)), or a tick. */
export type VocabularyValue = string | number | { readonly date: DayDate };

/** A tick column's reading: ticked, not ticked, or unreadable. */
export const TICK = { yes: 1, no: 0, unread: "?" } as const;

/** A note states poverty (p), a role (r) or a departure (s). */
export type NoteFact = "p" | "r" | "s";

/** Texts beyond this length are looked up by their start: Excel's look-up value stops at 255 characters. */
export const KEY_TEXT_LENGTH = 200;

/** Whether a column's texts hold a wildcard character, so that its look-ups must escape them. */
const WILDCARD = /[~*?]/;

export const FORMER_TEXT = "Đã rời";
export const CURRENT_TEXT = "Đang sinh hoạt";

export class Vocabulary {
  private readonly byKey = new Map<string, VocabularyValue>();
  readonly entries: { readonly key: string; readonly value: VocabularyValue }[] = [];
  private readonly wildcardColumns = new Set<number>();

  /** Adds an entry unless a key equal to it but for case is already there (look-ups find the first). */
  add(key: string, value: VocabularyValue): void {
    const folded = key.toLowerCase();
    if (this.byKey.has(folded)) return;
    this.byKey.set(folded, value);
    this.entries.push({ key, value });
  }

  /** What a look-up of this key finds, as Excel finds it; undefined when nothing. */
  find(key: string): VocabularyValue | undefined {
    return this.byKey.get(key.toLowerCase());
  }

  markWildcards(column: number): void {
    this.wildcardColumns.add(column);
  }

  /** Whether the look-ups of a column's texts must escape ~ * ? (wildcards in Excel's look-ups). */
  hasWildcards(column: number): boolean {
    return this.wildcardColumns.has(column);
  }
}

/** The key of a text of a column, as the data sheet's formulas build it. */
export function keyOf(column: number, text: string, fact?: NoteFact): string {
  const prefix =
    fact === undefined ? `${columnLetters(column)}|` : `${columnLetters(column)}|${fact}|`;
  return prefix + (fact === undefined ? text : text.slice(0, KEY_TEXT_LENGTH));
}

/** The value a source column's reading stands for in the data sheet. */
function valueOfReading(role: ColumnRole, read: SourceValue, raw: string): VocabularyValue | null {
  switch (role.kind) {
    case "gender-mark":
    case "poverty-mark":
    case "minority-mark":
      return read === MARKED ? TICK.yes : read === UNREAD ? TICK.unread : TICK.no;
    case "minority-name":
      if (isBlank(raw)) return KINH;
      return typeof read === "string" ? read : null;
    case "split-birth":
      return dayValue(read as DayDate | null);
    case "birth-part":
      if (role.part === "year") return read === null ? null : (read as DayDate).year;
      return typeof read === "number" ? read : null;
    case "field":
      switch (role.field) {
        case "gender":
          return read === null ? null : GENDER_TEXT[read as keyof typeof GENDER_TEXT];
        case "poverty":
          return read === null ? null : POVERTY_TEXT[read as keyof typeof POVERTY_TEXT];
        case "role":
          return read === null ? null : ROLE_TEXT[read as keyof typeof ROLE_TEXT];
        case "ethnicity":
          return typeof read === "string" ? read : null;
        case "birth":
          return dayValue(read as DayDate | null);
        case "loan":
        case "contribution":
          return typeof read === "number" ? read : null;
        default:
          return null;
      }
    default:
      return null;
  }
}

/** A year alone as its number; a day (or a month: its first day) as a date. */
function dayValue(day: DayDate | null): VocabularyValue | null {
  if (day === null) return null;
  if (day.month === undefined) return day.year;
  return { date: { year: day.year, month: day.month, day: day.day ?? 1 } };
}

/** The fact a note states, as the data sheet writes it. */
function noteValue(facts: NoteFacts, fact: NoteFact): string | null {
  if (fact === "p") return facts.poverty === null ? null : POVERTY_TEXT[facts.poverty];
  if (fact === "r") return facts.role === null ? null : ROLE_TEXT[facts.role];
  return facts.status === "former" ? FORMER_TEXT : null;
}

/** The roles whose texts the vocabulary records (the others do not count in any figure). */
export function isCountedRole(role: ColumnRole): boolean {
  if (role.kind === "field") {
    return ["gender", "birth", "ethnicity", "poverty", "role", "loan", "contribution"].includes(
      role.field
    );
  }
  return role.kind !== "other-person" && role.kind !== "name-part";
}

/** The spellings a user is likely to type later in a column of this role: the catalogue's own. */
function catalogueSpellings(role: ColumnRole): readonly string[] {
  switch (role.kind) {
    case "gender-mark":
    case "poverty-mark":
    case "minority-mark":
      return ["x", "✓", "v", "có", "không", "-"];
    case "minority-name":
      return ETHNIC_GROUPS.map((g) => g.name);
    case "field":
      switch (role.field) {
        case "gender":
          return Object.values(GENDER_TEXT);
        case "poverty":
          return Object.values(POVERTY_TEXT);
        case "role":
          return Object.values(ROLE_TEXT);
        case "ethnicity":
          return ETHNIC_GROUPS.map((g) => g.name);
        default:
          return [];
      }
    default:
      return [];
  }
}

/**
 * The vocabulary of one member table: every text of every counted source column in its members' rows, then the
 * catalogues' spellings, each with core's reading of it in that column.
 */
export function buildVocabulary(table: MemberTable, grid: Grid): Vocabulary {
  const vocabulary = new Vocabulary();
  const read = sourceReader(table);
  const name = table.layout.columns.find(
    (c) => c.role?.kind === "field" && c.role.field === "name"
  );
  const sources = table.layout.columns.filter((c) => c.role !== null && isCountedRole(c.role));

  const recordNote = (column: number, text: string, facts: NoteFacts) => {
    if (WILDCARD.test(text)) vocabulary.markWildcards(column);
    for (const fact of ["p", "r", "s"] as const) {
      const value = noteValue(facts, fact);
      if (value !== null) vocabulary.add(keyOf(column, text, fact), value);
    }
  };
  const record = (column: number, role: ColumnRole, text: string) => {
    if (role.kind === "notes")
      return recordNote(column, text, read.cell(column, text) as NoteFacts);
    if (WILDCARD.test(text)) vocabulary.markWildcards(column);
    const value = valueOfReading(role, read.cell(column, text), text);
    if (value !== null) vocabulary.add(keyOf(column, text), value);
  };

  // A departure can be written where a role or a household status goes: those columns' texts are notes too.
  const departures = sources.filter(
    (c) => c.role?.kind === "field" && (c.role.field === "role" || c.role.field === "poverty")
  );
  for (const member of table.members) {
    for (const source of sources) {
      const raw = valueAt(grid, member.row, source.column);
      if (typeof raw === "string") record(source.column, source.role as ColumnRole, raw);
    }
    for (const source of departures) {
      const raw = valueAt(grid, member.row, source.column);
      if (typeof raw === "string" && read.note(raw).status === "former") {
        vocabulary.add(keyOf(source.column, raw, "s"), FORMER_TEXT);
      }
    }
    // "Lò Văn Páo (đã mất)": a note written after the name.
    const rawName = name ? valueAt(grid, member.row, name.column) : null;
    if (name && typeof rawName === "string" && rawName.includes("(")) {
      recordNote(name.column, rawName, read.nameNote(rawName));
    }
  }
  for (const source of sources) {
    // A code the header explains is looked up as typed: a number joins the key as its digits ("E|1").
    const codes = Object.keys(source.codes ?? {});
    for (const text of [...codes, ...catalogueSpellings(source.role as ColumnRole)]) {
      record(source.column, source.role as ColumnRole, text);
    }
  }
  return vocabulary;
}
