/** What one corpus layout is: where its form comes from, what it exercises, and how it writes its members. */
import type { Prng } from "../../bench/prng";
import {
  makeClub,
  type BirthPrecision,
  type ClubPlan,
  type Population,
  type TrueMember,
} from "./model";
import type { SheetSpec } from "./sheet";
import type { Fact } from "./truth";

export interface Rendered {
  /** Every person listed, current and former, each once. */
  readonly members: readonly TrueMember[];
  readonly sheets: readonly SheetSpec[];
}

export interface Layout {
  readonly file: string;
  /** Addresses of the public forms or software the layout copies. */
  readonly source: readonly string[];
  readonly traits: readonly string[];
  /** Facts the layout does not carry anywhere: their figures are unknowable. */
  readonly missing: readonly Fact[];
  /** Club (as in the members) → folded words the tool's club name must contain. */
  readonly clubMatch: Readonly<Record<string, string>>;
  readonly seed: number;
  render(rng: Prng): Rendered;
}

/**
 * Layouts that give each club a sheet of its own: each club's members are made from its plan (in order, from the
 * one rng), then written on their sheet.
 */
export function sheetPerClub<Plan extends ClubPlan>(
  rng: Prng,
  plans: readonly Plan[],
  population: Population,
  precision: BirthPrecision,
  writeSheet: (plan: Plan, members: readonly TrueMember[]) => SheetSpec
): Rendered {
  const members: TrueMember[] = [];
  const sheets = plans.map((plan) => {
    const club = makeClub(rng, plan, population, precision);
    members.push(...club);
    return writeSheet(plan, club);
  });
  return { members, sheets };
}
