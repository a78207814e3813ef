import { cellAddress } from "../grid";
import type { RuleMessageKey } from "../i18n/messages/rules";
import type { Bilingual } from "../i18n/text";
import type { DayDate, Field } from "../model";
import { RULES, type RuleId, type Severity } from "./catalogue";

/**
 * A message parameter. Numbers, shares, dates and amounts stay values until a message is rendered, because each
 * language writes them differently ("69,5 %" / "69.5 %", "25.000.000" / "25,000,000").
 */
export type IssueParam =
  | string
  | number
  /** Text the caller supplies in both languages, e.g. the label of a reported figure. */
  | Bilingual
  /** A piece of the rule catalogue's messages, with its own parameters (a field name, "row 12 of sheet …"). */
  | { readonly kind: "text"; readonly key: RuleMessageKey; readonly params?: IssueParams }
  /** A fraction shown as a percentage: 0.695 → "69,5 %". */
  | { readonly kind: "share"; readonly value: number }
  | { readonly kind: "date"; readonly value: DayDate }
  /** An amount of money in VND: 25000000 → "25.000.000". */
  | { readonly kind: "money"; readonly value: number }
  /** Several parameters in a row, separated by "; " (rows on several sheets: "dòng 2, 5; dòng 3 của trang …"). */
  | { readonly kind: "list"; readonly items: readonly IssueParam[] };

export type IssueParams = Readonly<Record<string, IssueParam>>;

/** The value of a cell as it was typed (null when blank or not about one cell). */
export type TypedValue = string | number | boolean | null;

/** One finding of validation, located as precisely as the rule allows. */
export interface Issue {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** null only for a reported figure whose place is not known. */
  readonly sheet: string | null;
  /** 1-based sheet row; null for club-level issues. The cell's address ("C12") is `issueCell`'s. */
  readonly row: number | null;
  /** 1-based sheet column; null when the issue is not about one cell. */
  readonly column: number | null;
  readonly field: Field | null;
  readonly club: string | null;
  readonly value: TypedValue;
  /**
   * What the message needs beyond the issue's own place and value, which every message can use without them
   * being repeated here: {cell}, {row}, {field}, {expected} and {value} (see placeParam).
   */
  readonly params: IssueParams;
  /** A proposed replacement value. Only ever a proposal: core never changes a grid or a member. */
  readonly suggestion: string | null;
}

/** What a rule says about where and what; the severity comes from the catalogue. */
export type IssueDraft = Omit<Issue, "severity" | "rule">;

/** Every issue has the same properties in the same order, so that code reading a million of them stays fast. */
export function makeIssue(rule: RuleId, draft: IssueDraft): Issue {
  return {
    rule,
    severity: RULES[rule].severity,
    sheet: draft.sheet,
    row: draft.row,
    column: draft.column,
    field: draft.field,
    club: draft.club,
    value: draft.value,
    params: draft.params,
    suggestion: draft.suggestion,
  };
}

/**
 * The issue's cell as Excel names it ("C12"), or null when it is not about one cell. Made when it is shown,
 * not stored: a million issues would otherwise carry a million short strings that are rarely read.
 */
export function issueCell(issue: Pick<Issue, "row" | "column">): string | null {
  return issue.row === null || issue.column === null ? null : cellAddress(issue.row, issue.column);
}

/** For an issue whose message needs nothing beyond its place and value: a million of them share it. */
export const NO_PARAMS: IssueParams = Object.freeze({});

interface FieldTexts {
  readonly name: IssueParam;
  readonly expected: IssueParam;
}

const fieldTextsMade = new Map<Field, FieldTexts>();

/** A field's name and what it should hold, as message pieces made once per field, not once per message. */
function fieldTexts(field: Field): FieldTexts {
  let texts = fieldTextsMade.get(field);
  if (texts === undefined) {
    texts = {
      name: { kind: "text", key: `rule.field.${field}` },
      expected: { kind: "text", key: `rule.expect.${field}` },
    };
    fieldTextsMade.set(field, texts);
  }
  return texts;
}

/**
 * A parameter every message can use, from the issue's own properties; undefined when the issue has none of that
 * name. Made when a message is rendered, and only for the placeholders its template has: most of a large
 * register's issues are never shown.
 */
export function placeParam(issue: Issue, name: string): IssueParam | undefined {
  switch (name) {
    case "cell":
      return issueCell(issue) ?? "";
    case "value":
      return issue.value === null ? "" : String(issue.value);
    case "row":
      return issue.row ?? undefined;
    // The field's name as it reads inside a sentence, and what the field should hold.
    case "field":
      return issue.field === null ? undefined : fieldTexts(issue.field).name;
    case "expected":
      return issue.field === null ? undefined : fieldTexts(issue.field).expected;
    default:
      return undefined;
  }
}

/** "row 12", or "row 12 of sheet “Bản Hon”" when the row is on another sheet than the one the message is about. */
export function rowRefParam(row: number, sheet: string | null): IssueParam {
  return sheet === null
    ? { kind: "text", key: "rule.ref.row", params: { row } }
    : { kind: "text", key: "rule.ref.sheet-row", params: { row, sheet } };
}
