import type { Member } from "../model";
import type { Term } from "./catalogue";
import {
  compileCriteria,
  criteriaFields,
  cutPoints,
  type CategoryField,
  type Criterion,
  type FactField,
  type FactTest,
  type FactValue,
  type FactValues,
  type ParamValues,
} from "./criteria";
import { FactClasses } from "./fact-classes";

/**
 * One pass over the members fills in every count, sum and distinct count of the catalogue for a group.
 *
 * Why not test each member against each count: a register can hold a million members and the catalogue some
 * forty counts. Instead each member is filed under the classes of the few facts each count looks at (gender;
 * gender and role; age among the cut points …), and a count's criteria are tested once per class combination.
 */

export type TallyTerm = Extract<
  Term,
  { count: unknown } | { sum: unknown } | { distinct: unknown } | { former: unknown }
>;

export function isTallyTerm(term: Term): term is TallyTerm {
  return "count" in term || "sum" in term || "distinct" in term || "former" in term;
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  index: number;
}

/** The combinations of classes met for one set of facts, numbered as they are first met. */
class Combinations {
  private readonly root: TrieNode = { children: new Map(), index: -1 };
  /** Per combination, the class of each of its facts. */
  readonly classes: (readonly number[])[] = [];

  /** `facts`: positions in the member's class list. */
  constructor(readonly facts: readonly number[]) {}

  indexOf(memberClasses: readonly number[]): number {
    // One fact (most counts): the class is the combination, with no lookup.
    if (this.facts.length === 1) {
      const cls = memberClasses[this.facts[0]];
      while (this.classes.length <= cls) this.classes.push([this.classes.length]);
      return cls;
    }
    let node = this.root;
    // Index loops in the per-member path: for…of allocates an iterator per call in V8 here.
    for (let i = 0; i < this.facts.length; i++) {
      const cls = memberClasses[this.facts[i]];
      let child = node.children.get(cls);
      if (child === undefined) {
        child = { children: new Map(), index: -1 };
        node.children.set(cls, child);
      }
      node = child;
    }
    if (node.index < 0) {
      node.index = this.classes.length;
      this.classes.push(this.facts.map((fact) => memberClasses[fact]));
    }
    return node.index;
  }
}

interface CountTally {
  readonly kind: "count";
  readonly combinations: number;
  readonly test: FactTest;
  /** Whether each combination meets the criteria, worked out when first needed. */
  readonly matches: (boolean | undefined)[];
}

interface SumTally {
  readonly kind: "sum";
  readonly field: "loan" | "contribution";
}

interface DistinctTally {
  readonly kind: "distinct";
  readonly field: CategoryField;
}

interface FormerTally {
  readonly kind: "former";
}

type Tally = CountTally | SumTally | DistinctTally | FormerTally;

/** The tallies of one group of members (a club, or all). */
export interface GroupTally {
  /** Per set of facts, members per combination of classes. */
  readonly counts: number[][];
  /** Per fact, the members whose value of it is known. */
  readonly known: number[];
  /** Per tally, the sum (sum tallies only). */
  readonly sums: number[];
  /** Per tally, the members whose amount is known (sum tallies only). */
  readonly summed: number[];
  /** Members listed but noted as having left the club: not in any other tally. */
  former: number;
  /** Members in every other tally. */
  members: number;
  /** Per tally, the values seen (distinct tallies only). */
  readonly seen: (Set<string> | null)[];
  /** Per tally, the value last added to `seen`. */
  readonly lastSeen: (string | null)[];
}

/**
 * A member's value of one fact. A switch of plain property reads: `member[field]` with a field that varies
 * is a generic keyed load, which took a third of the per-member time.
 */
function factOf(member: Member, field: FactField, age: number | null): FactValue {
  switch (field) {
    case "age":
      return age;
    case "gender":
      return member.gender;
    case "ethnicity":
      return member.ethnicity;
    case "minority":
      return member.minority === null ? null : member.minority ? "yes" : "no";
    case "poverty":
      return member.poverty;
    case "role":
      return member.role;
    case "club":
      return member.club;
    case "loan":
      return member.loan;
    case "contribution":
      return member.contribution;
  }
}

