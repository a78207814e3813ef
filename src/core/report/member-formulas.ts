/**
 * The catalogue's counts and sums as COUNTIFS / SUMIFS formulas over the member sheet.
 *
 * A count is compiled into clauses, each one COUNTIFS (all its pairs must hold), added or subtracted:
 * - `oneOf` adds one clause per value (the values exclude each other);
 * - `known: false` is "all" minus "known": COUNTIFS cannot say "not a number between 1900 and 73415";
 * - age, read from a year (1955) or a date, is two clauses: the birth cell as a year in 1900–2100 against
 *   YEAR(reference) − age, or as a date serial against EDATE(reference, −12 × age) — the same whole years
 *   `ageAt` counts, birthday included. Text dates ("15/03/1955") are not counted: COUNTIFS compares them as text;
 * - in the split birth layout ("Năm sinh" over "Nam" | "Nữ") a member's gender is the column holding the year:
 *   women are rows with the "Nữ" cell filled and the "Nam" cell blank, and an age is read from that column;
 * - with "x"-mark poverty columns, a member is poor when "Hộ nghèo" is marked, near-poor when "Cận nghèo" is
 *   marked and "Hộ nghèo" is not, and so on, as core reads them. A mark is any text but "-", 0 and "Không":
 *   other ways of writing "no" ("Bình thường") and words that are not marks ("nghèo lắm", which core cannot
 *   read) count as marks here.
 * Unknown values follow the catalogue's rule: a member with a blank cell is matched only by `known: false`.
 */
import type { Field, MemberTable, Poverty } from "../model";
import type {
  Bound,
  CategoryField,
  Criterion,
  Param,
  RangeCriterion,
} from "../indicators/criteria";
import { FIRST_YEAR, LAST_YEAR } from "../values/day-date";
import { columnRange, textLiteral } from "./a1";
import { typedText } from "./typed-values";

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
  /** The club criterion, or "name not blank" (what makes a row a member's when clubs are told by rows). */
  readonly base: readonly Pair[];
}

/** Absolute cells of the report that formulas read: the reference date and each parameter (null: not set). */
export interface FormulaInputs {
  readonly referenceDate: string;
  readonly params: Readonly<Record<Param, string | null>>;
}

type Gender = "male" | "female";

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
  return /^-?\d+(\.\d+)?$/.test(expression)
    ? textLiteral(operator + expression)
    : `${textLiteral(operator)}&${expression}`;
}

function negate(clause: Clause): Clause {
  return { ...clause, sign: clause.sign === 1 ? -1 : 1 };
}

function withPairs(clause: Clause, ...pairs: Pair[]): Clause {
  return { ...clause, pairs: [...clause.pairs, ...pairs] };
}

export class MemberFormulas {
  constructor(
    private readonly table: MemberTable,
    private readonly inputs: FormulaInputs
  ) {}

  /** How many members of the scope meet every criterion. */
  count(criteria: readonly Criterion[], scope: MemberScope): string {
    let clauses: Clause[] = [{ sign: 1, pairs: scope.base }];
    for (const criterion of criteria) {
      clauses = clauses.flatMap((clause) => this.apply(clause, criterion));
    }
    return this.render(
      clauses.flatMap((clause) =>
        scope.spans.map((span) => ({
          sign: clause.sign,
          text: `COUNTIFS(${this.pairsText(clause.pairs, span)})`,
        }))
      )
    );
  }

  /** The total of a money column over the members of the scope (numbers only, as SUMIFS adds them). */
  sum(field: "loan" | "contribution", scope: MemberScope): string {
    const column = this.table.columns[field];
    if (column === undefined) return "0";
    return this.render(
      scope.spans.map((span) => ({
        sign: 1,
        text: `SUMIFS(${this.cells(column, span)},${this.pairsText(scope.base, span)})`,
      }))
    );
  }

