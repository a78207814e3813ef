/** Validation: the rule catalogue, its profiles, and the checks that turn member tables into issues. */
export {
  RULE_IDS,
  RULES,
  type FixKind,
  type RuleDefinition,
  type RuleId,
  type RuleScope,
  type Severity,
} from "./catalogue";
export {
  checkReportedFigure,
  COUNT_TOLERANCE,
  SHARE_TOLERANCE,
  type FigureCheck,
  type ReportedFigure,
} from "./figures";
export { type Issue, issueCell, type IssueParam, type IssueParams, type TypedValue } from "./issue";
export { markedCells, type MarkedCell } from "./marked-cells";
export { issueMessage, issueRecord, type IssueRecord } from "./message";
export {
  crossedNorm,
  LAICHAU_PROFILE,
  NATIONAL_PROFILE,
  PROFILES,
  profileById,
  type RuleProfile,
  type ShareNorm,
} from "./profiles";
export {
  validate,
  type ValidationOptions,
  type ValidationResult,
  type ValidationSummary,
} from "./validate";
export { holdsField, unrecordedPoverty } from "./layout-rules";
export { copiedSheetIssue, type CopiedSheet, leaveOutCopies } from "./copied-sheets";
