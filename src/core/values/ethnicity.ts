import { foldKey } from "../text/fold";
import { memoize } from "../memo";
import { ETHNIC_GROUPS, KINH } from "./ethnic-groups";
import { textCellReader, withPhrases } from "./cell-reader";
import { vocabulary } from "./vocabulary";

/** The 54 groups' names and spellings, each read to its canonical name. */
const readGroupName = vocabulary(
  ETHNIC_GROUPS.map((group) => ({
    value: group.name,
    label: group.name,
    spellings: group.variants,
  })),
  {
    // "Dân tộc Thái", "DT Thái", "Người Thái": the prefix says what the column already says.
    prefixes: ["dantoc", "dt", "nguoi"],
    suffixes: ["do", "den", "trang", "hoa", "xanh", "lam", "vang", "hong"],
    hints: { man: "Dao", gialai: "Gia Rai" },
  }
);

/**
 * A sub-group written after its group's name ("Nùng Phàn Slình", "Dao Quần Chẹt", "Mường Bi"): the group the
 * first words name, when the words after them name no group of their own ("Kinh, Thái" names two: not read).
 */
function groupBeforeSubgroup(text: string): string | null {
  const words = text
    .trim()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  for (let k = words.length - 1; k >= 1; k--) {
    const head = readGroupName(words.slice(0, k).join(" "));
    if (!head.ok) continue;
    const rest = words.slice(k);
    if (rest.some((_, i) => readGroupName(rest.slice(i).join(" ")).ok)) return null;
    return head.value;
  }
  return null;
}

/**
 * An ethnic group read to its canonical name from the catalogue of 54. A numeric code is never read (the code
 * lists differ between 1979 and 2008). Unknown names get the nearest canonical name as suggestion ("Kinhh" →
 * "Kinh"); "Mán", an old exonym of the Dao, and "Gia Lai", the province often written for the Gia Rai, are only
 * suggested, not read. A sub-group named by its colour after the group ("Mông Hoa", "Mông Xanh", "Dao Đỏ",
 * "Thái Trắng") is its group: the colour words name no group of their own but "Hoa", which alone stays Hoa; so is
 * a sub-group named otherwise after its group ("Nùng Phàn Slình").
 */
export const readEthnicity = textCellReader(withPhrases(readGroupName, groupBeforeSubgroup));

/** Words a group name can take at most ("Bru Vân Kiều"). */
const LONGEST_NAME = 3;

/**
 * The groups a text names one after the other, when every word belongs to one ("Tày-Nùng", "Tày Nùng" → Tày,
 * Nùng; "Khơ Mú" is one group, "Bru-Vân Kiều" too); null when some word names none. Such a cell gives no group,
 * but when every group it names is a minority, it says that the member is of one.
 */
export function groupsNamed(text: string): string[] | null {
  const words = text.split(/[\s,;/&+\-–]+/).filter(Boolean);
  const groups: string[] = [];
  for (let at = 0; at < words.length;) {
    // The longest run of words from here that names a group.
    let found: { value: string; length: number } | null = null;
    for (let length = Math.min(LONGEST_NAME, words.length - at); length > 0 && !found; length--) {
      const read = readGroupName(words.slice(at, at + length).join(" "));
      if (read.ok) found = { value: read.value, length };
    }
    if (found === null) return null;
    groups.push(found.value);
    at += found.length;
  }
  return groups;
}

/**
 * Old names the GSO list gives to several groups, every one of them a minority: "Mán" (Dao, and others), "Trại"
 * (Sán Dìu), "Xá" (Khơ Mú, Xinh Mun, Kháng …). Such a cell gives no group but says the member is of a minority.
 */
const MINORITY_ONLY_NAMES = new Set(["man", "trai", "xa", "dantocman", "nguoiman"]);

/**
 * Whether a cell that names no one group says the member is of a minority: it names two or more groups, none of
 * them Kinh ("Tày-Nùng"), or an old name that only minorities bear ("Mán"). Kept by text: the same unread cells
 * come back on every recalculation, and trying their words against the 54 names is slow.
 */
export const namesMinorityOnly = memoize((text: string): boolean => {
  if (MINORITY_ONLY_NAMES.has(foldKey(text))) return true;
  const groups = groupsNamed(text);
  return groups !== null && groups.length > 1 && !groups.includes(KINH);
});
