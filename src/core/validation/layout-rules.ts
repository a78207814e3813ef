/**
 * What the reader did not understand, said at the table's level instead of guessed: a header it cannot place,
 * a field the indicators need that no column gives (or whose column gives no readable value), a column most of
 * whose cells cannot be read, a totals row that disagrees with the list, rows that only repeat a filled-down value,
 * the header repeated down the list.
 */
import { columnLetters } from "../grid";
import { say } from "../i18n/text";
import {
  indicatorsRestingOn,
  INDICATOR_BY_ID,
  INDICATORS,
  type FactField,
  type IndicatorId,
} from "../indicators";
import type { Field, Member, MemberTable } from "../model";
import { isPlaceholderSheetName } from "../register/club-name";
import { columnsOf } from "../register/layout";
import { foldKey } from "../text/fold";
import { type Issue, type IssueDraft, type IssueParam, makeIssue, NO_PARAMS } from "./issue";

/** A fact the indicators count: the field a user knows it by, whether a table holds it, whether a member has it. */
interface CountedFact {
  readonly field: Field;
  readonly fact: FactField;
  readonly held: (table: MemberTable) => boolean;
  readonly known: (member: Member) => boolean;
}

const COUNTED_FACTS: readonly CountedFact[] = [
  {
    field: "gender",
    fact: "gender",
    // Headings ("I. NAM", "II. NỮ") and titles ("Ông", "Bà") give it too, with no column of their own.
    held: (t) =>
      t.columns.gender !== undefined ||
      t.splitBirth !== null ||
      columnsOf(t.layout, "gender-mark").length > 0 ||
      t.members.some((m) => m.gender !== null),
    known: (m) => m.gender !== null,
  },
  {
    field: "birth",
    fact: "age",
    held: (t) =>
      t.columns.birth !== undefined ||
      t.splitBirth !== null ||
      columnsOf(t.layout, "birth-part").length > 0,
    known: (m) => m.birth !== null,
  },
  {
    field: "ethnicity",
    fact: "minority",
    held: (t) =>
      t.columns.ethnicity !== undefined ||
      columnsOf(t.layout, "minority-mark").length > 0 ||
      columnsOf(t.layout, "minority-name").length > 0,
    known: (m) => m.minority !== null,
  },
  {
    field: "poverty",
    fact: "poverty",
    held: (t) =>
      t.columns.poverty !== undefined ||
      t.povertyMarks !== null ||
      t.layout.notesState.poverty ||
      t.povertyHeadings.length > 0,
    known: (m) => m.poverty !== null,
  },
  {
    field: "role",
    fact: "role",
    held: (t) => t.columns.role !== undefined || t.layout.notesState.role,
    known: (m) => m.role !== null,
  },
  {
    field: "loan",
    fact: "loan",
    held: (t) => t.columns.loan !== undefined,
    known: (m) => m.loan !== null,
  },
  {
    field: "contribution",
    fact: "contribution",
    held: (t) => t.columns.contribution !== undefined,
    known: (m) => m.contribution !== null,
  },
];

/**
 * Why a table's household statuses cannot say who is in hardship — an unmarked member may be — or null when they
 * can: ticks under "Hộ nghèo" / "Hộ cận nghèo" with no hardship column, or a value column whose header names
 * those two only ("Hộ nghèo, cận nghèo") and in which no member is in hardship; notes stating a status could say
 * it either way.
 */
function hardshipUnrecorded(table: MemberTable): IssueParam | null {
  if (table.layout.notesState.poverty) return null;
  const marks = table.povertyMarks;
  if (marks !== null && marks.hardship === undefined && table.columns.poverty === undefined)
    return { kind: "text", key: "rule.reason.no-hardship-column" };
  const column = table.layout.columns.find((c) => c.column === table.columns.poverty);
  if (marks !== null || column === undefined) return null;
  const header = foldKey(column.header);
  const namesPoverty = header.includes("ngheo") || /^(?:hn|hcn|cn)+$/.test(header);
  if (!namesPoverty || HARDSHIP_WORDS.test(header)) return null;
  if (table.members.some((member) => member.poverty === "hardship")) return null;
  return { kind: "text", key: "rule.reason.no-hardship-value", params: { header: column.header } };
}

