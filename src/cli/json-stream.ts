/**
 * JSON written in pieces, for outputs too large to be one string (V8 caps a string at about 512 MB, and a
 * million issues pass that). A skeleton object holds a placeholder where each long list goes; the skeleton is
 * stringified as usual, and each list's items are written into it one by one, indented as they would be.
 */

const PLACEHOLDER = /"\\u0000list:(\d+)\\u0000"/g;
/** Items gathered into pieces of about this many characters, each written in one go. */
const CHUNK = 1 << 16;

/** Registers a long list and returns the placeholder that stands for it in the skeleton. */
export function streamedList(
  lists: (() => Iterable<unknown>)[],
  items: () => Iterable<unknown>
): string {
  lists.push(items);
  return `\u0000list:${lists.length - 1}\u0000`;
}

/** Each line of `json` but the first, indented. */
function indented(json: string, indent: string): string {
  return json.replace(/\n/g, "\n" + indent);
}

/** The text of `JSON.stringify(skeleton-with-lists, null, 2) + "\n"`, as newline-ended pieces. */
export function* streamJson(
  skeleton: unknown,
  lists: readonly (() => Iterable<unknown>)[]
): Generator<string> {
  const text = JSON.stringify(skeleton, null, 2) + "\n";
  let from = 0;
  let piece = "";
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index;
    piece += text.slice(from, at);
    // The list is indented as the line it starts on.
    const indent = /^ */.exec(text.slice(text.lastIndexOf("\n", at) + 1, at))?.[0] ?? "";
    from = at + match[0].length;
    let count = 0;
    for (const item of lists[Number(match[1])]()) {
      piece +=
        (count++ === 0 ? "[\n" : ",\n") +
        indent +
        "  " +
        indented(JSON.stringify(item, null, 2), indent + "  ");
      if (piece.length >= CHUNK) {
        const end = piece.lastIndexOf("\n") + 1;
        if (end > 0) {
          yield piece.slice(0, end);
          piece = piece.slice(end);
        }
      }
    }
    piece += count === 0 ? "[]" : "\n" + indent + "]";
  }
  piece += text.slice(from);
  yield piece;
}
