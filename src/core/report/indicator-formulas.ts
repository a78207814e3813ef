/**
 * A catalogue indicator as a formula in one scope of the report (a club's row, or the totals): the numerator and
 * denominator terms of the catalogue, refs pointing at the cells that already hold other figures of the scope.
 * A share of nothing, or of an unknown count, is blank, as core gives no figure.
 */
import { INDICATOR_BY_ID, type IndicatorId, type Term } from "../indicators/catalogue";
import type { Param } from "../indicators/criteria";

export type TallyTerm = Extract<
  Term,
  { count: unknown } | { sum: unknown } | { distinct: unknown } | { former: unknown }
>;

export interface FigureScope {
  /** Cells of this scope already holding a figure (relative A1 on the report sheet). */
  readonly cells: ReadonlyMap<IndicatorId, string>;
  /** Cells holding the report's parameters (null: not set). */
  readonly params: Readonly<Record<Param, string | null>>;
  /** A count, sum or distinct count of the members of this scope. */
  tally(term: TallyTerm): string;
}

function termFormula(term: Term, scope: FigureScope): string {
  if ("ref" in term) {
    return scope.cells.get(term.ref) ?? `(${indicatorFormula(term.ref, scope)})`;
  }
  if ("param" in term) return scope.params[term.param] ?? '""';
  return scope.tally(term);
}

export function indicatorFormula(id: IndicatorId, scope: FigureScope): string {
  const indicator = INDICATOR_BY_ID[id];
  const numerator = termFormula(indicator.numerator, scope);
  const factor = indicator.factor === 1 ? "" : `*${indicator.factor}`;
  if (indicator.denominator === null) return numerator + factor;
  const denominator = termFormula(indicator.denominator, scope);
  // An unknown numerator ("") makes an unknown share, as in core: not an error.
  return `IF(AND(ISNUMBER(${numerator}),N(${denominator})>0),${numerator}/${denominator}${factor},"")`;
}
