import { messages } from "../i18n/messages";
import { fillFrom, type Lang } from "../i18n/text";
import { RULES } from "./catalogue";
import { formatAmount, formatDay, formatShare } from "./format";
import {
  type Issue,
  type IssueParam,
  type IssueParams,
  issueCell,
  NO_PARAMS,
  placeParam,
} from "./issue";

function renderParam(param: IssueParam, lang: Lang): string {
  if (typeof param === "string" || typeof param === "number") return String(param);
  if (!("kind" in param)) return param[lang];
  switch (param.kind) {
    case "text":
      return fillFrom(messages[param.key][lang], NESTED_PARAM[lang], param.params ?? NO_PARAMS);
    case "share":
      return formatShare(param.value, lang);
    case "date":
      return formatDay(param.value);
    case "money":
      return formatAmount(param.value, lang);
    case "list":
      return param.items.map((item) => renderParam(item, lang)).join("; ");
  }
}

function renderedParam(params: IssueParams, name: string, lang: Lang): string | undefined {
  return Object.prototype.hasOwnProperty.call(params, name)
    ? renderParam(params[name], lang)
    : undefined;
}

/** The issue's own parameters before those of its place and value. */
function issueParam(issue: Issue, name: string, lang: Lang): string | undefined {
  const own = renderedParam(issue.params, name, lang);
  if (own !== undefined) return own;
  const place = placeParam(issue, name);
  return place === undefined ? undefined : renderParam(place, lang);
}

// One placeholder reader per language, made once: a call of CLUB.ISSUES renders thousands of messages.
const ISSUE_PARAM: Readonly<Record<Lang, (name: string, issue: Issue) => string | undefined>> = {
  vi: (name, issue) => issueParam(issue, name, "vi"),
  en: (name, issue) => issueParam(issue, name, "en"),
};
const NESTED_PARAM: Readonly<
  Record<Lang, (name: string, params: IssueParams) => string | undefined>
> = {
  vi: (name, params) => renderedParam(params, name, "vi"),
  en: (name, params) => renderedParam(params, name, "en"),
};

/**
 * The issue's message from the rule catalogue, in Vietnamese or English. Only the placeholders its template has
 * are rendered, the issue's own parameters before those of its place and value.
 */
export function issueMessage(issue: Issue, lang: Lang): string {
  return fillFrom(messages[RULES[issue.rule].message][lang], ISSUE_PARAM[lang], issue);
}

/** One issue as the command line prints it (one JSON object per issue). */
export interface IssueRecord {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: number | null;
  readonly field: string | null;
  readonly value: string | number | boolean | null;
  readonly message: string;
  readonly suggestion: string | null;
  /** The indicator catalogue's ids of the figures the issue is about (figures that cannot be computed). */
  readonly figures?: readonly string[];
}

export function issueRecord(issue: Issue, lang: Lang): IssueRecord {
  const { rule, severity, sheet, row, field, value, suggestion } = issue;
  const figureIds = issue.params.figureIds;
  return {
    rule,
    severity,
    sheet,
    cell: issueCell(issue),
    row,
    field,
    value,
    message: issueMessage(issue, lang),
    suggestion,
    ...(typeof figureIds === "string" ? { figures: figureIds.split(",") } : {}),
  };
}