/** Hardship in a folded header: "hoàn cảnh (khó khăn)", "khó khăn", "HCKK", "ĐBKK". */
const HARDSHIP_WORDS = /hoancanh|khokhan|hckk|dbkk/;

/** The household statuses the tables cannot all record: their figures are unknown over the tables together. */
export function unrecordedPoverty(tables: readonly MemberTable[]): "hardship"[] {
  return tables.some((table) => hardshipUnrecorded(table) !== null) ? ["hardship"] : [];
}

/** Whether a table holds a field in any layout (a column of its own, ticks, the split birth layout, notes). */
export function holdsField(table: MemberTable, field: Field): boolean {
  const counted = COUNTED_FACTS.find((f) => f.field === field);
  if (counted) return counted.held(table);
  // "Họ đệm" | "Tên" give the name in two columns, neither of them the name column.
  if (field === "name" && columnsOf(table.layout, "name-part").length > 0) return true;
  return table.columns[field] !== undefined;
}

export function tableIssue(
  table: MemberTable,
  rule: Parameters<typeof makeIssue>[0],
  draft: Partial<IssueDraft>
): Issue {
  return makeIssue(rule, {
    sheet: table.sheet,
    row: table.headerRows[0] ?? null,
    column: null,
    field: null,
    club: table.titleClub,
    value: null,
    params: { sheet: table.sheet },
    suggestion: null,
    ...draft,
  });
}

/**
 * Members counted in a club named after a sheet called "Sheet1" or "DS": the register names no club, and the
 * report would print the sheet's default name as one.
 */
export function unnamedClubIssues(table: MemberTable): Issue[] {
  if (table.titleClub !== null || !isPlaceholderSheetName(table.sheet)) return [];
  const sheetKey = foldKey(table.sheet);
  const count = table.members.filter((m) => foldKey(m.club) === sheetKey).length;
  if (count === 0) return [];
  return [tableIssue(table, "table.club-unnamed", { params: { sheet: table.sheet, count } })];
}

/** Headers the reader cannot place: reported, not guessed. */
export function unmappedColumnIssues(table: MemberTable): Issue[] {
  return table.layout.columns
    .filter((c) => c.role === null && c.reason === "unknown")
    .map((c) =>
      tableIssue(table, "table.unmapped-column", {
        column: c.column,
        value: c.header,
        params: { sheet: table.sheet, column: columnLetters(c.column), header: c.header },
      })
    );
}

/** The labels of the figures resting on a fact, in both languages: "Thành viên nữ, Thành viên nam, …". */
function figureNames(fact: FactField, ageThreshold: number) {
  const ids = indicatorsRestingOn(fact);
  const list = (lang: "vi" | "en") =>
    ids.map((id) => say(INDICATOR_BY_ID[id].label, lang, { ageThreshold })).join(", ");
  return { vi: list("vi"), en: list("en") };
}

/**
 * One warning per fact the figures need that this table cannot give: no column holds it, or no current member's
 * value of it can be read. Its figures are unknown (null), never 0; the warning names them.
 */
export function unknownFigureIssues(table: MemberTable, ageThreshold: number): Issue[] {
  const current = table.members.filter((m) => m.status === "current");
  if (current.length === 0) return [];
  const issues: Issue[] = [];
  for (const counted of COUNTED_FACTS) {
    const held = counted.held(table);
    if (held && current.some(counted.known)) {
      const hardship = counted.field === "poverty" ? hardshipUnrecorded(table) : null;
      if (hardship !== null) issues.push(hardshipIssue(table, ageThreshold, hardship));
      continue;
    }
    const field = { kind: "text", key: `rule.field.${counted.field}` } as const;
    issues.push(
      tableIssue(table, "table.figures-unknown", {
        field: counted.field,
        params: {
          sheet: table.sheet,
          reason: {
            kind: "text",
            key: held ? "rule.reason.nothing-readable" : "rule.reason.no-column",
            params: { field },
          },
          figures: figureNames(counted.fact, ageThreshold),
          figureIds: indicatorsRestingOn(counted.fact).join(","),
        },
      })
    );
  }
  return issues;
}

