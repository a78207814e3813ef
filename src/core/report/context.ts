/** What every section of the report writes with and into. */
import { messages, type MessageKey } from "../i18n/messages";
import { say, type Lang, type Params } from "../i18n/text";
import type { IndicatorId } from "../indicators/catalogue";
import type { Param } from "../indicators/criteria";
import type { ClubScopes } from "./club-scopes";
import type { ReportParameters } from "./input";
import type { ChartSpec, FigureCell, InputName } from "./layout";
import type { MemberFormulas } from "./member-formulas";
import type { SheetBuilder } from "./sheet-builder";

export interface ReportContext {
  readonly sheet: SheetBuilder;
  readonly lang: Lang;
  readonly params: ReportParameters;
  readonly formulas: MemberFormulas;
  readonly scopes: ClubScopes;
  readonly clubs: readonly string[];
  /** Where each input cell is (absolute A1), fixed before any section is written. */
  readonly inputs: Readonly<Record<InputName, string>>;
  readonly paramCells: Readonly<Record<Param, string | null>>;
  /** Every catalogue figure written so far. */
  readonly figures: FigureCell[];
  /** The cells holding figures for all clubs together, as sections write them. */
  readonly totals: Map<IndicatorId, string>;
  /** The member counts of section II's club rows (absolute range), from which the clubs are counted. */
  clubMembers: string | null;
  readonly charts: ChartSpec[];
}

export function text(ctx: Pick<ReportContext, "lang">, key: MessageKey, params?: Params): string {
  return say(messages[key], ctx.lang, params);
}