/**
 * A sum of amounts, kept exact. Amounts are whole đồng (a decimal typed as "25,5" is rare): their sum is exact
 * in a double up to 2^53, about 9 million billion đồng; beyond, it would print wrong digits, so it becomes
 * unknown (NaN, for good) instead — an amount that large is reported at its cell as implausible anyway.
 */
function addExactly(sum: number, amount: number): number {
  const total = sum + amount;
  return Math.abs(total) <= Number.MAX_SAFE_INTEGER ? total : NaN;
}

/** A sum as a figure: unknown when it stopped being exact; to the hundredth, so 0.1 + 0.2 shows as 0.3. */
function sumFigure(sum: number): number | null {
  if (Number.isNaN(sum)) return null;
  return Number.isInteger(sum) ? sum : Math.round(sum * 100) / 100;
}

export class TallyPlan {
  /** The facts the counts look at, and how each is sorted into classes. */
  private readonly facts: FactField[] = [];
  private readonly classes: FactClasses[] = [];
  private readonly combinations: Combinations[] = [];
  private readonly tallies: Tally[] = [];
  /** Which tallies are sums and distinct counts, so the per-member loop skips the others. */
  private readonly sumTallies: number[] = [];
  private readonly distinctTallies: number[] = [];
  private readonly tallyOfTerm = new Map<Term, number>();
  /** Scratch: the current member's class of each fact. */
  private readonly memberClasses: number[] = [];

  constructor(
    terms: readonly TallyTerm[],
    params: ParamValues,
    /** Household statuses no register can record: a count asking for one is unknown. */
    private readonly unrecordedPoverty: readonly string[] = []
  ) {
    const criteria = terms.flatMap((term) => ("count" in term ? term.count : []));
    for (const field of criteriaFields(criteria)) {
      const numeric = field === "age" || field === "loan" || field === "contribution";
      this.facts.push(field);
      this.classes.push(new FactClasses(numeric ? cutPoints(criteria, field, params) : null));
    }
    const combinationsOf = new Map<string, number>();
    for (const term of terms) {
      if (this.tallyOfTerm.has(term)) continue;
      this.tallyOfTerm.set(term, this.tallies.length);
      if ("sum" in term) {
        this.sumTallies.push(this.tallies.length);
        this.tallies.push({ kind: "sum", field: term.sum });
        continue;
      }
      if ("distinct" in term) {
        this.distinctTallies.push(this.tallies.length);
        this.tallies.push({ kind: "distinct", field: term.distinct });
        continue;
      }
      if ("former" in term) {
        this.tallies.push({ kind: "former" });
        continue;
      }
      const positions = criteriaFields(term.count).map((field) => this.facts.indexOf(field));
      const key = positions.join(",");
      if (!combinationsOf.has(key)) {
        combinationsOf.set(key, this.combinations.length);
        this.combinations.push(new Combinations(positions));
      }
      this.tallies.push({
        kind: "count",
        combinations: combinationsOf.get(key) as number,
        test: compileCriteria(term.count, params),
        matches: [],
      });
    }
  }

  newGroup(): GroupTally {
    return {
      counts: this.combinations.map(() => []),
      known: this.facts.map(() => 0),
      sums: this.tallies.map(() => 0),
      summed: this.tallies.map(() => 0),
      former: 0,
      members: 0,
      seen: this.tallies.map((tally) => (tally.kind === "distinct" ? new Set<string>() : null)),
      lastSeen: this.tallies.map(() => null),
    };
  }

