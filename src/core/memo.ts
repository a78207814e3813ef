/**
 * Registers repeat the same few values ("Nữ", "Thái", "Thành viên") on thousands of rows, and the same words in
 * their names: each distinct text is read once. The memo is bounded so that a column of a million distinct
 * values cannot exhaust memory: it holds at most `limit` texts, forgetting the oldest first, and never a long
 * text (a pasted paragraph is no repeated value). A hit is one Map lookup; the order of the texts is kept in a
 * ring beside the Map, so that forgetting one costs no more than remembering one.
 */
export const MEMO_LIMIT = 4096;
export const MEMO_TEXT_LENGTH = 64;

export function memoize<R>(
  read: (text: string) => R,
  limit: number = MEMO_LIMIT
): (text: string) => R {
  const memo = new Map<string, R>();
  /** The texts in the order they were remembered; `oldest` is where the next one goes once the ring is full. */
  const ring: string[] = [];
  let oldest = 0;
  return (text) => {
    if (text.length > MEMO_TEXT_LENGTH) return read(text);
    const known = memo.get(text);
    if (known !== undefined) return known;
    const result = read(text);
    if (ring.length < limit) {
      ring.push(text);
    } else {
      memo.delete(ring[oldest]);
      ring[oldest] = text;
      oldest = (oldest + 1) % limit;
    }
    memo.set(text, result);
    return result;
  };
}
