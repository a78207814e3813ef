import type { Grid } from "../grid";
import type { DayDate, Member, MemberTable } from "../model";
import { RULE_IDS, type RuleId, type Severity } from "./catalogue";
import { ClubTally, clubIssues } from "./club-rules";
import { DuplicateFinder } from "./duplicates";
import { copiedSheetIssue, type CopiedSheet } from "./copied-sheets";
import { hiddenIssues } from "./hidden-rules";
import type { Issue } from "./issue";
import { sortIssues } from "./issue-order";
import { checkBirth, checkMoney } from "./member-rules";
import { problemIssue } from "./problems";
import { NATIONAL_PROFILE, type RuleProfile } from "./profiles";
import { sameTextKey } from "./same-text";
import { absentRequiredFields, missingColumnIssue, rowsAfterFooterIssues } from "./table-rules";
import {
  filledDownIssues,
  formerMemberIssue,
  repeatedHeaderIssues,
  totalsIssues,
  unknownFigureIssues,
  unmappedColumnIssues,
  unnamedClubIssues,
  unreadableColumnIssue,
  unreadableColumns,
} from "./layout-rules";

export interface ValidationOptions {
  /** The report's reference date: ages are computed at it. */
  readonly reference: DayDate;
  /** The programme norms; the national profile by default. */
  readonly profile?: RuleProfile;
  /**
   * The sheet each table was read from, in the same order, when the reader knows what of it is hidden: a hidden
   * sheet and hidden or filtered-out member rows are then noted.
   */
  readonly grids?: readonly Grid[];
  /** Sheets left out of the tables as copies of others (leaveOutCopies): each is named. */
  readonly copies?: readonly CopiedSheet[];
}

export interface ValidationSummary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Every rule of the catalogue, 0 when it raised nothing. */
  readonly byRule: Readonly<Record<RuleId, number>>;
}

export interface ValidationResult {
  /** Every issue, with no cap, sorted by sheet (in the order the tables came), row, column and rule. */
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
}

/**
 * Checks member tables at every scope — header, cell, row, duplicates, club — in one pass over the members.
 * Nothing is changed: a fix is only a proposal carried by its issue.
 */
export function validate(
  tables: readonly MemberTable[],
  options: ValidationOptions
): ValidationResult {
  const profile = options.profile ?? NATIONAL_PROFILE;
  const issues: Issue[] = [];
  const duplicates = new DuplicateFinder(tables);
  /** The member being checked, numbered as the duplicate finder numbers them: through the tables in order. */
  let index = 0;
  const clubs = new Map<string, ClubTally>();
  const clubKeys = new Map<string, string>();
  const sheetOrder = new Map<string, number>();
  /** A club as a member names it, and the key and tally of the club it is (spellings aside). */
  const clubOf = (member: Member) => {
    let key = clubKeys.get(member.club);
    if (key === undefined) {
      key = sameTextKey(member.club);
      clubKeys.set(member.club, key);
    }
    let tally = clubs.get(key);
    if (tally === undefined) {
      tally = new ClubTally(member.club, member.sheet);
      clubs.set(key, tally);
    }
    return { name: member.club, key, tally };
  };
  let club: ReturnType<typeof clubOf> | null = null;

  for (const [t, table] of tables.entries()) {
    if (!sheetOrder.has(table.sheet)) sheetOrder.set(table.sheet, sheetOrder.size);
    for (const field of absentRequiredFields(table)) issues.push(missingColumnIssue(table, field));
    // One by one: a sheet can have a million rows below its totals row, too many to spread into a call.
    const grid = options.grids?.[t];
    for (const notes of [
      rowsAfterFooterIssues(table),
      unmappedColumnIssues(table),
      unnamedClubIssues(table),
      unknownFigureIssues(table, profile.olderAge),
      totalsIssues(table),
      filledDownIssues(table),
      repeatedHeaderIssues(table),
      grid === undefined ? [] : hiddenIssues(table, grid),
    ]) {
      for (const issue of notes) issues.push(issue);
    }
    // A column mostly unreadable is reported once, on the column, with its first unreadable cell as example.
    const collapsed = new Map(unreadableColumns(table).map((c) => [c.column, c]));
    const examples = new Map<number, Issue>();

    for (const member of table.members) {
      // Index loops: for…of over each member's problems allocated an iterator per member here.
      const problems = member.problems;
      for (let p = 0; p < problems.length; p++) {
        const problem = problems[p];
        const issue = problemIssue(member, problem);
        // A formula without its value is named cell by cell: the column is right, the file lacks the values.
        if (
          problem.code === "unreadable" &&
          issue.rule !== "cell.uncalculated" &&
          collapsed.has(problem.column)
        ) {
          if (!examples.has(problem.column)) examples.set(problem.column, issue);
        } else {
          issues.push(issue);
        }
      }
      if (member.status === "former") issues.push(formerMemberIssue(member));
      const birth = checkBirth(member, table, profile, options.reference);
      if (birth !== null && typeof birth !== "number") issues.push(birth);
      const contribution = checkMoney(member, table, "contribution", profile);
      if (contribution !== null) issues.push(contribution);
      const loan = checkMoney(member, table, "loan", profile);
      if (loan !== null) issues.push(loan);

      // A club's members are mostly listed together: its key and tally are looked up when the club changes.
      if (club === null || member.club !== club.name) club = clubOf(member);
      const duplicate = duplicates.check(index++, table, club.key);
      if (duplicate !== null) issues.push(duplicate);
      if (member.status === "current") {
        club.tally.add(member, table, typeof birth === "number" ? birth : null, profile.olderAge);
      }
    }
    for (const [column, example] of examples) {
      issues.push(unreadableColumnIssue(table, collapsed.get(column) as never, example));
    }
  }
  for (const tally of clubs.values()) issues.push(...clubIssues(tally, profile));
  for (const copy of options.copies ?? []) {
    if (!sheetOrder.has(copy.table.sheet)) sheetOrder.set(copy.table.sheet, sheetOrder.size);
    issues.push(copiedSheetIssue(copy));
  }

  sortIssues(issues, sheetOrder);
  return { issues, summary: summarise(issues) };
}

function summarise(issues: readonly Issue[]): ValidationSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  // Counted by runs of one rule (neighbouring issues often share theirs): a store keyed by a rule that changes
  // from issue to issue is a slow generic one, and two fifths of the time went in them. A rule has one severity (the
  // catalogue's), so a run has its first issue's.
  for (let start = 0; start < issues.length;) {
    const { rule, severity } = issues[start];
    let end = start + 1;
    while (end < issues.length && issues[end].rule === rule) end++;
    byRule[rule] += end - start;
    bySeverity[severity] += end - start;
    start = end;
  }
  return { total: issues.length, bySeverity, byRule };
}
