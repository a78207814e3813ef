import type { Member } from "../../../src/core/model";

/** A member with nothing known but its club; tests set only the facts they are about. */
export function member(facts: Partial<Member> = {}): Member {
  return {
    sheet: "Thành viên",
    row: 5,
    club: "CLB Bản Lướt",
    name: null,
    gender: null,
    birth: null,
    ethnicity: null,
    poverty: null,
    role: null,
    commune: null,
    village: null,
    group: null,
    contribution: null,
    loan: null,
    joined: null,
    problems: [],
    ...facts,
  };
}

/** `n` members with the same facts. */
export function members(n: number, facts: Partial<Member> = {}): Member[] {
  return Array.from({ length: n }, () => member(facts));
}
