import type { Member } from "../../src/core/model";

/** A member with nothing known but where it sits; test builders add the facts their tests are about. */
export function blankMember(facts: Partial<Member> = {}): Member {
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
