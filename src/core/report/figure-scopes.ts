/** The formula scopes of the report's figures: one club's row, or all clubs together. */
import type { IndicatorId } from "../indicators/catalogue";
import type { ReportContext } from "./context";
import type { FigureScope, TallyTerm } from "./indicator-formulas";
import type { MemberScope } from "./member-formulas";

function tallyIn(ctx: ReportContext, scope: MemberScope, term: TallyTerm): string | null {
  if ("count" in term) return ctx.formulas.count(term.count, scope);
  if ("sum" in term) return ctx.formulas.sum(term.sum, scope);
  if ("former" in term) return '""';
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
