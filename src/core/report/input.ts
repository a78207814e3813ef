import type { AgeBounds } from "../age";
import type { Grid } from "../grid";
import type { Lang } from "../i18n/text";
import type { DayDate, MemberTable, Poverty } from "../model";
import type { RuleProfile } from "../validation/profiles";

/**
 * What the document says about itself: who issues it, where and when, its number, the period and plan it
 * reports on, who signs it and who receives it. Text the user typed, kept as typed; anything left out prints as
 * dotted blanks for a person to fill in by hand. This is the shape a settings file holds and the task pane keeps
 * in the document (see `report-settings.ts`).
 */
export interface ReportSettings {
  /** The body above the issuer, printed over it (Decree 30), e.g. "TRUNG ƯƠNG HỘI NCT VIỆT NAM". */
  readonly parentBody?: string;
  /** "HỘI NCT TỈNH LAI CHÂU". */
  readonly issuingBody?: string;
  /** "Lai Châu": the place in the date line. */
  readonly place?: string;
  /** The date the report is signed. */
  readonly reportDate?: DayDate;
  /** "15" → "Số: 15/BC-HNCT"; a number with its own symbol ("15/BC-HNCT") is printed as given. */
  readonly reportNumber?: string;
  /** The period the report covers, e.g. "năm 2019", "6 tháng đầu năm 2020". */
  readonly period?: string;
  /** The whole subject line, when the default one built from `period` does not fit. */
  readonly subject?: string;
  /** The province's plan the report answers to, as cited: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh". */
  readonly plan?: string;
  /** "Nơi nhận" lines; "- Lưu: VT." is added when no line files a copy. */
  readonly recipients?: readonly string[];
  /** The signer's authority line: "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"; "" for none (the head signing). */
  readonly authority?: string;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  readonly signerTitle?: string;
  readonly signerName?: string;
}

/** The document's settings and the figures' own: the reference date, the age threshold and the plan. */
export interface ReportParameters extends ReportSettings {
  readonly lang: Lang;
  /** Ages are counted at this date (a year alone means 31 December of it, as in `ageAt`). */
  readonly referenceDate: DayDate;
  /** Members aged this or more are the older members (55 by default in club reports). */
  readonly ageThreshold: number;
  /** Ages a member can have (default `PLAUSIBLE_AGE`, as in `computeIndicators`); outside them it is unknown. */
  readonly plausibleAge?: AgeBounds;
  /** Clubs the plan asks to found in the period (null: not set, no rate). */
  readonly plannedClubs: number | null;
  /** Clubs founded before the period, for the cumulative count. */
  readonly clubsBefore: number | null;
  /** Cumulative target: clubs there should be by the end of the plan. */
  readonly plannedClubsTotal: number | null;
}

export interface ReportInput {
  /** The member table the figures count (its `sheet` is the member sheet's name). */
  readonly table: MemberTable;
  /** The member sheet as read: the report's data sheet looks each member's cells up in it. */
  readonly grid: Grid;
  /** The clubs in report order, names as they appear in the register; absent: in order of first member. */
  readonly clubs?: readonly string[];
  /** The norms each club is held against (its thresholds, never constants); absent: the national profile. */
  readonly profile?: RuleProfile;
  readonly params: ReportParameters;
  /**
   * Members listed twice in one club (same name and year of birth; validation's dup.same-club): counted twice,
   * as in `stats`, and named in a note under the members' table so that nobody files the figure unawares.
   * Absent: found in `table`.
   */
  readonly duplicateRows?: readonly { readonly row: number; readonly first: number }[];
  /** Count members noted as having left as members too (they are counted apart either way). */
  readonly countFormerMembers?: boolean;
  /**
   * Household statuses the registers cannot record (see `unrecordedPoverty`); absent: those of `table`. A report
   * gathered from several registers passes theirs, as its gathered table no longer shows how they were kept.
   */
  readonly unrecordedPoverty?: readonly Exclude<Poverty, "none">[];
}