/** The figures of hardship cannot be computed: the register records poor and near-poor only. */
function hardshipIssue(table: MemberTable, ageThreshold: number, reason: IssueParam): Issue {
  const ids = INDICATORS_ASKING_HARDSHIP;
  const list = (lang: "vi" | "en") =>
    ids.map((id) => say(INDICATOR_BY_ID[id].label, lang, { ageThreshold })).join(", ");
  return tableIssue(table, "table.figures-unknown", {
    field: "poverty",
    params: {
      sheet: table.sheet,
      reason,
      figures: { vi: list("vi"), en: list("en") },
      figureIds: ids.join(","),
    },
  });
}

/** Whether a figure counts members in hardship, itself or through the figures it is made of. */
function asksHardship(id: IndicatorId): boolean {
  const { numerator, denominator } = INDICATOR_BY_ID[id];
  return [numerator, denominator].some((term) => {
    if (term === null) return false;
    if ("ref" in term) return asksHardship(term.ref);
    return (
      "count" in term &&
      term.count.some(
        (c) =>
          c.field === "poverty" &&
          (("equals" in c && c.equals === "hardship") ||
            ("oneOf" in c && c.oneOf.includes("hardship")))
      )
    );
  });
}

/** The catalogue's figures that count members in hardship. */
const INDICATORS_ASKING_HARDSHIP = INDICATORS.map((i) => i.id).filter(asksHardship);

/** A totals row whose stated count matches none of the counts it can mean. */
export function totalsIssues(table: MemberTable): Issue[] {
  return table.totalsRows
    .filter(
      (t) =>
        t.stated !== null &&
        ![t.section, t.sectionCurrent, t.above, t.aboveCurrent].includes(t.stated)
    )
    .map((t) =>
      tableIssue(table, "table.totals-mismatch", {
        row: t.row,
        value: t.stated,
        params: { stated: t.stated ?? 0, counted: t.section },
      })
    );
}

export function filledDownIssues(table: MemberTable): Issue[] {
  const tail = table.filledDown;
  if (tail === null) return [];
  return [
    tableIssue(table, "table.filled-down", {
      row: tail.first,
      value: tail.text,
      params: { sheet: table.sheet, first: tail.first, last: tail.last },
    }),
  ];
}

export function repeatedHeaderIssues(table: MemberTable): Issue[] {
  const name = table.layout.columns.find(
    (c) => c.role?.kind === "field" && c.role.field === "name"
  );
  return table.repeatedHeaderRows.map((row) =>
    tableIssue(table, "row.repeated-header", {
      row,
      value: name?.header ?? null,
      params: NO_PARAMS,
    })
  );
}

/** A member noted as having left the club: not counted, and said so on its row. */
export function formerMemberIssue(member: Member): Issue {
  return makeIssue("row.former-member", {
    sheet: member.sheet,
    row: member.row,
    column: null,
    field: null,
    club: member.club,
    value: member.statusNote,
    params: NO_PARAMS,
    suggestion: null,
  });
}

/** A column read for a field with this share of its filled cells unreadable is reported once, as a column. */
const UNREADABLE_COLUMN = { share: 0.5, min: 3 } as const;

/** The columns mostly unreadable: their cell issues give way to one issue for the column. */
export function unreadableColumns(table: MemberTable): {
  readonly column: number;
  readonly field: Field;
  readonly filled: number;
  readonly unreadable: number;
}[] {
  return table.columnReads.filter(
    (c) =>
      c.unreadable >= UNREADABLE_COLUMN.min && c.unreadable >= c.filled * UNREADABLE_COLUMN.share
  );
}

export function unreadableColumnIssue(
  table: MemberTable,
  column: ReturnType<typeof unreadableColumns>[number],
  example: Issue
): Issue {
  const header = table.layout.columns.find((c) => c.column === column.column)?.header ?? "";
  return tableIssue(table, "table.column-unreadable", {
    row: example.row,
    column: column.column,
    field: column.field,
    value: example.value,
    params: {
      sheet: table.sheet,
      column: columnLetters(column.column),
      header,
      filled: column.filled,
      unreadable: column.unreadable,
    },
  });
}
