import type { FactValue } from "./criteria";

/**
 * Sorts the values of one fact into classes that every criterion treats alike, so that a criterion is tested
 * once per class instead of once per member. A text fact's class is its value; a number's class is where it
 * lies among the cut points (below the first, equal to it, between it and the next, …); unknown is a class.
 */
export class FactClasses {
  /** Class of each text value (and of unknown, NaN, infinities). */
  private readonly idByKey = new Map<FactValue, number>();
  /** Class of the numbers in each slot among the cut points. */
  private readonly idBySlot: number[] = [];
  /** A value met in each class: any one stands for all the others. */
  private readonly representatives: FactValue[] = [];

  /** `cuts`: ascending numbers the criteria compare this fact with; null for a text fact. */
  constructor(private readonly cuts: readonly number[] | null) {}

  classOf(value: FactValue): number {
    // NaN and infinities keep a class of their own: no cut point places them.
    if (this.cuts !== null && typeof value === "number" && Number.isFinite(value)) {
      const slot = this.slot(value);
      let id = this.idBySlot[slot];
      if (id === undefined) {
        id = this.newClass(value);
        this.idBySlot[slot] = id;
      }
      return id;
    }
    let id = this.idByKey.get(value);
    if (id === undefined) {
      id = this.newClass(value);
      this.idByKey.set(value, id);
    }
    return id;
  }

  private newClass(representative: FactValue): number {
    this.representatives.push(representative);
    return this.representatives.length - 1;
  }

  representative(id: number): FactValue {
    return this.representatives[id];
  }

  /** 0 below the first cut, 1 on it, 2 between it and the next, …, 2 × cuts above the last. */
  private slot(value: number): number {
    const cuts = this.cuts as readonly number[];
    for (let i = 0; i < cuts.length; i++) {
      if (value < cuts[i]) return 2 * i;
      if (value === cuts[i]) return 2 * i + 1;
    }
    return 2 * cuts.length;
  }
}
