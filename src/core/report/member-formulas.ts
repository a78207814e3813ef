/**
 * The catalogue's counts and sums as COUNTIFS / SUMIFS formulas over the member sheet.
 *
 * A count is compiled into clauses, each one COUNTIFS (all its pairs must hold), added or subtracted:
 * - a coded value is its typed text; several values (`oneOf`) are an array constant, COUNTIFS(…,{"Thái","Mông"}),
 *   which gives one count per value, added up by SUM(…) (the values exclude each other). A field whose values
 *   form a closed list is known when its cell holds one of them, and `notEquals` is one of the others: "not Kinh"
 *   is one of the 53 other groups, so "Kinhh", which core cannot read, is an unknown group here too;
 * - `known: false` is "all" minus "known": COUNTIFS cannot say "not a number between 1900 and 73415";
 * - age, read from a year (1955) or a date, is two clauses: the birth cell as a year in 1900–2100 against
 *   YEAR(reference) − age, or as a date serial against EDATE(reference, −12 × age) — the same whole years
 *   `ageAt` counts, birthday included. Only plausible ages are known (as in core), so every age clause is held
 *   within them. Text dates ("15/03/1955") are not counted: COUNTIFS compares them as text;
 * - in the split birth layout ("Năm sinh" over "Nam" | "Nữ") a member's gender is the column holding the year:
 *   women are rows with the "Nữ" cell filled and the "Nam" cell blank, and an age is read from that column;
 * - with "x"-mark poverty columns, a member is poor when "Hộ nghèo" is marked, near-poor when "Cận nghèo" is
 *   marked and "Hộ nghèo" is not, and so on, as core reads them. A mark is any text but "-", 0 and "Không":
 *   other ways of writing "no" ("Bình thường") and words that are not marks ("nghèo lắm", which core cannot
 *   read) count as marks here.
 * Unknown values follow the catalogue's rule: a member with a blank cell (or, for a closed list, a cell holding
 * none of its texts) is matched only by `known: false`.
 */
import type { AgeBounds } from "../age";
import type { MemberTable, Poverty } from "../model";
import type {
  Bound,
  CategoryField,
  Criterion,
  FactField,
  Param,
  RangeCriterion,
} from "../indicators/criteria";
import { FIRST_YEAR, LAST_YEAR } from "../values/day-date";
import { columnRange, sheetPrefix, textLiteral } from "./a1";
import { closedListTexts, typedText } from "./typed-values";

/** One range / criterion pair of a COUNTIFS; `criterion` is a formula expression giving the criterion text. */
export interface Pair {
  readonly column: number;
  readonly criterion: string;
}

/** Rows first..last of the member sheet, both included. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** Which member rows a figure looks at: rows within the spans (added up) meeting the base pairs. */
export interface MemberScope {
  readonly spans: readonly RowSpan[];
  /** The club criterion; none when clubs are told apart by rows (the spans hold members and empty rows). */
  readonly base: readonly Pair[];
  /**
   * Pairs that hold on an empty row: a count with no pair is then a span's rows less its empty rows, which no
   * other count matches (each of its pairs asks for a value).
   */
  readonly emptyRow?: readonly Pair[];
}

/**
 * Absolute cells of the report that formulas read: the reference date and each parameter (null: not set);
 * and the ages a member can have, outside which an age is unknown.
 */
export interface FormulaInputs {
  readonly referenceDate: string;
  readonly params: Readonly<Record<Param, string | null>>;
  readonly plausibleAge: AgeBounds;
}

type Gender = "male" | "female";

interface Term {
  readonly sign: 1 | -1;
  readonly text: string;
}

interface Clause {
  readonly sign: 1 | -1;
  readonly pairs: readonly Pair[];
  /** Split birth layout: the column this clause reads the member's birth (and so gender) from. */
  readonly source?: Gender;
}

/** Excel date serials of the birth dates core reads: after the last year a number can be, within that year. */
const LAST_SERIAL = Date.UTC(LAST_YEAR + 1, 0, 1) / 86_400_000 + 25_569; // serial of 1 January LAST_YEAR + 1

