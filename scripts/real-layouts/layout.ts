/** What one corpus layout is: where its form comes from, what it exercises, and how it writes its members. */
import type { Prng } from "../../bench/prng";
import type { TrueMember } from "./model";
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

/** The board's words in a notes column; a former member's note wins over a role. */
export const CURRENT = (m: TrueMember) => m.departed === null;
