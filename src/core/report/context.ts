/** What every section of the report writes with and into. */
import { messages, type MessageKey } from "../i18n/messages";
import { say, type Lang, type Params } from "../i18n/text";
import type { IndicatorId } from "../indicators/catalogue";
import type { Param } from "../indicators/criteria";
import type { RuleProfile } from "../validation/profiles";
import type { ClubScopes } from "./data-scopes";
import type { ReportParameters } from "./input";
import type { FigureCell, InputName } from "./layout";
import type { MemberFormulas } from "./member-formulas";
import type { SheetBuilder } from "./sheet-builder";

export interface ReportContext {
  /** The sheet the section writes into. */
  readonly sheet: SheetBuilder;
  readonly lang: Lang;
  readonly params: ReportParameters;
  readonly profile: RuleProfile;
  readonly formulas: MemberFormulas;
  readonly scopes: ClubScopes;
  /** Household statuses the registers cannot record: their figures are unknown (""), as in core. */
  readonly unrecordedPoverty: readonly string[];
  readonly clubs: readonly string[];
  /**
   * Where each input cell is, as a reference any sheet's formulas can use (`SheetBuilder.ref`), fixed before
   * any section is written.
   */
  readonly inputs: Readonly<Record<InputName, string>>;
  readonly paramCells: Readonly<Record<Param, string | null>>;
  /** Every catalogue figure written so far, on every sheet. */
  readonly figures: FigureCell[];
  /** The report sheet's cells holding figures for all clubs together, as its sections write them. */
  readonly totals: Map<IndicatorId, string>;
  /** The member counts of the annex's club rows (a reference any sheet can use), from which clubs are counted. */
  readonly clubMembers: string | null;
}

/** The same context writing into another sheet. */
export function onSheet(ctx: ReportContext, sheet: SheetBuilder): ReportContext {
  return { ...ctx, sheet };
}

export function text(ctx: Pick<ReportContext, "lang">, key: MessageKey, params?: Params): string {
  return say(messages[key], ctx.lang, params);
}