/** Mark columns in the order core reads them: a mark further up the list wins. */
const MARK_ORDER = ["poor", "near-poor", "hardship"] as const;

/** A marked cell: anything but blank and the plain "no" of a mark column: "-", 0 and "Không". */
function markPairs(column: number): Pair[] {
  return ["<>", "<>-", "<>0", "<>Không"].map((criterion) => ({
    column,
    criterion: textLiteral(criterion),
  }));
}

const BLANK = textLiteral("");
const NOT_BLANK = textLiteral("<>");
/** Every number, and nothing else: COUNTIFS compares numbers only with a number. */
const ANY_NUMBER = textLiteral(">=-1E+307");

/** An array constant of criteria: the only criterion expression that starts with "{". */
function isList(pair: Pair): boolean {
  return pair.criterion.startsWith("{");
}

const isNumber = (expression: string) => /^-?\d+(\.\d+)?$/.test(expression);

/** The numbers among the bounds reduced to the tightest one (`pick`), then the bounds that are expressions. */
function tightest(bounds: readonly string[], pick: (...values: number[]) => number): string[] {
  const numbers = bounds.filter(isNumber).map(Number);
  const tight = numbers.length > 0 ? [String(pick(...numbers))] : [];
  return [...tight, ...bounds.filter((bound) => !isNumber(bound))];
}

/**
 * A criterion text that COUNTIFS takes literally: "=" first when the text starts with a comparison sign, and
 * the wildcards * ? ~ escaped with ~.
 */
export function exactCriterion(text: string, operator: "=" | "<>" = "="): string {
  const escaped = text.replace(/[~*?]/g, "~$&");
  return operator === "=" && !/^[=<>]/.test(escaped) ? escaped : operator + escaped;
}

/** The same for a text held in a cell, escaping only when the text needs it (keeps formulas readable). */
export function exactCellCriterion(cell: string, text: string): string {
  const value = /[~*?]/.test(text)
    ? `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`
    : cell;
  return `"="&${value}`;
}

/** `"<=1955"`, or `"<="&(YEAR($D$20)-$L$20)` when the bound is an expression. */
function compare(operator: string, expression: string): string {
  return isNumber(expression)
    ? textLiteral(operator + expression)
    : `${textLiteral(operator)}&${expression}`;
}

function negate(clause: Clause): Clause {
  return { ...clause, sign: clause.sign === 1 ? -1 : 1 };
}

function withPairs(clause: Clause, ...pairs: Pair[]): Clause {
  return { ...clause, pairs: [...clause.pairs, ...pairs] };
}

/**
 * The minority fact over an ethnicity column, for a table with no minority column of its own: a minority is a
 * known group other than Kinh.
 */
function asEthnicity(criterion: Criterion): Criterion {
  if (criterion.field !== "minority") return criterion;
  if ("known" in criterion) return { field: "ethnicity", known: criterion.known };
  if ("equals" in criterion) {
    return criterion.equals === "no"
      ? { field: "ethnicity", equals: "Kinh" }
      : { field: "ethnicity", notEquals: "Kinh" };
  }
  return criterion;
}

export class MemberFormulas {
  /** How the table's sheet is named in a formula: quoted, or a layout sheet's marker. */
  private readonly prefix: string;

  constructor(
    private readonly table: MemberTable,
    private readonly inputs: FormulaInputs,
    /** A column holding the minority fact itself ("Có" / "Không"), as the report's data sheet has. */
    private readonly minorityColumn?: number,
    prefix?: string
  ) {
    this.prefix = prefix ?? sheetPrefix(table.sheet);
  }

  /** The column holding a fact's values, if the table has one. */
  private columnOf(fact: FactField): number | undefined {
    if (fact === "minority") return this.minorityColumn;
    return fact === "age" ? undefined : this.table.columns[fact];
  }