  private render(terms: readonly { sign: 1 | -1; text: string }[]): string {
    if (terms.length === 0) return "0";
    return terms
      .map((term, i) => (term.sign === -1 ? "-" : i === 0 ? "" : "+") + term.text)
      .join("");
  }

  private cells(column: number, span: RowSpan): string {
    return columnRange(this.table.sheet, column, span.first, span.last);
  }

  private pairsText(pairs: readonly Pair[], span: RowSpan): string {
    return pairs.map((pair) => `${this.cells(pair.column, span)},${pair.criterion}`).join(",");
  }

  private apply(clause: Clause, criterion: Criterion): Clause[] {
    if ("known" in criterion) {
      const known = this.known(clause, criterion.field);
      return criterion.known ? known : [clause, ...known.map(negate)];
    }
    if ("equals" in criterion) return this.equals(clause, criterion.field, criterion.equals);
    if ("notEquals" in criterion) {
      return this.notEquals(clause, criterion.field, criterion.notEquals);
    }
    if ("oneOf" in criterion) {
      const values: readonly string[] = criterion.oneOf;
      return values.flatMap((value) => this.equals(clause, criterion.field, value));
    }
    return this.ranged(clause, criterion as RangeCriterion);
  }

  private get split() {
    return this.table.splitBirth;
  }

  private get marks() {
    return this.table.povertyMarks;
  }

  /** A pair on the field's own column; no column: no member can match. */
  private onColumn(clause: Clause, field: Field, criterion: string): Clause[] {
    const column = this.table.columns[field];
    return column === undefined ? [] : [withPairs(clause, { column, criterion })];
  }

  private known(clause: Clause, field: Criterion["field"]): Clause[] {
    if (field === "age") {
      return this.birthSources(clause).flatMap(({ clause: c, column }) => [
        withPairs(c, ...this.yearPairs(column)),
        withPairs(c, ...this.serialPairs(column)),
      ]);
    }
    if (field === "gender" && this.split) return this.sources(clause);
    // With mark columns every household has a status: no mark is "none".
    if (field === "poverty" && this.marks) return [clause];
    return this.onColumn(clause, field, NOT_BLANK);
  }

  private equals(clause: Clause, field: CategoryField, value: string): Clause[] {
    if (field === "gender" && this.split) {
      const gender = value as Gender;
      if (clause.source === undefined) return [this.withSource(clause, gender)];
      return clause.source === gender ? [clause] : [];
    }
    if (field === "poverty" && this.marks) return this.marked(clause, value as Poverty);
    const text = typedText(field, value as never);
    return this.onColumn(clause, field, textLiteral(exactCriterion(text)));
  }

  private notEquals(clause: Clause, field: CategoryField, value: string): Clause[] {
    const special = (field === "gender" && this.split) || (field === "poverty" && this.marks);
    if (special) {
      return [...this.known(clause, field), ...this.equals(clause, field, value).map(negate)];
    }
    const column = this.table.columns[field];
    if (column === undefined) return [];
    const text = typedText(field, value as never);
    return [
      withPairs(
        clause,
        { column, criterion: NOT_BLANK },
        { column, criterion: textLiteral(exactCriterion(text, "<>")) }
      ),
    ];
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
      const column = this.table.columns[criterion.field];
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
   * of day is still that day, hence "< … + 1"). Aged below B: the other side of the same lines.
   */
  private ageRange(
    clause: Clause,
    bounds: readonly { kind: "atLeast" | "above" | "below"; expression: string }[]
  ): Clause[] {
    const ref = this.inputs.referenceDate;
    const lowest = bounds
      .filter((b) => b.kind !== "below")
      .map((b) =>
        b.kind === "atLeast"
          ? b.expression
          : /^\d+$/.test(b.expression)
            ? String(Number(b.expression) + 1)
            : `(${b.expression}+1)`
      );
    const highest = bounds.filter((b) => b.kind === "below").map((b) => b.expression);
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
