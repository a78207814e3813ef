/** The formula scopes of the report's figures: one club's row, or all clubs together. */
import type { IndicatorId } from "../indicators/catalogue";
import type { Criterion, FactField } from "../indicators/criteria";
import type { ReportContext } from "./context";
import type { FigureScope, TallyTerm } from "./indicator-formulas";
import type { MemberScope } from "./member-formulas";

/**
 * A count as core gives it: unknown ("") when it asks for a household status the registers cannot record, or
 * when the scope has members and none of them has a known value of a fact the count asks about.
 */
function countFigure(
  ctx: ReportContext,
  scope: MemberScope,
  criteria: readonly Criterion[]
): string {
  const asksUnrecorded = criteria.some(
    (c) =>
      c.field === "poverty" &&
      (("equals" in c && ctx.unrecordedPoverty.includes(c.equals)) ||
        ("oneOf" in c && c.oneOf.some((value) => ctx.unrecordedPoverty.includes(value))))
  );
  if (asksUnrecorded) return '""';
  const count = ctx.formulas.count(criteria, scope);
  const facts = [...new Set(criteria.filter((c) => !("known" in c)).map((c) => c.field))];
  return unknownWhenNoneKnown(ctx, scope, facts, count);
}

/** IF(the scope has members and none has a known value of one of the facts, "", figure). */
function unknownWhenNoneKnown(
  ctx: ReportContext,
  scope: MemberScope,
  facts: readonly FactField[],
  figure: string
): string {
  if (facts.length === 0) return figure;
  const noneKnown = facts.map(
    (field) => `${ctx.formulas.count([{ field, known: true }], scope)}=0`
  );
  const members = ctx.formulas.count([], scope);
  return `IF(AND(${members}>0,OR(${noneKnown.join(",")})),"",${figure})`;
}

function tallyIn(ctx: ReportContext, scope: MemberScope, term: TallyTerm): string | null {
  if ("count" in term) return countFigure(ctx, scope, term.count);
  if ("sum" in term) {
    return unknownWhenNoneKnown(ctx, scope, [term.sum], ctx.formulas.sum(term.sum, scope));
  }
  if ("former" in term) return ctx.formulas.count([], ctx.scopes.former(scope));
  return null;
}

/** A club's row: counts restricted to the club; the club counts once when it has members. */
export function clubFigureScope(
  ctx: ReportContext,
  club: string,
  nameCell: string,
  cells: ReadonlyMap<IndicatorId, string>
): FigureScope {
  const scope = ctx.scopes.club(club, nameCell);
  return {
    cells,
    params: ctx.paramCells,
    tally: (term) =>
      tallyIn(ctx, scope, term) ??
      `IF(${cells.get("members") ?? ctx.formulas.count([], scope)}>0,1,0)`,
  };
}

/** All clubs: counts over the whole table; the clubs are those of section II with members. */
export function totalFigureScope(
  ctx: ReportContext,
  cells: ReadonlyMap<IndicatorId, string>
): FigureScope {
  return {
    cells,
    params: ctx.paramCells,
    tally: (term) =>
      tallyIn(ctx, ctx.scopes.all, term) ??
      (ctx.clubMembers === null ? "0" : `COUNTIF(${ctx.clubMembers},">0")`),
  };
}