  /** How many members of the scope meet every criterion. */
  count(criteria: readonly Criterion[], scope: MemberScope): string {
    let clauses: Clause[] = [{ sign: 1, pairs: scope.base }];
    for (const criterion of criteria) {
      clauses = clauses.flatMap((clause) => this.apply(clause, criterion));
    }
    return this.render(
      clauses.flatMap((clause) => scope.spans.flatMap((span) => this.terms(clause, span, scope)))
    );
  }

  /**
   * One clause over one span: COUNTIFS, added up by SUM over a list. A clause with no pairs is every row of
   * the span but the empty ones.
   */
  private terms(clause: Clause, span: RowSpan, scope: MemberScope): Term[] {
    if (clause.pairs.length > 0) {
      const text = `COUNTIFS(${this.pairsText(clause.pairs, span)})`;
      return [{ sign: clause.sign, text: clause.pairs.some(isList) ? `SUM(${text})` : text }];
    }
    const rows = {
      sign: clause.sign,
      text: `ROWS(${this.prefix}$${span.first}:$${span.last})`,
    };
    if (!scope.emptyRow || scope.emptyRow.length === 0) return [rows];
    const empty = `COUNTIFS(${this.pairsText(scope.emptyRow, span)})`;
    return [rows, { sign: clause.sign === 1 ? -1 : 1, text: empty }];
  }

  /** The total of a money column over the members of the scope (numbers only, as SUMIFS adds them). */
  sum(field: "loan" | "contribution", scope: MemberScope): string {
    const column = this.columnOf(field);
    if (column === undefined) return "0";
    return this.render(
      scope.spans.map((span) => ({
        sign: 1,
        text:
          scope.base.length === 0
            ? `SUM(${this.cells(column, span)})`
            : `SUMIFS(${this.cells(column, span)},${this.pairsText(scope.base, span)})`,
      }))
    );
  }

  private render(terms: readonly Term[]): string {
    if (terms.length === 0) return "0";
    return terms
      .map((term, i) => (term.sign === -1 ? "-" : i === 0 ? "" : "+") + term.text)
      .join("");
  }

  private cells(column: number, span: RowSpan): string {
    return columnRange(this.prefix, column, span.first, span.last);
  }

  private pairsText(pairs: readonly Pair[], span: RowSpan): string {
    return pairs.map((pair) => `${this.cells(pair.column, span)},${pair.criterion}`).join(",");
  }

  private apply(clause: Clause, given: Criterion): Clause[] {
    const criterion = this.minorityColumn === undefined ? asEthnicity(given) : given;
    if ("known" in criterion) {
      const known = this.known(clause, criterion.field);
      return criterion.known ? known : [clause, ...known.map(negate)];
    }
    if ("equals" in criterion) return this.equals(clause, criterion.field, criterion.equals);
    if ("notEquals" in criterion) {
      return this.notEquals(clause, criterion.field, criterion.notEquals);
    }
    if ("oneOf" in criterion) return this.oneOf(clause, criterion.field, criterion.oneOf);
    return this.ranged(clause, criterion as RangeCriterion);
  }

  /** Gender read from the split birth columns, poverty from mark columns: no column of their own to match. */
  private isSpecial(field: FactField): boolean {
    return (
      (field === "gender" && this.split !== null) || (field === "poverty" && this.marks !== null)
    );
  }

  private get split() {
    return this.table.splitBirth;
  }

  private get marks() {
    return this.table.povertyMarks;
  }

  /** A pair on the field's own column; no column: no member can match. */
  private onColumn(clause: Clause, field: FactField, criterion: string): Clause[] {
    const column = this.columnOf(field);
    return column === undefined ? [] : [withPairs(clause, { column, criterion })];
  }

  private known(clause: Clause, field: FactField): Clause[] {
    if (field === "age") return this.ageRange(clause, []);
    if (field === "gender" && this.split) return this.sources(clause);
    // With mark columns every household has a status: no mark is "none".
    if (field === "poverty" && this.marks) return [clause];
    const texts = closedListTexts(field);
    // An amount is known when it is a number: a formula's "" is no amount, though COUNTIFS(…,"<>") may count it.
    if (field === "loan" || field === "contribution")
      return this.onColumn(clause, field, ANY_NUMBER);
    return texts === null
      ? this.onColumn(clause, field, NOT_BLANK)
      : this.inList(clause, field, texts);
  }

