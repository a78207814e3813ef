/**
 * CLUB.ISSUES: the register check as a formula. The range goes through the same reader and the same validation
 * as the task pane and `check`; each issue becomes one row of the spilled array.
 */
import { messages } from "../i18n/messages";
import { say, type Lang } from "../i18n/text";
import type { DayDate } from "../model";
import { issueCell, issueMessage, type Severity, validate } from "../validation";
import { referenceDate } from "./ages";
import type { Range } from "./arguments";
import { ok, type Outcome } from "./outcome";
import { memberTablesIn, type RangePlace } from "./table-grid";

/** Cell ("D12", blank for a club-wide issue), severity, message, proposed fix (blank when none). */
export type IssueRow = [cell: string, severity: string, message: string, fix: string];

export function issueRows(
  table: Range,
  place: RangePlace | null,
  reportDate: Range,
  today: DayDate,
  lang: Lang
): Outcome<IssueRow[]> {
  const reference = referenceDate(reportDate, today);
  if (!reference.ok) return reference;
  const register = memberTablesIn(table, place);
  if (!register.ok) return register;
  const { tables, copies } = register.value;
  const { issues } = validate(tables, { reference: reference.value, copies });
  if (issues.length === 0) {
    const members = tables.reduce((sum, part) => sum + part.members.length, 0);
    return ok([[say(messages["fn.issues.none"], lang, { members }), "", "", ""]]);
  }
  const severity: Readonly<Record<Severity, string>> = {
    error: messages["ui.severity.error"][lang],
    warning: messages["ui.severity.warning"][lang],
    info: messages["ui.severity.info"][lang],
  };
  return ok(
    issues.map((issue): IssueRow => [
      issueCell(issue) ?? "",
      severity[issue.severity],
      issueMessage(issue, lang),
      issue.suggestion ?? "",
    ])
  );
}
