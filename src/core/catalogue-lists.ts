/**
 * The catalogues' canonical values as lists for a sheet ("Danh mục"): the template's dropdowns choose from them,
 * and the report's vocabulary sheet holds them beside its look-up table, so a register typed from the template
 * and the report counting it speak one vocabulary. Read from the catalogues in code, never copied.
 */
import type { Lang } from "./i18n/text";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "./report/typed-values";
import { ETHNIC_GROUPS } from "./values/ethnic-groups";

/** The note that says a listed member has left, in the words the reader knows (values/phrases.ts). */
export const DEPARTURE_NOTES = ["Đã mất", "Chuyển đi", "Xin ra khỏi CLB"] as const;

export interface CatalogueList {
  readonly id: "gender" | "ethnicity" | "poverty" | "role" | "departure";
  /** The list's header, in the sheet's language. */
  readonly title: Readonly<Record<Lang, string>>;
  readonly values: readonly string[];
}

export const CATALOGUE_LISTS: readonly CatalogueList[] = [
  { id: "gender", title: { vi: "Giới tính", en: "Gender" }, values: Object.values(GENDER_TEXT) },
  {
    id: "ethnicity",
    title: { vi: "Dân tộc", en: "Ethnic group" },
    values: ETHNIC_GROUPS.map((group) => group.name),
  },
  {
    id: "poverty",
    title: { vi: "Hoàn cảnh", en: "Household status" },
    values: Object.values(POVERTY_TEXT),
  },
  { id: "role", title: { vi: "Chức vụ", en: "Board role" }, values: Object.values(ROLE_TEXT) },
  {
    id: "departure",
    title: { vi: "Đã rời CLB", en: "Left the club" },
    values: DEPARTURE_NOTES,
  },
];
