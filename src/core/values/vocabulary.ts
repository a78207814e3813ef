import { cleanText } from "../text/clean-text";
import { foldKey } from "../text/fold";
import { closestLabel } from "./closest";
import { agrees, lettersOf, type Letter } from "./diacritics";
import { readAs, unreadable, type Reading } from "./reading";

/** One canonical value of a closed list and the ways registers write it. */
export interface Term<T> {
  readonly value: T;
  /** The usual Vietnamese spelling: accepted, and offered as the suggestion for near misses. */
  readonly label: string;
  /** Other accepted spellings (matching is explained in `vocabulary`). */
  readonly spellings: readonly string[];
}

export interface VocabularyOptions<T> {
  /**
   * Words read on their exact NFC, lower-case, trimmed text rather than their folded key: words that fold to
   * another word ("bà" but not "ba") or to nothing ("-").
   */
  readonly exact?: Readonly<Record<string, T>>;
  /** Folded words that may lead the text and add nothing ("dantoc" in "Dân tộc Thái"). */
  readonly prefixes?: readonly string[];
  /** Folded words that may close the text and add nothing ("clb" in "Chủ nhiệm CLB"). */
  readonly suffixes?: readonly string[];
  /** Deliberate suggestions for folded keys that are not read (ambiguous abbreviations, old names). */
  readonly hints?: Readonly<Record<string, string>>;
}

interface Spelling<T> {
  readonly term: Term<T>;
  readonly letters: readonly Letter[];
}

/** What a text matches: a term, or only a spelling whose diacritics it contradicts. */
type Match<T> = { readonly term: Term<T> } | { readonly near: Term<T> } | null;

/**
 * A reader of free text against a closed list. Text is matched by folded key (case, diacritics, spaces and
 * punctuation ignored), and the diacritics it does carry must agree with the spelling (see diacritics.ts).
 * Text in a legacy encoding (TCVN3, VNI) is matched after repair by `cleanText`. Unknown text is never guessed
 * into a value: it is unreadable, with a suggestion when the text contradicts a spelling only by its
 * diacritics, when a hint exists, or when a unique near spelling exists (closest.ts).
 */
export function vocabulary<T>(
  terms: readonly Term<T>[],
  options: VocabularyOptions<T> = {}
): (text: string) => Reading<T> {
  const byKey = new Map<string, Spelling<T>[]>();
  const entries: { key: string; label: string }[] = [];
  for (const term of terms) {
    for (const spelling of [term.label, ...term.spellings]) {
      const key = foldKey(spelling);
      const known = byKey.get(key) ?? [];
      // A static table with two meanings for one key is a programming error, caught by the first test run.
      const other = known.find((s) => s.term !== term);
      if (other) throw new Error(`"${spelling}" is both ${other.term.label} and ${term.label}`);
      if (known.length === 0) entries.push({ key, label: term.label });
      byKey.set(key, [...known, { term, letters: lettersOf(spelling) }]);
    }
  }

  /** The key itself, then the key without each prefix or suffix it has, with where that part starts. */
  const forms = (key: string): { key: string; start: number }[] => [
    { key, start: 0 },
    ...(options.prefixes ?? [])
      .filter((p) => key.length > p.length && key.startsWith(p))
      .map((p) => ({ key: key.slice(p.length), start: p.length })),
    ...(options.suffixes ?? [])
      .filter((s) => key.length > s.length && key.endsWith(s))
      .map((s) => ({ key: key.slice(0, -s.length), start: 0 })),
  ];

  const match = (text: string): Match<T> => {
    const typed = lettersOf(text);
    let near: Term<T> | undefined;
    for (const form of forms(foldKey(text))) {
      const spellings = byKey.get(form.key) ?? [];
      const part = typed.slice(form.start, form.start + form.key.length);
      const agreeing = spellings.find((s) => agrees(part, s.letters));
      if (agreeing) return { term: agreeing.term };
      near ??= spellings[0]?.term;
    }
    return near ? { near } : null;
  };

  const suggestion = (key: string): string | undefined => {
    const candidates = forms(key).reverse();
    for (const form of candidates) {
      const hint = options.hints?.[form.key];
      if (hint) return hint;
    }
    for (const form of candidates) {
      const closest = closestLabel(form.key, entries);
      if (closest) return closest;
    }
    return undefined;
  };

  return (text) => {
    const exact = options.exact?.[text.normalize("NFC").trim().toLowerCase()];
    if (exact !== undefined) return readAs(exact);
    const found = match(text);
    if (found && "term" in found) return readAs(found.term.value);
    const repaired = cleanText(text).text;
    const repairedFound = repaired === text ? found : match(repaired);
    if (repairedFound && "term" in repairedFound) return readAs(repairedFound.term.value);
    const near = repairedFound ?? found;
    if (near && "near" in near) return unreadable(near.near.label);
    return unreadable(suggestion(foldKey(repaired)));
  };
}
