/**
 * Suggestions for unreadable values: the known value whose folded key is nearest by edit distance.
 * A suggestion is only a proposal shown to the user, never applied by core; still, it must not be a coin toss,
 * so it is given only when one known value is strictly nearer than every other and close enough for the key's
 * length (short keys like "co" or "ma" are one keystroke away from too many words to suggest anything).
 */

/** How many edits a typo may hold, by folded key length: ≤ 2 → none, 3–5 → 1, longer → 2. */
export function allowedEdits(key: string): number {
  if (key.length <= 2) return 0;
  return key.length <= 5 ? 1 : 2;
}

/**
 * Edit distance counting an insertion, deletion, substitution or swap of two neighbouring letters as one edit
 * ("Kihn" is one slip from "Kinh"), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rolling rows of the dynamic-programming table: this runs for every unknown value of a column.
  let beforePrevious = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, beforePrevious[j - 2] + 1);
      }
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

/**
 * The label of the unique nearest entry within `allowedEdits(key)`; undefined when none is close enough or
 * when entries with different labels tie.
 */
export function closestLabel(
  key: string,
  entries: readonly { readonly key: string; readonly label: string }[]
): string | undefined {
  const limit = allowedEdits(key);
  if (limit === 0) return undefined;
  let best = limit + 1;
  let label: string | undefined;
  let tied = false;
  for (const entry of entries) {
    const d = editDistance(key, entry.key, Math.min(best, limit));
    if (d < best) {
      best = d;
      label = entry.label;
      tied = false;
    } else if (d === best && d <= limit && entry.label !== label) {
      tied = true;
    }
  }
  return tied ? undefined : label;
}
