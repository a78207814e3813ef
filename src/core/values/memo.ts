/**
 * Registers repeat the same few values ("Nữ", "Thái", "Thành viên") on thousands of rows: each distinct text is
 * read once. The memo is bounded so that a column of a million distinct values cannot exhaust memory: it holds
 * at most `limit` texts, forgetting the oldest first (a Map keeps insertion order, so that is cheap), and
 * never a long text (a pasted paragraph is no repeated value).
 */
export const MEMO_LIMIT = 4096;
export const MEMO_TEXT_LENGTH = 64;

export function memoize<R>(
  read: (text: string) => R,
  limit: number = MEMO_LIMIT
): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    if (text.length > MEMO_TEXT_LENGTH) return read(text);
    const known = memo.get(text);
    if (known !== undefined) return known;
    const result = read(text);
    if (memo.size >= limit) memo.delete(memo.keys().next().value as string);
    memo.set(text, result);
    return result;
  };
}
