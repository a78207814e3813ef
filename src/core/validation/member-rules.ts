import { ageAt } from "../age";
import type { DayDate, Member, MemberTable } from "../model";
import { formatDay } from "./format";
import { type Issue, makeIssue } from "./issue";
import type { RuleProfile } from "./profiles";

/** The birth cell: the birth column, or with the split layout the column of the member's gender. */
function birthColumn(member: Member, table: MemberTable): number | null {
  if (table.columns.birth !== undefined) return table.columns.birth;
  if (table.splitBirth === null) return null;
  return member.gender === "female" ? table.splitBirth.female : table.splitBirth.male;
}

/**
 * A birth year in the future, or an age outside the profile's member ages at the report date. Answers the
 * member's age when it is plausible (it then counts in the club's shares), the issue when it is not, and null
 * when the birth is unknown.
 */
export function checkBirth(
  member: Member,
  table: MemberTable,
  profile: RuleProfile,
  reference: DayDate
): number | Issue | null {
  const birth = member.birth;
  if (birth === null) return null;
  const age = ageAt(birth, reference);
  const future = birth.year > reference.year;
  const { min, max } = profile.memberAge;
  if (!future && age >= min && age <= max) return age;

  const column = birthColumn(member, table);
  return makeIssue(future ? "cell.birth-future" : "cell.age-range", {
    sheet: member.sheet,
    row: member.row,
    column,
    field: "birth",
    club: member.club,
    value: birth.month === undefined ? birth.year : formatDay(birth),
    params: {
      year: birth.year,
      age,
      min,
      max,
      reference: { kind: "date", value: reference },
    },
    suggestion: null,
  });
}

/**
 * A contribution or loan above the profile's plausible amount (digits typed twice), or else a negative one,
 * whose proposed fix drops the minus sign.
 */
export function checkMoney(
  member: Member,
  table: MemberTable,
  field: "contribution" | "loan",
  profile: RuleProfile
): Issue | null {
  const amount = member[field];
  if (amount === null) return null;
  const max = profile.maxAmount;
  const implausible = max !== null && !(Math.abs(amount) <= max);
  if (!implausible && amount >= 0) return null;
  const column = table.columns[field] ?? null;
  const place = {
    sheet: member.sheet,
    row: member.row,
    column,
    field,
    club: member.club,
    value: amount,
  };
  if (implausible) {
    return makeIssue("cell.money-implausible", {
      ...place,
      params: { amount: { kind: "money", value: amount }, max: { kind: "money", value: max } },
      suggestion: null,
    });
  }
  return makeIssue("cell.money-negative", {
    ...place,
    params: { amount: { kind: "money", value: amount } },
    suggestion: String(-amount),
  });
}
