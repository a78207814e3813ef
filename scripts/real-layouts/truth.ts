/**
 * The expected figures of a corpus register, counted from its true member list by plain counting (never by running
 * the tool). A fact the layout does not carry at all makes its figures "unknowable": the right answer is then no
 * number but a warning that names them.
 */
import { ageAt, type TrueMember } from "./model";

export const FIGURES = [
  "members",
  "women",
  "men",
  "genderUnknown",
  "kinh",
  "ethnicMinority",
  "ethnicityUnknown",
  "olderMembers",
  "youngerMembers",
  "ageUnknown",
  "poor",
  "nearPoor",
  "hardship",
  "povertyUnknown",
  "boardMembers",
  "borrowers",
  "loanTotal",
  "contributionTotal",
  "clubs",
  "formerMembers",
] as const;
export type Figure = (typeof FIGURES)[number];

/** The facts a layout may leave out; "hardship" alone: poor and near-poor are marked, hardship is not. */
export type Fact =
  "gender" | "ethnicity" | "birth" | "poverty" | "hardship" | "role" | "loan" | "contribution";

/**
 * The figures each missing fact makes unknowable. The unknown counts (genderUnknown …) are not among them: with no
 * gender anywhere every member's gender is unknown, so the count is the member count (or null with a warning).
 */
export const FIGURES_OF_FACT: Readonly<Record<Fact, readonly Figure[]>> = {
  gender: ["women", "men"],
  ethnicity: ["kinh", "ethnicMinority"],
  birth: ["olderMembers", "youngerMembers"],
  poverty: ["poor", "nearPoor", "hardship"],
  hardship: ["hardship"],
  role: ["boardMembers"],
  loan: ["borrowers", "loanTotal"],
  contribution: ["contributionTotal"],
};

export type Expected = number | "unknowable";
export type Figures = Record<Figure, Expected>;

const BOARD = new Set(["chair", "vice-chair", "board-member"]);
const AGE_THRESHOLD = 55;

function count(members: readonly TrueMember[], test: (m: TrueMember) => boolean): number {
  return members.filter(test).length;
}

/** The figures of one set of listed persons (a club, or the whole register). */
export function tally(listed: readonly TrueMember[], missing: readonly Fact[]): Figures {
  const current = listed.filter((m) => m.departed === null);
  const has = (fact: Fact) => !missing.includes(fact);
  const sum = (pick: (m: TrueMember) => number) => current.reduce((s, m) => s + pick(m), 0);
  const figures: Figures = {
    members: current.length,
    women: count(current, (m) => m.gender === "female"),
    men: count(current, (m) => m.gender === "male"),
    genderUnknown: has("gender") ? count(current, (m) => m.gender === null) : current.length,
    kinh: count(current, (m) => m.ethnicity === "Kinh"),
    ethnicMinority: count(current, (m) => m.ethnicity !== null && m.ethnicity !== "Kinh"),
    ethnicityUnknown: has("ethnicity")
      ? count(current, (m) => m.ethnicity === null)
      : current.length,
    olderMembers: count(current, (m) => m.birth !== null && ageAt(m.birth) >= AGE_THRESHOLD),
    youngerMembers: count(current, (m) => m.birth !== null && ageAt(m.birth) < AGE_THRESHOLD),
    ageUnknown: has("birth") ? count(current, (m) => m.birth === null) : current.length,
    poor: count(current, (m) => m.poverty === "poor"),
    nearPoor: count(current, (m) => m.poverty === "near-poor"),
    hardship: count(current, (m) => m.poverty === "hardship"),
    povertyUnknown: has("poverty") ? count(current, (m) => m.poverty === null) : current.length,
    boardMembers: count(current, (m) => BOARD.has(m.role)),
    borrowers: count(current, (m) => m.loan > 0),
    loanTotal: sum((m) => m.loan),
    contributionTotal: sum((m) => m.contribution),
    clubs: new Set(current.map((m) => m.club)).size,
    formerMembers: listed.length - current.length,
  };
  for (const fact of missing)
    for (const figure of FIGURES_OF_FACT[fact]) figures[figure] = "unknowable";
  return figures;
}

export interface ClubExpectation {
  readonly club: string;
  /** Folded words the tool's club name must contain (see test/real-layouts/score.ts). */
  readonly match: string;
  readonly figures: Figures;
}

export interface Expectation {
  readonly file: string;
  readonly source: readonly string[];
  readonly traits: readonly string[];
  readonly reportDate: "2024-06-30";
  /** The facts this layout does not carry, and so the figures that are unknowable. */
  readonly missing: readonly Fact[];
  readonly total: Figures;
  readonly clubs: readonly ClubExpectation[];
}
