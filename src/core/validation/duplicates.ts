import type { Member, MemberTable } from "../model";
import { type Issue, makeIssue, type IssueParams, rowRefParam } from "./issue";
import { FirstByHash } from "./first-by-hash";
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
 * A register of a million rows stays linear: before the check, every member is filed under a hash of its
 * name and birth year — one slot of a typed array, no key string built — in a pass of its own, so that the
 * table's scattered slots do not compete for the memory cache with the rest of validation. Only a member whose
 * hash was taken before it (the same person, or rarely another one) is then compared by its full key.
 */
export class DuplicateFinder {
  /** Per member, the first member filed under the same hash (its index), or -1. */
  private readonly firstOfHash: Int32Array;
  /** Index of each table's first member. */
  private readonly starts: number[] = [];
  /** People met under a hash already taken, by full key; the first member of a hash joins when it repeats. */
  private readonly people = new Map<string, Seen>();

  /** The members of these tables are then checked in this order, each with its index in it. */
  constructor(private readonly tables: readonly MemberTable[]) {
    let count = 0;
    for (const table of tables) {
      this.starts.push(count);
      count += table.members.length;
    }
    const known = new Uint8Array(count);
    const hashes = new Int32Array(count);
    let index = 0;
    for (const table of tables) {
      for (const { name, birth } of table.members) {
        if (name !== null && birth !== null) {
          known[index] = 1;
          hashes[index] = sameTextHash(name) ^ birth.year;
        }
        index++;
      }
    }
    const byHash = new FirstByHash(count);
    this.firstOfHash = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      this.firstOfHash[i] = known[i] === 0 ? -1 : byHash.firstOrFile(hashes[i], i);
    }
  }

  /** The member at an index (the rare look back at a member whose hash is taken). */
  private memberAt(index: number): Member {
    let t = this.starts.length - 1;
    while (this.starts[t] > index) t--;
    return this.tables[t].members[index - this.starts[t]];
  }

  /** The duplicate issue of the member at `index` (of `table`, in club `clubKey`), or null. */
  check(index: number, table: MemberTable, clubKey: string): Issue | null {
    const first = this.firstOfHash[index];
    if (first < 0) return null;
    const member = this.memberAt(index);
    const firstOfHash = this.memberAt(first);
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
    club: member.club,
    otherClub: first.club,
    // Within one sheet "row 12" is enough; across sheets the sheet is named.
    first: rowRefParam(first.row, first.sheet === member.sheet ? null : first.sheet),
    firstRow: first.row,
  };
  return makeIssue(rule, {
    sheet: member.sheet,
    row: member.row,
    column,
    field: "name",
    club: member.club,
    value: member.name,
    params,
    suggestion: null,
  });
}

/** The members listed twice in one club (dup.same-club): each later row and the first row of that person. */
export function sameClubDuplicates(table: MemberTable): { row: number; first: number }[] {
  const finder = new DuplicateFinder([table]);
  const found: { row: number; first: number }[] = [];
  table.members.forEach((member, index) => {
    const issue = finder.check(index, table, sameTextKey(member.club));
    if (issue?.rule === "dup.same-club") {
      found.push({ row: member.row, first: issue.params.firstRow as number });
    }
  });
  return found;
}
