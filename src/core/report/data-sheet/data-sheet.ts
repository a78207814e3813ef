/**
 * The report's data sheet: one row per member row of the register, each canonical fact a formula over the
 * member's own cells — looked up in the vocabulary where the cell is text — so that the report's figures, which
 * count this sheet, are core's figures whatever spellings the register holds, and follow the register when a
 * member's cell is edited. Every formula is evaluated here too (expression.ts) and compared with core's reading
 * of the member: where the two would differ, the cell is written as core's value instead, and listed, so no
 * figure differs without a word.
 */
import { cellAddress, columnLetters, valueAt, type Grid } from "../../grid";
import type { DayDate, Member, MemberTable, Poverty } from "../../model";
import type { ColumnRole, LayoutColumn } from "../../register/layout";
import { absoluteCell, sheetPrefix } from "../a1";
import { GENDER_TEXT, MINORITY_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../typed-values";
import {
  and,
  concat,
  date,
  dateOf,
  eq,
  escapeWildcards,
  ge,
  gt,
  ifError,
  ifThen,
  int,
  isError,
  isLogical,
  isNumber,
  le,
  left,
  literal,
  lookup,
  lt,
  ne,
  or,
  plain,
  ref,
  scaled,
  trimmedLength,
  type Expr,
} from "./expression";
import {
  buildVocabulary,
  CURRENT_TEXT,
  FORMER_TEXT,
  KEY_TEXT_LENGTH,
  keyOf,
  TICK,
  type NoteFact,
  type Vocabulary,
  type VocabularyValue,
} from "./vocabulary";

/** The data sheet's columns, in order. */
export const DATA_COLUMNS = [
  "row",
  "club",
  "name",
  "gender",
  "birth",
  "ethnicity",
  "minority",
  "poverty",
  "role",
  "loan",
  "contribution",
  "status",
] as const;

export type DataColumn = (typeof DATA_COLUMNS)[number];

/** 1-based sheet column of each data column. */
export const DATA_COLUMN: Readonly<Record<DataColumn, number>> = Object.fromEntries(
  DATA_COLUMNS.map((name, i) => [name, i + 1])
) as Record<DataColumn, number>;

export const DATA_HEADER_ROW = 1;
export const DATA_FIRST_ROW = 2;

export type DataCell =
  | { readonly address: string; readonly kind: "value"; readonly value: string | number }
  | { readonly address: string; readonly kind: "formula"; readonly formula: string };

/** A member cell the data sheet holds as core's value, because its formula would read the cell otherwise. */
export interface FixedCell {
  readonly sheet: string;
  /** The member's row on the member sheet. */
  readonly row: number;
  readonly column: DataColumn;
  readonly value: string | number;
}

export interface DataSheet {
  readonly name: string;
  /** Header and member rows. */
  readonly cells: readonly DataCell[];
  /** The vocabulary as two columns, key and value, under a header row. */
  readonly vocabularyCells: readonly DataCell[];
  /** The data sheet as a member table with canonical columns, for the report's COUNTIFS. */
  readonly table: MemberTable;
  readonly fixed: readonly FixedCell[];
}

const SPLIT_BLANK = 0;

/** A birth as the data sheet holds it: a year, a date serial (1900 system), or "" for unknown. */
function dayNumber(day: DayDate | null): number | "" {
  if (day === null) return "";
  if (day.month === undefined) return day.year;
  return Date.UTC(day.year, day.month - 1, day.day ?? 1) / 86_400_000 + 25_569;
}

/** Core's facts of a member, as the data sheet writes them. */
function expectedValues(member: Member): Record<DataColumn, string | number> {
  return {
    row: member.row,
    club: member.club,
    name: member.name ?? "",
    gender: member.gender ? GENDER_TEXT[member.gender] : "",
    birth: dayNumber(member.birth),
    ethnicity: member.ethnicity ?? "",
    minority: member.minority === null ? "" : MINORITY_TEXT[member.minority ? "yes" : "no"],
    poverty: member.poverty ? POVERTY_TEXT[member.poverty] : "",
    role: member.role ? ROLE_TEXT[member.role] : "",
    loan: member.loan ?? "",
    contribution: member.contribution ?? "",
    status: member.status === "former" ? FORMER_TEXT : CURRENT_TEXT,
  };
}

/** The source columns of each kind, from the layout. */
function sources(table: MemberTable) {
  const columns = table.layout.columns;
  const of = (test: (role: ColumnRole) => boolean): LayoutColumn[] =>
    columns.filter((c) => c.role !== null && test(c.role));
  const field = (name: string) =>
    of((r) => r.kind === "field" && r.field === name)[0] as LayoutColumn | undefined;
  const genderMark = (g: "male" | "female") =>
    of((r) => r.kind === "gender-mark" && r.gender === g)[0];
  const split = (g: "male" | "female") => of((r) => r.kind === "split-birth" && r.gender === g)[0];
  const povertyMark = (p: "poor" | "near-poor" | "hardship") =>
    of((r) => r.kind === "poverty-mark" && r.poverty === p)[0];
  return {
    name: field("name"),
    gender: field("gender"),
    birth: field("birth"),
    ethnicity: field("ethnicity"),
    poverty: field("poverty"),
    role: field("role"),
    loan: field("loan"),
    contribution: field("contribution"),
    splitMale: split("male"),
    splitFemale: split("female"),
    markMale: genderMark("male"),
    markFemale: genderMark("female"),
    markPoor: povertyMark("poor"),
    markNearPoor: povertyMark("near-poor"),
    markHardship: povertyMark("hardship"),
    minorityName: of((r) => r.kind === "minority-name")[0],
    nameFamily: of((r) => r.kind === "name-part" && r.part === "family")[0],
    nameGiven: of((r) => r.kind === "name-part" && r.part === "given")[0],
    birthDay: of((r) => r.kind === "birth-part" && r.part === "day")[0],
    birthMonth: of((r) => r.kind === "birth-part" && r.part === "month")[0],
    birthYear: of((r) => r.kind === "birth-part" && r.part === "year")[0],
    minorityMark: of((r) => r.kind === "minority-mark")[0],
    notes: of((r) => r.kind === "notes"),
  };
}

/** The formulas of one member row, built from the member's cells on the member sheet. */
class RowFormulas {
  constructor(
    private readonly table: MemberTable,
    private readonly grid: Grid,
    private readonly vocabulary: Vocabulary,
    /** The vocabulary's key/value range, absolute: 'Danh mục'!$A$2:$B$300. */
    private readonly range: string,
    private readonly row: number
  ) {}

  cell(column: number): Expr {
    const address = `${sheetPrefix(this.table.sheet)}${cellAddress(this.row, column)}`;
    return ref(address, valueAt(this.grid, this.row, column));
  }

  private find = (key: string): string | number | undefined => {
    const value: VocabularyValue | undefined = this.vocabulary.find(key);
    return value === undefined || typeof value !== "object" ? value : dayNumber(value.date);
  };

  /** The vocabulary's entry for this member's text in a column; `fallback` when there is none. */
  looked(column: number, fallback: Expr, fact?: NoteFact): Expr {
    let text = this.cell(column);
    if (this.vocabulary.hasWildcards(column)) text = escapeWildcards(text);
    if (fact !== undefined) text = left(text, KEY_TEXT_LENGTH);
    const prefix = keyOf(column, "", fact);
    return ifError(lookup(concat(literal(prefix), text), this.range, this.find), fallback);
  }

  /** A tick column: 1, 0, or "?" when the cell is neither a tick nor a plain "no" (as core reads it). */
  tick(column: number): Expr {
    const c = this.cell(column);
    const t = (v: string | number) => literal(v);
    return ifThen(
      isError(c),
      t(TICK.unread),
      ifThen(
        isNumber(c),
        ifThen(eq(c, t(1)), t(TICK.yes), ifThen(eq(c, t(0)), t(TICK.no), t(TICK.unread))),
        ifThen(
          isLogical(c),
          ifThen(c, t(TICK.yes), t(TICK.no)),
          ifThen(eq(c, t("")), t(TICK.no), this.looked(column, t(TICK.unread)))
        )
      )
    );
  }

  /** A birth: a year (1900–2100) or a date serial as typed, else its text looked up. */
  birth(column: number): Expr {
    const c = this.cell(column);
    return ifThen(
      isNumber(c),
      ifThen(
        and(ge(c, literal(1900)), le(c, literal(2100))),
        ifThen(eq(c, int(c)), c, literal("")),
        ifThen(and(gt(c, literal(2100)), lt(c, date(2101, 1, 1))), int(c), literal(""))
      ),
      this.looked(column, literal(""))
    );
  }

  /** A whole number typed in a part of a split birth, or its text looked up; "" when there is none. */
  part(column: number): Expr {
    const c = this.cell(column);
    return ifThen(isNumber(c), c, this.looked(column, literal("")));
  }

  /**
   * A birth in "Ngày" | "Tháng" | "Năm": the year (1900–2100) with the month (1–12), from the day given
   * (1–31) or the first; the year alone without a month.
   */
  birthFromParts(day: number | null, month: number | null, year: number): Expr {
    const y = this.part(year);
    // INT of a text is an error in Excel: the bounds are looked at only once the part is a number.
    const inRange = (x: Expr, low: number, high: number) =>
      ifThen(
        isNumber(x),
        and(ge(x, literal(low)), le(x, literal(high)), eq(x, int(x))),
        literal(0)
      );
    const m = month === null ? literal("") : this.part(month);
    const d = day === null ? literal("") : this.part(day);
    return ifThen(
      inRange(y, 1900, 2100),
      ifThen(inRange(m, 1, 12), dateOf(y, m, ifThen(inRange(d, 1, 31), d, literal(1))), y),
      literal("")
    );
  }

  money(column: number, scale: number): Expr {
    const c = this.cell(column);
    return ifThen(isNumber(c), scaled(c, scale), this.looked(column, literal("")));
  }

  filled(column: number): Expr {
    return gt(trimmedLength(this.cell(column)), literal(SPLIT_BLANK));
  }

  empty(column: number): Expr {
    return eq(trimmedLength(this.cell(column)), literal(SPLIT_BLANK));
  }
}

/** IF(a<>"", a, IF(b<>"", b, … fallback)). */
function firstKnown(parts: readonly Expr[], fallback: Expr): Expr {
  return parts.reduceRight<Expr>(
    (rest, part) => ifThen(ne(part, literal("")), part, rest),
    fallback
  );
}

function columnFormulas(
  table: MemberTable,
  at: ReturnType<typeof sources>,
  f: RowFormulas,
  nameNotes: boolean,
  ownRow: (column: DataColumn, expr: Expr) => Expr,
  headingPoverty: Poverty | undefined
): Partial<Record<DataColumn, Expr>> {
  const none = literal("");
  const text = (v: string) => literal(v);
  const notes = (fact: NoteFact) => [
    ...at.notes.map((n) => f.looked(n.column, none, fact)),
    ...(nameNotes && at.name ? [f.looked(at.name.column, none, fact)] : []),
  ];

  let gender: Expr = none;
  let birth: Expr = none;
  if (at.splitMale && at.splitFemale) {
    const [m, w] = [at.splitMale.column, at.splitFemale.column];
    const male = and(f.filled(m), f.empty(w));
    const female = and(f.empty(m), f.filled(w));
    gender = ifThen(male, text(GENDER_TEXT.male), ifThen(female, text(GENDER_TEXT.female), none));
    birth = ifThen(male, f.birth(m), ifThen(female, f.birth(w), none));
  } else {
    if (at.markMale || at.markFemale) {
      const tm = at.markMale && f.tick(at.markMale.column);
      const tf = at.markFemale && f.tick(at.markFemale.column);
      const unread = (t: Expr) => eq(t, literal(TICK.unread));
      const yes = (t: Expr) => eq(t, literal(TICK.yes));
      const [male, female] = [text(GENDER_TEXT.male), text(GENDER_TEXT.female)];
      if (tm && tf) {
        gender = ifThen(
          or(unread(tm), unread(tf)),
          none,
          ifThen(
            and(yes(tm), ne(tf, literal(TICK.yes))),
            male,
            ifThen(and(yes(tf), ne(tm, literal(TICK.yes))), female, none)
          )
        );
      } else if (tf) {
        gender = ifThen(unread(tf), none, ifThen(yes(tf), female, male));
      } else if (tm) {
        gender = ifThen(unread(tm), none, ifThen(yes(tm), male, female));
      }
    } else if (at.gender) {
      gender = f.looked(at.gender.column, none);
    }
    if (at.birthYear) {
      birth = f.birthFromParts(
        at.birthDay?.column ?? null,
        at.birthMonth?.column ?? null,
        at.birthYear.column
      );
    } else if (at.birth) {
      birth = f.birth(at.birth.column);
    }
  }

  const own = at.ethnicity ? f.looked(at.ethnicity.column, none) : null;
  const kinh = text("Kinh");
  let ethnicityFallback: Expr | null = null;
  let minorityFallback: Expr | null = null;
  if (at.minorityName) {
    const n = f.cell(at.minorityName.column);
    ethnicityFallback = ifThen(eq(n, none), kinh, f.looked(at.minorityName.column, none));
  } else if (at.minorityMark) {
    const t = f.tick(at.minorityMark.column);
    ethnicityFallback = ifThen(eq(t, literal(TICK.no)), kinh, none);
    minorityFallback = ifThen(
      eq(t, literal(TICK.yes)),
      text(MINORITY_TEXT.yes),
      ifThen(eq(t, literal(TICK.no)), text(MINORITY_TEXT.no), none)
    );
  }
  const ethnicity =
    own && ethnicityFallback
      ? ifThen(ne(own, none), own, ethnicityFallback)
      : (own ?? ethnicityFallback ?? none);
  const ethnicityCell = ownRow("ethnicity", ethnicity);
  const fromGroup = ifThen(
    eq(ethnicityCell, none),
    none,
    ifThen(eq(ethnicityCell, kinh), text(MINORITY_TEXT.no), text(MINORITY_TEXT.yes))
  );
  const minority =
    minorityFallback === null
      ? fromGroup
      : own
        ? ifThen(
            ne(own, none),
            ifThen(eq(own, kinh), text(MINORITY_TEXT.no), text(MINORITY_TEXT.yes)),
            minorityFallback
          )
        : minorityFallback;

  let povertyBase: Expr = none;
  const marks = [at.markPoor, at.markNearPoor, at.markHardship];
  if (marks.some(Boolean)) {
    const order = [
      [at.markPoor, POVERTY_TEXT.poor],
      [at.markNearPoor, POVERTY_TEXT["near-poor"]],
      [at.markHardship, POVERTY_TEXT.hardship],
    ] as const;
    const ticks = order.filter(([c]) => c).map(([c, label]) => ({ t: f.tick(c!.column), label }));
    povertyBase = ticks.reduceRight<Expr>(
      (rest, { t, label }) => ifThen(eq(t, literal(TICK.yes)), text(label), rest),
      ifThen(
        or(...ticks.map(({ t }) => eq(t, literal(TICK.unread)))),
        none,
        text(POVERTY_TEXT.none)
      )
    );
  } else if (at.poverty) {
    povertyBase = f.looked(at.poverty.column, none);
  }
  const notesState = table.layout.notesState;
  // A status a heading row gives ("II. Hộ cận nghèo") holds where the member's own cells say none.
  const poverty = firstKnown(
    [povertyBase, ...notes("p")],
    headingPoverty
      ? text(POVERTY_TEXT[headingPoverty])
      : notesState.poverty
        ? text(POVERTY_TEXT.none)
        : none
  );
  const role = firstKnown(
    [at.role ? f.looked(at.role.column, none) : none, ...notes("r")],
    notesState.role ? text(ROLE_TEXT.member) : none
  );
  const departures = [
    ...notes("s"),
    ...[at.role, at.poverty]
      .filter((c) => c !== undefined)
      .map((c) => f.looked(c.column, none, "s")),
  ];
  const status =
    departures.length === 0
      ? text(CURRENT_TEXT)
      : ifThen(
          or(...departures.map((s) => eq(s, text(FORMER_TEXT)))),
          text(FORMER_TEXT),
          text(CURRENT_TEXT)
        );
  const scale = (c: LayoutColumn | undefined) => c?.scale ?? 1;
  return {
    name: at.name
      ? concat(f.cell(at.name.column), none)
      : at.nameFamily && at.nameGiven
        ? concat(f.cell(at.nameFamily.column), literal(" "), f.cell(at.nameGiven.column))
        : none,
    gender,
    birth,
    ethnicity,
    minority,
    poverty,
    role,
    loan: at.loan ? f.money(at.loan.column, scale(at.loan)) : none,
    contribution: at.contribution ? f.money(at.contribution.column, scale(at.contribution)) : none,
    status,
  };
}

export interface DataSheetNames {
  /** The data sheet's name as its formulas are written: its name, or a layout sheet's marker. */
  readonly data: string;
  /** How the data sheet's formulas name the vocabulary sheet: 'Danh mục'! or a layout marker [[vocabulary]]!. */
  readonly vocabularyPrefix: string;
  /** The data sheet's header texts, in the report's language. */
  readonly headers: Readonly<Record<DataColumn, string>>;
  readonly vocabularyHeaders: readonly [string, string];
}

function sameValue(a: string | number, b: string | number): boolean {
  return typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;
}

export function buildDataSheet(table: MemberTable, grid: Grid, names: DataSheetNames): DataSheet {
  const vocabulary = buildVocabulary(table, grid);
  const vocabularyLast = DATA_FIRST_ROW + vocabulary.entries.length - 1;
  const range = `${names.vocabularyPrefix}${absoluteCell(DATA_FIRST_ROW, 1)}:${absoluteCell(
    Math.max(vocabularyLast, DATA_FIRST_ROW),
    2
  )}`;
  const at = sources(table);
  const headingPoverty = new Map(table.povertyHeadings.map((h) => [h.row, h.poverty]));
  const nameNotes =
    at.name !== undefined &&
    vocabulary.entries.some((e) => e.key.startsWith(`${columnLetters(at.name!.column)}|`));

  const cells: DataCell[] = DATA_COLUMNS.map((column) => ({
    address: cellAddress(DATA_HEADER_ROW, DATA_COLUMN[column]),
    kind: "value",
    value: names.headers[column],
  }));
  const fixed: FixedCell[] = [];
  const dataMembers: Member[] = [];
  table.members.forEach((member, i) => {
    const dataRow = DATA_FIRST_ROW + i;
    const own = (column: DataColumn) => cellAddress(dataRow, DATA_COLUMN[column]);
    const formulas = new RowFormulas(table, grid, vocabulary, range, member.row);
    const built = columnFormulas(
      table,
      at,
      formulas,
      nameNotes,
      (column, expr) => ({ formula: own(column), evaluate: () => expr.evaluate() }),
      headingPoverty.get(member.row)
    );
    const expected = expectedValues(member);
    for (const column of DATA_COLUMNS) {
      const address = own(column);
      const expr = built[column];
      if (expr === undefined || column === "row" || column === "club") {
        cells.push({ address, kind: "value", value: expected[column] });
        continue;
      }
      const shown = plain(expr.evaluate());
      if (column === "name" || sameValue(shown, expected[column])) {
        cells.push({ address, kind: "formula", formula: expr.formula });
      } else {
        cells.push({ address, kind: "value", value: expected[column] });
        fixed.push({ sheet: table.sheet, row: member.row, column, value: expected[column] });
      }
    }
    dataMembers.push({ ...member, sheet: names.data, row: dataRow });
  });

  const vocabularyCells: DataCell[] = [
    { address: "A1", kind: "value", value: names.vocabularyHeaders[0] },
    { address: "B1", kind: "value", value: names.vocabularyHeaders[1] },
  ];
  vocabulary.entries.forEach((entry, i) => {
    const row = DATA_FIRST_ROW + i;
    vocabularyCells.push({ address: cellAddress(row, 1), kind: "value", value: entry.key });
    const value = entry.value;
    vocabularyCells.push(
      typeof value === "object"
        ? {
            address: cellAddress(row, 2),
            kind: "formula",
            formula: date(value.date.year, value.date.month ?? 1, value.date.day ?? 1).formula,
          }
        : { address: cellAddress(row, 2), kind: "value", value }
    );
  });

  const lastRow = DATA_FIRST_ROW + table.members.length - 1;
  return {
    name: names.data,
    cells,
    vocabularyCells,
    fixed,
    table: {
      ...table,
      sheet: names.data,
      headerRows: [DATA_HEADER_ROW],
      firstDataRow: DATA_FIRST_ROW,
      lastDataRow: Math.max(lastRow, DATA_FIRST_ROW - 1),
      columns: {
        club: DATA_COLUMN.club,
        name: DATA_COLUMN.name,
        gender: DATA_COLUMN.gender,
        birth: DATA_COLUMN.birth,
        ethnicity: DATA_COLUMN.ethnicity,
        poverty: DATA_COLUMN.poverty,
        role: DATA_COLUMN.role,
        loan: DATA_COLUMN.loan,
        contribution: DATA_COLUMN.contribution,
      },
      splitBirth: null,
      povertyMarks: null,
      members: dataMembers,
    },
  };
}