  private equals(clause: Clause, field: CategoryField, value: string): Clause[] {
    if (field === "gender" && this.split) {
      const gender = value as Gender;
      if (clause.source === undefined) return [this.withSource(clause, gender)];
      return clause.source === gender ? [clause] : [];
    }
    if (field === "poverty" && this.marks) return this.marked(clause, value as Poverty);
    return this.inList(clause, field, [typedText(field, value as never)]);
  }

  private oneOf(clause: Clause, field: CategoryField, values: readonly string[]): Clause[] {
    if (this.isSpecial(field)) return values.flatMap((value) => this.equals(clause, field, value));
    return this.inList(
      clause,
      field,
      values.map((value) => typedText(field, value as never))
    );
  }

  private notEquals(clause: Clause, field: CategoryField, value: string): Clause[] {
    if (this.isSpecial(field)) {
      return [...this.known(clause, field), ...this.equals(clause, field, value).map(negate)];
    }
    const text = typedText(field, value as never);
    const texts = closedListTexts(field);
    if (texts !== null) {
      return this.inList(
        clause,
        field,
        texts.filter((other) => other !== text)
      );
    }
    // A club is any name: not this one, and not blank.
    const column = this.columnOf(field);
    if (column === undefined) return [];
    return [
      withPairs(
        clause,
        { column, criterion: NOT_BLANK },
        { column, criterion: textLiteral(exactCriterion(text, "<>")) }
      ),
    ];
  }

  /**
   * Cells holding one of the texts: one pair, an array constant when there are several. Two array constants in
   * one COUNTIFS would be paired value by value, so a clause holding one already takes a clause per text.
   */
  private inList(clause: Clause, field: FactField, texts: readonly string[]): Clause[] {
    const column = this.columnOf(field);
    if (column === undefined) return [];
    const criteria = texts.map((text) => textLiteral(exactCriterion(text)));
    if (criteria.length <= 1 || clause.pairs.some(isList)) {
      return criteria.map((criterion) => withPairs(clause, { column, criterion }));
    }
    return [withPairs(clause, { column, criterion: `{${criteria.join(",")}}` })];
  }

  /** Split layout: the clause restricted to members whose year stands under the given gender. */
  private withSource(clause: Clause, gender: Gender): Clause {
    const split = this.split as { male: number; female: number };
    const other = gender === "male" ? split.female : split.male;
    return {
      ...withPairs(
        clause,
        { column: split[gender], criterion: NOT_BLANK },
        { column: other, criterion: BLANK }
      ),
      source: gender,
    };
  }

  private sources(clause: Clause): Clause[] {
    if (clause.source !== undefined) return [clause];
    return [this.withSource(clause, "male"), this.withSource(clause, "female")];
  }

  /** The column each clause reads a birth from. */
  private birthSources(clause: Clause): { clause: Clause; column: number }[] {
    const split = this.split;
    if (split) return this.sources(clause).map((c) => ({ clause: c, column: split[c.source!] }));
    const column = this.table.columns.birth;
    return column === undefined ? [] : [{ clause, column }];
  }

  private yearPairs(column: number): Pair[] {
    return [
      { column, criterion: compare(">=", String(FIRST_YEAR)) },
      { column, criterion: compare("<=", String(LAST_YEAR)) },
    ];
  }

  private serialPairs(column: number): Pair[] {
    return [
      { column, criterion: compare(">", String(LAST_YEAR)) },
      { column, criterion: compare("<", String(LAST_SERIAL)) },
    ];
  }

