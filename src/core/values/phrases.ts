/**
 * Facts written in free text: a note ("Ghi chú": "UV - Thủ quỹ", "Đã mất 3/2023"), a target-group column
 * ("Đối tượng": "Người khuyết tật, hộ nghèo", "NCT hộ nghèo") or a role cell that says more than the role
 * ("Phó chủ nhiệm kiêm thủ quỹ"). A text is cut into folded words and each phrase is looked for on word
 * boundaries, the longest first at each place, so "cận nghèo" is never read as "nghèo" and "Phó chủ nhiệm" never
 * as "chủ nhiệm". Missing diacritics are forgiven, contradicting ones are not ("Thánh viên" is no "thành viên"),
 * as in every closed list (diacritics.ts). A phrase is a fact only where the table's phrases give it one meaning.
 */
import type { BoardRole, Poverty } from "../model";
import { foldKey } from "../text/fold";
import { agrees, lettersOf, type Letter } from "./diacritics";

/** A member still in the club, or one the register keeps but who has left it (died, moved, withdrew). */
export type MemberStatus = "current" | "former";

/** A word as typed: its folded key, and its letters' diacritics for the agreement check. */
interface Word {
  readonly key: string;
  readonly letters: readonly Letter[];
}

interface Phrase<T> {
  readonly words: readonly Word[];
  readonly value: T;
}

interface PhraseTable<T> {
  /** By the first word's key: the phrases starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase<T>[]>;
}

/** "Người khuyết tật, hộ nghèo" → the words "người", "khuyết", "tật", "hộ", "nghèo". */
function wordsOf(text: string): Word[] {
  return text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => ({ key: foldKey(word), letters: lettersOf(word) }))
    .filter((word) => word.key !== "");
}

function phraseTable<T>(entries: Readonly<Record<string, T>>): PhraseTable<T> {
  const byFirstWord = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of Object.entries(entries)) {
    const words = wordsOf(phrase);
    const list = byFirstWord.get(words[0].key) ?? [];
    list.push({ words, value });
    byFirstWord.set(words[0].key, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

function sameWord(typed: Word | undefined, spelled: Word): boolean {
  return typed !== undefined && typed.key === spelled.key && agrees(typed.letters, spelled.letters);
}

/** Every phrase of the table found in the text, in text order; found phrases do not overlap. */
function findAll<T>(table: PhraseTable<T>, words: readonly Word[]): T[] {
  const found: T[] = [];
  for (let i = 0; i < words.length;) {
    const match = table.byFirstWord
      .get(words[i].key)
      ?.find((phrase) => phrase.words.every((word, k) => sameWord(words[i + k], word)));
    if (match) {
      found.push(match.value);
      i += match.words.length;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * Poverty words of the social-policy lists. "Thoát nghèo" (out of poverty), "không nghèo" and the classes above
 * near-poor ("trung bình", "khá") say "not poor" as plainly as a blank.
 */
const POVERTY_PHRASES = phraseTable<Poverty>({
  "hộ nghèo": "poor",
  nghèo: "poor",
  hn: "poor",
  "cận nghèo": "near-poor",
  "hộ cận nghèo": "near-poor",
  hcn: "near-poor",
  "khó khăn": "hardship",
  "hoàn cảnh khó khăn": "hardship",
  "đặc biệt khó khăn": "hardship",
  hckk: "hardship",
  hcđbkk: "hardship",
  "thoát nghèo": "none",
  "thoát cận nghèo": "none",
  "không nghèo": "none",
  "không khó khăn": "none",
  "trung bình": "none",
  "hộ tb": "none",
  "hộ khá": "none",
  "bình thường": "none",
});

/**
 * Board roles as notes and role cells write them. "CN" in a note or a role cell of a club register is its
 * chair ("P.CN" its vice-chair); the secretary, treasurer and accountant sit on the board.
 */
const ROLE_PHRASES = phraseTable<BoardRole>({
  "chủ nhiệm": "chair",
  "c nhiệm": "chair",
  cn: "chair",
  "phó chủ nhiệm": "vice-chair",
  "p chủ nhiệm": "vice-chair",
  "p nhiệm": "vice-chair",
  "phó cn": "vice-chair",
  "p cn": "vice-chair",
  pcn: "vice-chair",
  "ủy viên": "board-member",
  uv: "board-member",
  "thư ký": "board-member",
  "thủ quỹ": "board-member",
  "kế toán": "board-member",
  "thành viên": "member",
  "hội viên": "member",
  tv: "member",
});

/** Notes that say a listed member has left: died, moved away, withdrew. */
const STATUS_PHRASES = phraseTable<MemberStatus>({
  "đã mất": "former",
  "mất năm": "former",
  "từ trần": "former",
  "đã từ trần": "former",
  "qua đời": "former",
  "đã chết": "former",
  "chuyển đi": "former",
  "đã chuyển đi": "former",
  "chuyển khẩu": "former",
  "chuyển nơi khác": "former",
  "chuyển nơi ở": "former",
  "chuyển địa bàn": "former",
  "xin ra": "former",
  "xin ra khỏi": "former",
  "ra khỏi clb": "former",
  "ra khỏi câu lạc bộ": "former",
  "xin rút": "former",
  "rút khỏi": "former",
  "thôi tham gia": "former",
  "không tham gia nữa": "former",
  "đã nghỉ": "former",
  "xin nghỉ": "former",
  "nghỉ sinh hoạt": "former",
  "xóa tên": "former",
  // "Đinh Quang Hùng (xoá)": a row kept in the list but struck off it.
  xóa: "former",
  xoá: "former",
  "đã xóa": "former",
  "đã xoá": "former",
});

/** The one value the phrases found in a text agree on; null when none is found or they disagree. */
function onlyValue<T>(values: readonly T[]): T | null {
  if (values.length === 0) return null;
  return values.every((value) => value === values[0]) ? values[0] : null;
}

/** The poverty status a free text states; null when it states none, or two that disagree. */
export function povertyInText(text: string): Poverty | null {
  return onlyValue(findAll(POVERTY_PHRASES, wordsOf(text)));
}

const ROLE_RANK: Readonly<Record<BoardRole, number>> = {
  chair: 3,
  "vice-chair": 2,
  "board-member": 1,
  member: 0,
};

/** The highest board role a text names ("Phó chủ nhiệm kiêm thủ quỹ" → vice-chair); null when none. */
export function roleInText(text: string): BoardRole | null {
  const roles = findAll(ROLE_PHRASES, wordsOf(text));
  if (roles.length === 0) return null;
  return roles.reduce((best, role) => (ROLE_RANK[role] > ROLE_RANK[best] ? role : best));
}

/** "former" when a note says the member left the club; null when it says nothing of it. */
export function statusInText(text: string): MemberStatus | null {
  return onlyValue(findAll(STATUS_PHRASES, wordsOf(text)));
}
