/**
 * The register's columns: the header the reader knows each by (header-synonyms.ts), its width, its number
 * format, and what it accepts — lists from the catalogues, births within the plausible ages (age.ts) counted
 * from the current year, money not below 0. Messages come from the one message catalogue.
 */
import { PLAUSIBLE_AGE } from "../age";
import { messages, type MessageKey } from "../i18n/messages";
import { say, type Lang } from "../i18n/text";
import type { CellStyle } from "../report/layout";
import { dayDateToExcelSerial } from "../values/excel-serial";
import type { ListId } from "./catalogue-sheet";
import type { Message, ValidationRule } from "./layout";
import { ALL_SIDES, text as cellStyle } from "../report/styles";

/** How the birth is written: a year, a full date, or a year under "Nam" or "Nữ" (which also gives the gender). */
export type BirthLayout = "year" | "date" | "split";

export interface TemplateColumn {
  /** The header in the table's header row (the lower one in the split layout). */
  readonly header: string;
  /** A header over this column and the next ("Năm sinh" over "Nam" and "Nữ"). */
  readonly group?: string;
  /** Points; null: the room the other columns leave. */
  readonly points: number | null;
  readonly style: "tdNo" | "tdText" | "tdCenter" | "tdYear" | "tdDate" | "tdMoney";
  readonly rule: ValidationRule;
  readonly prompt: Message;
  readonly error: Message;
  /** false: a value outside the rule is warned about but may be kept (a note). */
  readonly strict: boolean;
}

export interface ColumnContext {
  readonly lang: Lang;
  readonly currentYear: number;
  readonly sources: Readonly<Record<ListId, string>>;
}

/** Longest name or village accepted: longer text is a paste gone wrong. */
const MAX_TEXT = 100;
/** How far back a joining date may go: clubs of the programme are younger than this. */
const JOINED_YEARS_BACK = 30;
const MAX_NUMBER = 9999;

const text = (key: MessageKey, lang: Lang, params = {}) => say(messages[key], lang, params);
const formatDay = (year: number, month: number, day: number) =>
  `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;

/** The columns of the register, left to right. */
export function templateColumns(birth: BirthLayout, context: ColumnContext): TemplateColumn[] {
  const { lang, currentYear, sources } = context;
  const errorTitle = text("template.error.title", lang);
  const column = (
    header: string,
    id: string,
    points: number | null,
    style: TemplateColumn["style"],
    rule: ValidationRule,
    params: Record<string, string | number> = {},
    errorKey = `template.error.${id}`
  ): TemplateColumn => ({
    header,
    points,
    style,
    rule,
    prompt: {
      title: text(`template.prompt.${id}` as MessageKey, lang),
      text: text(`template.text.${id}` as MessageKey, lang, params),
    },
    error: { title: errorTitle, text: text(errorKey as MessageKey, lang, params) },
    strict: true,
  });
  const list = (id: ListId): ValidationRule => ({ kind: "list", source: sources[id] });

  const years = { min: currentYear - PLAUSIBLE_AGE.max, max: currentYear - PLAUSIBLE_AGE.min };
  const ages = { minAge: PLAUSIBLE_AGE.min, maxAge: PLAUSIBLE_AGE.max };
  const yearRule: ValidationRule = { kind: "whole", ...years };
  const birthColumns: TemplateColumn[] =
    birth === "split"
      ? (["Nam", "Nữ"] as const).map((header) => ({
          ...column(
            header,
            header === "Nam" ? "birthMale" : "birthFemale",
            40,
            "tdYear",
            yearRule,
            years,
            "template.error.birthYear"
          ),
          group: "Năm sinh",
        }))
      : birth === "date"
        ? [
            column(
              "Ngày sinh",
              "birthDate",
              62,
              "tdDate",
              {
                kind: "date",
                min: dayDateToExcelSerial({ year: years.min, month: 1, day: 1 }),
                max: dayDateToExcelSerial({ year: years.max, month: 12, day: 31 }),
              },
              { min: formatDay(years.min, 1, 1), max: formatDay(years.max, 12, 31) }
            ),
          ]
        : [column("Năm sinh", "birthYear", 42, "tdYear", yearRule, { ...years, ...ages })];
  const gender =
    birth === "split" ? [] : [column("Giới tính", "gender", 40, "tdCenter", list("gender"))];
  const joinedFrom = currentYear - JOINED_YEARS_BACK;
  const money = (header: string, id: "contribution" | "loan") =>
    column(header, id, 60, "tdMoney", { kind: "decimal", min: 0 }, {}, "template.error.money");

  return [
    column(
      "STT",
      "no",
      28,
      "tdNo",
      { kind: "whole", min: 1, max: MAX_NUMBER },
      { max: MAX_NUMBER }
    ),
    column(
      "Họ và tên",
      "name",
      112,
      "tdText",
      { kind: "textLength", min: 2, max: MAX_TEXT },
      { max: MAX_TEXT }
    ),
    ...gender,
    ...birthColumns,
    column("Dân tộc", "ethnicity", 54, "tdText", list("ethnicity")),
    column(
      "Thôn/bản",
      "village",
      56,
      "tdText",
      { kind: "textLength", min: 0, max: MAX_TEXT },
      { max: MAX_TEXT }
    ),
    column("Hộ nghèo/cận nghèo", "poverty", 70, "tdText", list("poverty")),
    column("Chức vụ", "role", 62, "tdText", list("role")),
    column(
      "Ngày vào CLB",
      "joined",
      62,
      "tdDate",
      {
        kind: "date",
        min: dayDateToExcelSerial({ year: joinedFrom, month: 1, day: 1 }),
        max: dayDateToExcelSerial({ year: currentYear, month: 12, day: 31 }),
      },
      { min: formatDay(joinedFrom, 1, 1), max: formatDay(currentYear, 12, 31) }
    ),
    money("Đóng góp", "contribution"),
    money("Số tiền vay", "loan"),
    {
      ...column("Ghi chú", "notes", null, "tdText", list("departure")),
      error: {
        title: text("template.error.noteTitle", lang),
        text: text("template.error.notes", lang),
      },
      strict: false,
    },
  ];
}

function cell(horizontal: CellStyle["horizontal"], numberFormat?: string): CellStyle {
  return cellStyle(
    11,
    horizontal,
    {},
    { border: ALL_SIDES, ...(numberFormat ? { numberFormat } : {}) }
  );
}

/** The data cells' styles, by `TemplateColumn.style`. */
export const COLUMN_STYLES: Readonly<Record<TemplateColumn["style"], CellStyle>> = {
  tdNo: cell("center", "0"),
  tdText: cell("left"),
  tdCenter: cell("center"),
  tdYear: cell("center", "0"),
  tdDate: cell("center", "dd/mm/yyyy"),
  tdMoney: cell("right", "#,##0"),
};
