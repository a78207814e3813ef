import type { Field, Member, MemberTable } from "../model";
import type { RuleId } from "./catalogue";
import { type Issue, type IssueParam, makeIssue, type IssueParams } from "./issue";
import { crossedNorm, type RuleProfile, type ShareNorm } from "./profiles";

/** Running counts of one club, filled member by member so that the club rules need no second pass. */
export class ClubTally {
  members = 0;
  genderKnown = 0;
  women = 0;
  ageKnown = 0;
  older = 0;
  povertyKnown = 0;
  poor = 0;
  board = 0;
  /** Where each chair is listed: a club's rows may be on several sheets (or, in a batch run, files). */
  readonly chairs: { readonly sheet: string; readonly row: number }[] = [];
  /** Board rules apply only when some sheet of the club has a role column. */
  hasRoleColumn = false;

  /** The club as first written, and the sheet its issues are shown on (where the club first appears). */
  constructor(
    readonly name: string,
    readonly sheet: string
  ) {}

  /** `age` is the member's plausible age at the report date, or null when unknown. */
  add(member: Member, table: MemberTable, age: number | null, olderAge: number): void {
    this.members++;
    if (member.gender !== null) {
      this.genderKnown++;
      if (member.gender === "female") this.women++;
    }
    if (age !== null) {
      this.ageKnown++;
      if (age >= olderAge) this.older++;
    }
    if (member.poverty !== null) {
      this.povertyKnown++;
      if (member.poverty !== "none") this.poor++;
    }
    if (table.columns.role !== undefined || table.layout.notesState.role) this.hasRoleColumn = true;
    if (member.role === "chair") this.chairs.push({ sheet: member.sheet, row: member.row });
    if (member.role !== null && member.role !== "member") this.board++;
  }
}

function clubIssue(
  tally: ClubTally,
  rule: RuleId,
  field: Field | null,
  params: IssueParams
): Issue {
  return makeIssue(rule, {
    sheet: tally.sheet,
    row: null,
    column: null,
    field,
    club: tally.name,
    value: null,
    params: { club: tally.name, ...params },
    suggestion: null,
  });
}

/**
 * A share outside its norm. Shares divide by all the club's current members, as the indicators and the report do
 * (DESIGN.md §2: the published 215/325 = 66,2 %); with no member's value known there is no share to check.
 */
function shareIssue(
  tally: ClubTally,
  rule: RuleId,
  field: Field,
  norm: ShareNorm | null,
  count: number,
  known: number,
  extra: IssueParams = {}
): Issue | null {
  const of = tally.members;
  if (norm === null || known === 0 || of === 0) return null;
  const share = count / of;
  const side = crossedNorm(share, norm);
  if (side === null) return null;
  return clubIssue(tally, rule, field, {
    ...extra,
    count,
    of,
    share: { kind: "share", value: share },
    comparison: { kind: "text", key: side === "below" ? "rule.below" : "rule.above" },
    bound: { kind: "share", value: (side === "below" ? norm.min : norm.max) as number },
    source: norm.source,
  });
}

/**
 * Rows grouped by sheet, in the order met: "dòng 2, 5" on the club's own sheet, "dòng 3 của trang “Tổ 2”" on
 * another, so that two chairs in row 2 of two sheets do not read as "rows 2, 2".
 */
function rowsBySheet(
  sheet: string,
  places: readonly { readonly sheet: string; readonly row: number }[]
): IssueParam {
  const bySheet = new Map<string, number[]>();
  for (const place of places) {
    const rows = bySheet.get(place.sheet);
    if (rows === undefined) bySheet.set(place.sheet, [place.row]);
    else rows.push(place.row);
  }
  const items = [...bySheet].map(([on, rows]): IssueParam => {
    const list = rows.join(", ");
    if (on === sheet) {
      return rows.length === 1
        ? { kind: "text", key: "rule.ref.row", params: { row: list } }
        : { kind: "text", key: "rule.ref.rows", params: { rows: list } };
    }
    return rows.length === 1
      ? { kind: "text", key: "rule.ref.sheet-row", params: { row: list, sheet: on } }
      : { kind: "text", key: "rule.ref.sheet-rows", params: { rows: list, sheet: on } };
  });
  return items.length === 1 ? items[0] : { kind: "list", items };
}

/** The programme norms of the profile, checked on one club: warnings, since provinces set their own. */
export function clubIssues(tally: ClubTally, profile: RuleProfile): Issue[] {
  const issues: (Issue | null)[] = [];
  const size = profile.clubSize;
  if (size !== null && (tally.members < size.min || tally.members > size.max)) {
    issues.push(
      clubIssue(tally, "club.size", null, {
        count: tally.members,
        min: size.min,
        max: size.max,
        source: size.source,
        comparison: { kind: "text", key: tally.members < size.min ? "rule.fewer" : "rule.more" },
      })
    );
  }
  const age = { age: profile.olderAge };
  const younger = tally.ageKnown - tally.older;
  issues.push(
    shareIssue(tally, "club.women-share", "gender", profile.women, tally.women, tally.genderKnown),
    shareIssue(tally, "club.older-share", "birth", profile.older, tally.older, tally.ageKnown, age),
    shareIssue(tally, "club.younger-share", "birth", profile.younger, younger, tally.ageKnown, age),
    shareIssue(tally, "club.poor-share", "poverty", profile.poor, tally.poor, tally.povertyKnown)
  );
  if (tally.hasRoleColumn) {
    const board = profile.boardSize;
    if (board !== null && tally.board !== board.size) {
      issues.push(
        clubIssue(tally, "club.board-size", "role", {
          count: tally.board,
          expected: board.size,
          source: board.source,
        })
      );
    }
    const chairs = tally.chairs;
    if (profile.oneChair && chairs.length === 0) {
      issues.push(clubIssue(tally, "club.no-chair", "role", {}));
    }
    if (profile.oneChair && chairs.length > 1) {
      issues.push(
        clubIssue(tally, "club.many-chairs", "role", {
          count: chairs.length,
          rows: rowsBySheet(tally.sheet, chairs),
        })
      );
    }
  }
  return issues.filter((issue): issue is Issue => issue !== null);
}