  /**
   * Mark columns: poor when "Hộ nghèo" is marked, near-poor when "Cận nghèo" is marked and "Hộ nghèo" is not,
   * and so on; "none" when nothing is marked. "Not marked" is not one COUNTIFS criterion (blank, "-", 0 and
   * "Không" all say no), so it is counted by inclusion–exclusion: marked here, minus marked here and in one
   * column above, plus marked here and in two above …
   */
  private marked(clause: Clause, value: Poverty): Clause[] {
    const marks = this.marks as NonNullable<MemberTable["povertyMarks"]>;
    const at = MARK_ORDER.indexOf(value as (typeof MARK_ORDER)[number]);
    const own = at < 0 ? undefined : marks[MARK_ORDER[at]];
    if (at >= 0 && own === undefined) return [];
    const above = MARK_ORDER.slice(0, at < 0 ? MARK_ORDER.length : at)
      .map((kind) => marks[kind])
      .filter((column): column is number => column !== undefined);
    const base = own === undefined ? clause : withPairs(clause, ...markPairs(own));
    let clauses: Clause[] = [base];
    for (const column of above) {
      clauses = clauses.flatMap((c) => [c, negate(withPairs(c, ...markPairs(column)))]);
    }
    return clauses;
  }

  /** A bound as a formula expression: the number, or the cell of the parameter (null: not set). */
  private bound(bound: Bound): string | null {
    return typeof bound === "number" ? String(bound) : this.inputs.params[bound.param];
  }

  private ranged(clause: Clause, criterion: RangeCriterion): Clause[] {
    const bounds: { kind: "atLeast" | "above" | "below"; expression: string }[] = [];
    for (const kind of ["atLeast", "above", "below"] as const) {
      const bound = criterion[kind];
      if (bound === undefined) continue;
      const expression = this.bound(bound);
      // An unset parameter makes the condition unanswerable: nobody is counted (as in core).
      if (expression === null) return [];
      bounds.push({ kind, expression });
    }
    if (bounds.length === 0) return this.known(clause, criterion.field);
    if (criterion.field !== "age") {
      const column = this.columnOf(criterion.field);
      if (column === undefined) return [];
      const operator = { atLeast: ">=", above: ">", below: "<" } as const;
      return [
        withPairs(
          clause,
          ...bounds.map((b) => ({ column, criterion: compare(operator[b.kind], b.expression) }))
        ),
      ];
    }
    return this.ageRange(clause, bounds);
  }

  /**
   * Age bounds as bounds on the birth cell. Ages are whole years, so "above a" is "at least a + 1". Aged at
   * least L: born in YEAR(ref) − L or before, or on EDATE(ref, −12 × L) or before (a date serial with a time
   * of day is still that day, hence "< … + 1"). Aged below B: the other side of the same lines. The plausible
   * ages bound every clause (at least min, below max + 1), so that "known" is "plausible", as in core.
   */
  private ageRange(
    clause: Clause,
    bounds: readonly { kind: "atLeast" | "above" | "below"; expression: string }[]
  ): Clause[] {
    const ref = this.inputs.referenceDate;
    const plausible = this.inputs.plausibleAge;
    const lowest = tightest(
      [
        String(plausible.min),
        ...bounds
          .filter((b) => b.kind !== "below")
          .map((b) =>
            b.kind === "atLeast"
              ? b.expression
              : isNumber(b.expression)
                ? String(Number(b.expression) + 1)
                : `(${b.expression}+1)`
          ),
      ],
      Math.max
    );
    const highest = tightest(
      [
        String(plausible.max + 1),
        ...bounds.filter((b) => b.kind === "below").map((b) => b.expression),
      ],
      Math.min
    );
    return this.birthSources(clause).flatMap(({ clause: c, column }) => {
      const on = (criterion: string): Pair => ({ column, criterion });
      return [
        withPairs(
          c,
          ...this.yearPairs(column),
          ...lowest.map((age) => on(compare("<=", `(YEAR(${ref})-${age})`))),
          ...highest.map((age) => on(compare(">", `(YEAR(${ref})-${age})`)))
        ),
        withPairs(
          c,
          ...this.serialPairs(column),
          ...lowest.map((age) => on(compare("<", `(EDATE(${ref},-12*${age})+1)`))),
          ...highest.map((age) => on(compare(">=", `(EDATE(${ref},-12*${age})+1)`)))
        ),
      ];
    });
  }
}
