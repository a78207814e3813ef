/**
 * The one rule catalogue: every check the product makes, as data. The task pane, the CLUB.* functions, the
 * command line and the report all read it; the ids are stable and documented in docs/rules.md.
 */

export type Severity = "error" | "warning" | "info";

/** What a rule looks at: a header, one cell, one row, a pair of rows, a whole club, or a reported figure. */
export type RuleScope = "table" | "cell" | "row" | "duplicate" | "club" | "figure";

/**
 * How a rule proposes a fix. A fix is only ever a proposal: core never changes a grid or a member.
 * - none: no replacement value is known; the message says what to check.
 * - reader: the replacement proposed while reading the cell (converted, recomposed or cleaned text, …).
 * - absolute: the number without its minus sign (a mistyped "-").
 * - computed: the figure recomputed from the register.
 */
export type FixKind = "none" | "reader" | "absolute" | "computed";

export interface RuleDefinition {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** Key of the message template in the message catalogue. */
  readonly message: `rule.${RuleId}`;
  readonly fix: FixKind;
}

export const RULE_IDS = [
  "table.missing-column",
  "table.unmapped-column",
  "table.figures-unknown",
  "table.column-unreadable",
  "table.totals-mismatch",
  "table.filled-down",
  "table.hidden-sheet",
  "table.club-unnamed",
  "table.copy",
  "cell.required",
  "cell.unreadable",
  "cell.uncalculated",
  "cell.birth-future",
  "cell.age-range",
  "cell.money-negative",
  "cell.money-implausible",
  "text.legacy-encoding",
  "text.decomposed",
  "text.stray-spaces",
  "row.split-both",
  "row.split-neither",
  "row.gender-marks-both",
  "row.gender-marks-neither",
  "row.loan-without-amount",
  "row.unknown-role",
  "row.after-footer",
  "row.repeated-header",
  "row.former-member",
  "row.hidden",
  "dup.same-club",
  "dup.other-club",
  "club.size",
  "club.women-share",
  "club.older-share",
  "club.younger-share",
  "club.poor-share",
  "club.board-size",
  "club.no-chair",
  "club.many-chairs",
  "figure.mismatch",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

function rule(
  id: RuleId,
  severity: Severity,
  scope: RuleScope,
  fix: FixKind = "none"
): RuleDefinition {
  return { id, severity, scope, fix, message: `rule.${id}` };
}

// Data errors make a figure wrong; programme norms (club rules) are warnings, since provinces differ; cosmetic
// text problems are information.
export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  "table.missing-column": rule("table.missing-column", "error", "table"),
  "table.unmapped-column": rule("table.unmapped-column", "info", "table"),
  "table.figures-unknown": rule("table.figures-unknown", "warning", "table"),
  "table.column-unreadable": rule("table.column-unreadable", "warning", "table"),
  "table.totals-mismatch": rule("table.totals-mismatch", "warning", "table"),
  "table.filled-down": rule("table.filled-down", "warning", "table"),
  "table.hidden-sheet": rule("table.hidden-sheet", "info", "table"),
  "table.club-unnamed": rule("table.club-unnamed", "warning", "table"),
  "table.copy": rule("table.copy", "warning", "table"),
  "cell.required": rule("cell.required", "error", "cell"),
  "cell.unreadable": rule("cell.unreadable", "error", "cell", "reader"),
  "cell.uncalculated": rule("cell.uncalculated", "error", "cell"),
  "cell.birth-future": rule("cell.birth-future", "error", "cell"),
  "cell.age-range": rule("cell.age-range", "error", "cell"),
  "cell.money-negative": rule("cell.money-negative", "error", "cell", "absolute"),
  "cell.money-implausible": rule("cell.money-implausible", "error", "cell"),
  "text.legacy-encoding": rule("text.legacy-encoding", "warning", "cell", "reader"),
  "text.decomposed": rule("text.decomposed", "warning", "cell", "reader"),
  "text.stray-spaces": rule("text.stray-spaces", "info", "cell", "reader"),
  "row.split-both": rule("row.split-both", "error", "row"),
  "row.split-neither": rule("row.split-neither", "error", "row"),
  "row.gender-marks-both": rule("row.gender-marks-both", "error", "row"),
  "row.gender-marks-neither": rule("row.gender-marks-neither", "error", "row"),
  "row.loan-without-amount": rule("row.loan-without-amount", "warning", "row"),
  "row.unknown-role": rule("row.unknown-role", "warning", "row", "reader"),
  "row.after-footer": rule("row.after-footer", "info", "row"),
  "row.repeated-header": rule("row.repeated-header", "info", "row"),
  "row.former-member": rule("row.former-member", "warning", "row"),
  "row.hidden": rule("row.hidden", "info", "row"),
  "dup.same-club": rule("dup.same-club", "error", "duplicate"),
  "dup.other-club": rule("dup.other-club", "warning", "duplicate"),
  "club.size": rule("club.size", "warning", "club"),
  "club.women-share": rule("club.women-share", "warning", "club"),
  "club.older-share": rule("club.older-share", "warning", "club"),
  "club.younger-share": rule("club.younger-share", "warning", "club"),
  "club.poor-share": rule("club.poor-share", "warning", "club"),
  "club.board-size": rule("club.board-size", "warning", "club"),
  "club.no-chair": rule("club.no-chair", "warning", "club"),
  "club.many-chairs": rule("club.many-chairs", "warning", "club"),
  "figure.mismatch": rule("figure.mismatch", "error", "figure", "computed"),
};