  /** Files a member; `age` is its age at the reference date (null: unknown). */
  add(group: GroupTally, member: Member, age: number | null): void {
    group.members++;
    for (let f = 0; f < this.facts.length; f++) {
      const fact = factOf(member, this.facts[f], age);
      if (fact !== null) group.known[f]++;
      this.memberClasses[f] = this.classes[f].classOf(fact);
    }
    for (let c = 0; c < this.combinations.length; c++) {
      const index = this.combinations[c].indexOf(this.memberClasses);
      const counts = group.counts[c];
      while (counts.length <= index) counts.push(0);
      counts[index]++;
    }
    for (let i = 0; i < this.sumTallies.length; i++) {
      const t = this.sumTallies[i];
      const amount = factOf(member, (this.tallies[t] as SumTally).field, null) as number | null;
      if (amount !== null) {
        group.sums[t] = addExactly(group.sums[t], amount);
        group.summed[t]++;
      }
    }
    for (let i = 0; i < this.distinctTallies.length; i++) {
      const t = this.distinctTallies[i];
      const value = factOf(member, (this.tallies[t] as DistinctTally).field, null);
      // Members come club by club: most values were the last one added.
      if (value !== null && value !== group.lastSeen[t]) {
        group.seen[t]?.add(value as string);
        group.lastSeen[t] = value as string;
      }
    }
  }

  /** The tallies of several groups together. */
  merge(groups: readonly GroupTally[]): GroupTally {
    const merged = this.newGroup();
    for (const group of groups) {
      group.counts.forEach((counts, c) => {
        const into = merged.counts[c];
        counts.forEach((n, index) => (into[index] = (into[index] ?? 0) + n));
      });
      group.known.forEach((n, f) => (merged.known[f] += n));
      group.sums.forEach((sum, t) => (merged.sums[t] = addExactly(merged.sums[t], sum)));
      group.summed.forEach((n, t) => (merged.summed[t] += n));
      merged.former += group.former;
      merged.members += group.members;
      group.seen.forEach((seen, t) => seen?.forEach((value) => merged.seen[t]?.add(value)));
    }
    return merged;
  }

  /**
   * A term's value for a group; null when it rests on a fact no member of the group has a known value of
   * (no column for it, or nothing readable in it), or when a sum is too large to be exact: unknown, never 0.
   */
  value(group: GroupTally, term: TallyTerm): number | null {
    const t = this.tallyOfTerm.get(term) as number;
    const tally = this.tallies[t];
    if (tally.kind === "former") return group.former;
    if (tally.kind === "sum")
      return group.members > 0 && group.summed[t] === 0 ? null : sumFigure(group.sums[t]);
    if (tally.kind === "distinct") return group.seen[t]?.size ?? 0;
    if ("count" in term && this.restsOnUnknown(group, term.count)) return null;
    let total = 0;
    group.counts[tally.combinations].forEach((n, index) => {
      if (this.matches(tally, index)) total += n;
    });
    return total;
  }

  /** Whether a count asks about a fact (other than whether it is known) that no member has a value of. */
  private restsOnUnknown(group: GroupTally, criteria: readonly Criterion[]): boolean {
    return (
      group.members > 0 &&
      criteria.some(
        (criterion) =>
          (!("known" in criterion) && group.known[this.facts.indexOf(criterion.field)] === 0) ||
          this.asksUnrecorded(criterion)
      )
    );
  }

  private asksUnrecorded(criterion: Criterion): boolean {
    if (criterion.field !== "poverty" || this.unrecordedPoverty.length === 0) return false;
    const asked =
      "equals" in criterion ? [criterion.equals] : "oneOf" in criterion ? criterion.oneOf : [];
    return asked.some((value) => this.unrecordedPoverty.includes(value as string));
  }

  private matches(tally: CountTally, index: number): boolean {
    let match = tally.matches[index];
    if (match === undefined) {
      const combinations = this.combinations[tally.combinations];
      const facts: Partial<Record<FactField, FactValue>> = {};
      combinations.facts.forEach((fact, i) => {
        facts[this.facts[fact]] = this.classes[fact].representative(combinations.classes[index][i]);
      });
      match = tally.test(facts as FactValues);
      tally.matches[index] = match;
    }
    return match;
  }
}
