import { cellAddress } from "../grid";
import type { Member, MemberTable } from "../model";
import { type Issue, makeIssue, type IssueParams, rowRefParam } from "./issue";
import { sameTextHash, sameTextKey } from "./same-text";

/** The first row of a person, and of that person in each further club (rare, so made only when needed). */
interface Seen {
  readonly first: Member;
  readonly firstClub: string;
  otherClubs: Map<string, Member> | null;
}

/** Who a member is for this check (a member whose name and birth are known): normalised name, birth year. */
function personKey(member: Member): string {
  return sameTextKey(member.name ?? "") + "\u0000" + member.birth?.year;
}

/**
 * Finds people listed twice: the same normalised name and birth year. In one club the later row is an error
 * that names the first; in two clubs it is a warning (someone may have moved).
 *
 * One Map lookup per member, so a register of a million rows stays linear, and on a number: each member is
 * first filed under a hash of its name and year, with no key string built. Only a member whose hash is taken
 * (the same person, or rarely another one) is compared by its full key.
 */
export class DuplicateFinder {
  /** The first member met under each hash. */
  private readonly byHash = new Map<number, Member>();
  /** People met under a hash already taken, by full key; the first member of a hash joins when it repeats. */
  private readonly people = new Map<string, Seen>();

  check(member: Member, table: MemberTable, clubKey: string): Issue | null {
    if (member.name === null || member.birth === null) return null;
    const hash = Math.imul(sameTextHash(member.name) ^ member.birth.year, 0x01000193);
    const firstOfHash = this.byHash.get(hash);
    if (firstOfHash === undefined) {
      this.byHash.set(hash, member);
      return null;
    }
    const person = personKey(member);
    let seen = this.people.get(person);
    if (seen === undefined && personKey(firstOfHash) === person) {
      seen = { first: firstOfHash, firstClub: sameTextKey(firstOfHash.club), otherClubs: null };
      this.people.set(person, seen);
    }
    if (seen === undefined) {
      this.people.set(person, { first: member, firstClub: clubKey, otherClubs: null });
      return null;
    }
    const sameClub = clubKey === seen.firstClub ? seen.first : seen.otherClubs?.get(clubKey);
    if (sameClub !== undefined) return duplicateIssue(member, table, sameClub, "dup.same-club");
    seen.otherClubs ??= new Map();
    seen.otherClubs.set(clubKey, member);
    return duplicateIssue(member, table, seen.first, "dup.other-club");
  }
}
function duplicateIssue(
  member: Member,
  table: MemberTable,
  first: Member,
  rule: "dup.same-club" | "dup.other-club"
): Issue {
  const column = table.columns.name ?? null;
  const params: IssueParams = {
    name: member.name ?? "",
    year: member.birth?.year ?? "",
    row: member.row,
    club: member.club,
    otherClub: first.club,
    // Within one sheet "row 12" is enough; across sheets the sheet is named.
    first: rowRefParam(first.row, first.sheet === member.sheet ? null : first.sheet),
  };
  return makeIssue(rule, {
    sheet: member.sheet,
    cell: column === null ? null : cellAddress(member.row, column),
    row: member.row,
    column,
    field: "name",
    club: member.club,
    value: member.name,
    params,
    suggestion: null,
  });
}
