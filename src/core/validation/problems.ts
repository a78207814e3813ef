import { UNCALCULATED } from "../grid";
import type { FieldProblem, Member } from "../model";
import { isMark } from "../values";
import type { RuleId } from "./catalogue";
import { type Issue, makeIssue, NO_PARAMS } from "./issue";

/** A loan cell ticked ("x", "có", "✓") says the member borrowed, but not how much; other text is mistyped money. */
function isLoanMark(problem: FieldProblem): boolean {
  return problem.field === "loan" && problem.value !== null && isMark(problem.value);
}

function ruleOf(problem: FieldProblem): RuleId {
  switch (problem.code) {
    case "missing":
      return "cell.required";
    case "unreadable":
      // A formula saved without its value: nothing is wrong with what was typed, the value is not in the file.
      if (problem.value === UNCALCULATED) return "cell.uncalculated";
      if (problem.field === "role") return "row.unknown-role";
      return isLoanMark(problem) ? "row.loan-without-amount" : "cell.unreadable";
    case "legacy-encoding":
      return "text.legacy-encoding";
    case "decomposed":
      return "text.decomposed";
    case "stray-spaces":
      return "text.stray-spaces";
    case "split-both":
      return "row.split-both";
    case "split-neither":
      return "row.split-neither";
    case "marks-both":
      return "row.gender-marks-both";
    case "marks-neither":
      return "row.gender-marks-neither";
  }
}

/** Exactly one issue for each problem the reader recorded: the catalogue decides its rule and wording. */
export function problemIssue(member: Member, problem: FieldProblem): Issue {
  const rule = ruleOf(problem);
  return makeIssue(rule, {
    sheet: member.sheet,
    row: member.row,
    column: problem.column,
    field: problem.field,
    club: member.club,
    value: problem.value,
    params: NO_PARAMS,
    suggestion: problem.suggestion ?? null,
  });
}
