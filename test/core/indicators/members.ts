import type { Member } from "../../../src/core/model";
import { blankMember } from "../../support/member";

/** A member with nothing known but its club; tests set only the facts they are about. */
export const member = blankMember;

/** `n` members with the same facts. */
export function members(n: number, facts: Partial<Member> = {}): Member[] {
  return Array.from({ length: n }, () => member(facts));
}
