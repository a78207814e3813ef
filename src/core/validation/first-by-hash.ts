/**
 * Files numbers under 32-bit hashes, keeping the first number filed under each hash, in one typed array of
 * [hash, number + 1] pairs (0 marks an empty slot) with linear probing. Filing a million members this way costs
 * about one memory access each, where a Map of a million keys costs several and rehashes as it grows.
 */
export class FirstByHash {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** `expected`: how many hashes will be filed, so that the table need not grow on the way. */
  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The number first filed under `hash`; when there is none yet, files `value` and answers -1. */
  firstOrFile(hash: number, value: number): number {
    const slots = this.slots;
    for (let i = spread(hash) & this.mask; ; i = (i + 1) & this.mask) {
      const stored = slots[2 * i + 1];
      if (stored === 0) {
        slots[2 * i] = hash;
        slots[2 * i + 1] = value + 1;
        if (++this.count * 2 > this.mask + 1) this.grow();
        return -1;
      }
      if (slots[2 * i] === hash) return stored - 1;
    }
  }

  /** Keeps the table at most half full, so that probes stay short. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let i = spread(old[at]) & this.mask;
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = old[at];
      this.slots[2 * i + 1] = old[at + 1];
    }
  }
}

/** Mixes every bit of a hash into its low bits, which pick the slot (the finaliser of MurmurHash3). */
function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
