/**
 * Several registers → one canonical member table: every member of every source in one grid, with the canonical
 * headers the register reader recognises, canonical values, and a source column naming file, sheet and row.
 * Reading the grid back gives the member table that a consolidated report is built on. Words are the report's
 * own typed texts ("Nữ", "Hộ nghèo", "Chủ nhiệm"), so its formulas count every member whose value was read.
 *
 * A value that could not be read is left blank, so that it counts as unknown in the report as in core, and it
 * is quoted in a note column instead, so nothing typed is lost.
 */
import type { CellValue, Grid } from "../grid";
import { messages } from "../i18n/messages";
import { say, type Lang } from "../i18n/text";
import type { DayDate, Field, Member, MemberTable } from "../model";
import { GENDER_TEXT, POVERTY_TEXT, ROLE_TEXT } from "../report/typed-values";

export interface ConsolidationSource {
  /**
   * How the source column names the file the table comes from, e.g. "clb-ban-hon.xlsx"; null for a sheet of the
   * workbook the gathered list is written into (the task pane's "all club sheets"): its sheet names it.
   */
  readonly label: string | null;
  readonly table: MemberTable;
}

type DataField = Exclude<Field, "no">;

/** In the order of the consolidated sheet; each header is the first synonym the reader knows for its field. */
const HEADERS: readonly (readonly [DataField, string])[] = [
  ["name", "Họ và tên"],
  ["gender", "Giới tính"],
  ["birth", "Năm sinh"],
  ["ethnicity", "Dân tộc"],
  ["poverty", "Hoàn cảnh"],
  ["club", "Tên CLB"],
  ["commune", "Xã"],
  ["village", "Thôn/Bản"],
  ["role", "Chức vụ"],
  ["group", "Tổ/Nhóm"],
  ["contribution", "Đóng góp"],
  ["loan", "Số tiền vay"],
  ["joined", "Ngày tham gia"],
];

const NUMBER_HEADER = "STT";

/** Whether a source table holds a field at all; the club is always known (from a column, a title or the sheet). */
function hasField(table: MemberTable, field: DataField): boolean {
  switch (field) {
    case "name":
    case "club":
      return true;
    case "gender":
    case "birth":
      return table.columns[field] !== undefined || table.splitBirth !== null;
    case "poverty":
      return table.columns.poverty !== undefined || table.povertyMarks !== null;
    default:
      return table.columns[field] !== undefined;
  }
}

/**
 * A bare year stays a number, as registers type it; a full date becomes a date cell (UTC midnight, as grids
 * hold dates), which the report's formulas count by age — they cannot count a date typed as text.
 */
export function dayDateCell(date: DayDate): CellValue {
  return date.month !== undefined && date.day !== undefined
    ? new Date(Date.UTC(date.year, date.month - 1, date.day))
    : date.year;
}

function canonicalCell(member: Member, field: DataField): CellValue {
  switch (field) {
    case "gender":
      return member.gender && GENDER_TEXT[member.gender];
    case "poverty":
      return member.poverty && POVERTY_TEXT[member.poverty];
    case "role":
      return member.role && ROLE_TEXT[member.role];
    case "birth":
    case "joined": {
      const date = member[field];
      return date && dayDateCell(date);
    }
    default:
      return member[field];
  }
}

/**
 * The note of a member who left ("Đã mất"), which reads back as a departure, then "không đọc được dân tộc
 * “Kinhh”" for each value of the row that could not be read; null when none.
 */
function noteOf(member: Member, lang: Lang): string | null {
  const departure = member.status === "former" ? [member.statusNote ?? ""] : [];
  const notes = member.problems
    .filter((p) => p.code === "unreadable" && p.value !== null)
    .map((p) =>
      say(messages["cli.consolidated.unread"], lang, {
        field: say(messages[`rule.field.${p.field}`], lang),
        value: String(p.value),
      })
    );
  const all = [...departure, ...notes];
  return all.length > 0 ? all.join("; ") : null;
}

export function consolidateMembers(
  sources: readonly ConsolidationSource[],
  sheet: string,
  lang: Lang
): Grid {
  const fields = HEADERS.filter(([field]) => sources.some((s) => hasField(s.table, field)));
  const body: CellValue[][] = [];
  for (const { label, table } of sources) {
    for (const member of table.members) {
      body.push([
        body.length + 1,
        ...fields.map(([field]) => canonicalCell(member, field)),
        label === null
          ? say(messages["cli.consolidated.sourceSheet"], lang, {
              sheet: member.sheet,
              row: member.row,
            })
          : say(messages["cli.consolidated.source"], lang, {
              file: label,
              sheet: member.sheet,
              row: member.row,
            }),
        noteOf(member, lang),
      ]);
    }
  }
  const header: CellValue[] = [
    NUMBER_HEADER,
    ...fields.map(([, text]) => text),
    say(messages["cli.consolidated.source-header"], lang),
    say(messages["cli.consolidated.note-header"], lang),
  ];
  // The note column only when there is a note to show.
  const hasNotes = body.some((row) => row[row.length - 1] !== null);
  const rows = [header, ...body].map((row) => (hasNotes ? row : row.slice(0, -1)));
  return { sheet, originRow: 1, originCol: 1, rows };
}
