/**
 * The code of a text's character at an index — `text.charCodeAt(index)`, called through the function itself.
 *
 * A register's texts come in every form V8 keeps strings in (internalised, flat one- and two-byte,
 * concatenated, sliced, thin), each with its own hidden class. A loop's `text.charCodeAt(i)` that has met more
 * than four of them is looked up anew for every character, and the optimiser cannot inline it: in the middle of
 * reading a register such loops ran five times slower than over the same names alone. Called through the one
 * function, the character is read directly whatever the string's form. Loops also read `text.length` once, for
 * the same reason.
 */
const charCodeAt = String.prototype.charCodeAt;

export function charCode(text: string, index: number): number {
  return charCodeAt.call(text, index);
}
