import type { Bilingual } from "../i18n/text";
import { type Issue, type IssueParam, makeIssue } from "./issue";

/** A printed whole percentage is off by up to half a point through rounding alone (66.15 % prints as 66 %). */
export const SHARE_TOLERANCE = 0.005;
export const COUNT_TOLERANCE = 0;

/** A figure as a report prints it: a count, or a share as a fraction (0.82 for "82 %"). */
export type ReportedFigure = { readonly count: number } | { readonly share: number };

export interface FigureCheck {
  /** What the figure counts, e.g. { vi: "Dân tộc thiểu số", en: "Ethnic minority" }. */
  readonly label: string | Bilingual;
  readonly reported: ReportedFigure;
  /** Recomputed from the register: `count` members out of `of`. */
  readonly computed: { readonly count: number; readonly of: number };
  /** Largest accepted difference, in members or as a fraction; SHARE_TOLERANCE / COUNT_TOLERANCE by default. */
  readonly tolerance?: number;
  /** Where the reported figure is written, when known. */
  readonly at?: { readonly sheet: string; readonly row: number; readonly column: number };
}

// Shares are fractions whose differences pick up binary rounding (0.66 - 0.6615…); a difference of exactly the
// tolerance is accepted.
const EPSILON = 1e-9;

/**
 * Compares a reported figure with the one computed from the register: "82 % reported, 69.5 % computed from 226
 * of 325". Returns a figure.mismatch issue beyond the tolerance, else null. A share of nothing (of = 0) cannot
 * be computed, so there is nothing to compare and the answer is null.
 */
export function checkReportedFigure(check: FigureCheck): Issue | null {
  const { count, of } = check.computed;
  let reported: number;
  let computed: number;
  let shown: (value: number) => IssueParam;
  let basis: IssueParam;
  let tolerance: number;
  if ("share" in check.reported) {
    if (of === 0) return null;
    reported = check.reported.share;
    computed = count / of;
    shown = (value) => ({ kind: "share", value });
    basis = { kind: "text", key: "rule.basis.share", params: { count, of } };
    tolerance = check.tolerance ?? SHARE_TOLERANCE;
  } else {
    reported = check.reported.count;
    computed = count;
    shown = (value) => value;
    basis = { kind: "text", key: "rule.basis.register" };
    tolerance = check.tolerance ?? COUNT_TOLERANCE;
  }
  if (Math.abs(reported - computed) <= tolerance + EPSILON) return null;

  const at = check.at;
  return makeIssue("figure.mismatch", {
    sheet: at?.sheet ?? null,
    row: at?.row ?? null,
    column: at?.column ?? null,
    field: null,
    club: null,
    value: reported,
    params: { label: check.label, reported: shown(reported), computed: shown(computed), basis },
    // A share is proposed as a fraction, as a percentage cell holds it (0.695 shows as 69.5 %).
    suggestion: String(Math.round(computed * 1000) / 1000),
  });
}
