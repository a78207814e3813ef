import type { AgeBounds } from "../age";
import type { Grid } from "../grid";
import type { Lang } from "../i18n/text";
import type { DayDate, MemberTable } from "../model";

/** What the report is about and who issues it; everything but the dates is text the user typed. */
export interface ReportParameters {
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
  /** "HỘI NCT TỈNH LAI CHÂU". */
  readonly issuingBody: string;
  /** The body above the issuer, printed over it (Decree 30), e.g. "TW HỘI NCT VIỆT NAM"; optional. */
  readonly parentBody?: string;
  /** "Lai Châu": the place in the date line. */
  readonly place: string;
  /** The date the report is signed; absent: dotted blanks to fill in by hand. */
  readonly reportDate?: DayDate;
  /** "15" → "Số: 15/BC-HNCT"; absent: blank to fill in by hand. */
  readonly reportNumber?: string;
  /** The period the report covers, e.g. "năm 2019", "6 tháng đầu năm 2020". */
  readonly period: string;
  /** The whole subject line, when the default one built from `period` does not fit. */
  readonly subject?: string;
  /** "Nơi nhận" lines; absent: a blank line to fill in and "Lưu: VT.". */
  readonly recipients?: readonly string[];
  /** Signature block: on whose behalf ("TM. BAN THƯỜNG VỤ"), the title ("CHỦ TỊCH") and the signer's name. */
  readonly signOnBehalf?: string;
  readonly signerTitle?: string;
  readonly signerName?: string;
}

export interface ReportInput {
  /** The member table the figures count (its `sheet` is the member sheet's name). */
  readonly table: MemberTable;
  /**
   * The member sheet as read. Optional: with it, a club column whose cells are left blank under a merged club
   * name is noticed, and each club is then counted over its own rows instead of by its name.
   */
  readonly grid?: Grid;
  /** The clubs in report order, names as they appear in the register; absent: in order of first member. */
  readonly clubs?: readonly string[];
  readonly params: ReportParameters;
}
