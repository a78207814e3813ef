/**
 * The text a report formula matches in the member sheet for each canonical value: the usual Vietnamese spelling,
 * which is the label of the corresponding reader in src/core/values (a test keeps them in step).
 *
 * COUNTIFS compares whole cells, ignoring case only. So a formula counts "Nữ" and "NỮ" but not the other spellings
 * core reads: "nu" or "Nư" without diacritics, "Nữ giới", "F", legacy TCVN3/VNI text ("N÷"), NFD text, text with
 * stray spaces; "Uỷ viên" with the old tone placement; "HN", "HCN", "Nghèo", "CN", "PCN", "UV" and the other
 * abbreviations. Such cells make the recalculated figure differ from core's, and reading the figures back shows it.
 */
import type { CategoryFacts, FactField } from "../indicators/criteria";
import type { BoardRole, Gender, Poverty } from "../model";
import { ETHNIC_GROUPS } from "../values/ethnic-groups";

export const GENDER_TEXT: Readonly<Record<Gender, string>> = { male: "Nam", female: "Nữ" };

export const POVERTY_TEXT: Readonly<Record<Poverty, string>> = {
  poor: "Hộ nghèo",
  "near-poor": "Cận nghèo",
  hardship: "Hoàn cảnh khó khăn",
  none: "Không",
};

export const ROLE_TEXT: Readonly<Record<BoardRole, string>> = {
  chair: "Chủ nhiệm",
  "vice-chair": "Phó chủ nhiệm",
  "board-member": "Ủy viên",
  member: "Thành viên",
};

/** Whether a member belongs to an ethnic minority, as the report's data sheet writes it. */
export const MINORITY_TEXT: Readonly<Record<CategoryFacts["minority"], string>> = {
  yes: "Có",
  no: "Không",
};

/** The typed text of a canonical value: ethnic groups and clubs are written as their canonical names. */
export function typedText<F extends keyof CategoryFacts>(
  field: F,
  value: CategoryFacts[F]
): string {
  if (field === "gender") return GENDER_TEXT[value as Gender];
  if (field === "poverty") return POVERTY_TEXT[value as Poverty];
  if (field === "role") return ROLE_TEXT[value as BoardRole];
  if (field === "minority") return MINORITY_TEXT[value as CategoryFacts["minority"]];
  return value as string;
}

const ETHNIC_NAMES = ETHNIC_GROUPS.map((group) => group.name);

/**
 * The typed texts of every value of a field whose values form a closed list: the two genders, the four poverty
 * statuses, the four roles, the 54 ethnic groups. A club is any name and money any amount: no list (null).
 */
export function closedListTexts(field: FactField): readonly string[] | null {
  if (field === "gender") return Object.values(GENDER_TEXT);
  if (field === "poverty") return Object.values(POVERTY_TEXT);
  if (field === "role") return Object.values(ROLE_TEXT);
  if (field === "ethnicity") return ETHNIC_NAMES;
  if (field === "minority") return Object.values(MINORITY_TEXT);
  return null;
}
