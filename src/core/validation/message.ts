import { messages } from "../i18n/messages";
import { fill, type Lang } from "../i18n/text";
import { RULES } from "./catalogue";
import { formatAmount, formatDay, formatShare } from "./format";
import { type Issue, issueCell, type IssueParam, type IssueParams, placeParams } from "./issue";

function renderParam(param: IssueParam, lang: Lang): string {
  if (typeof param === "string" || typeof param === "number") return String(param);
  if (!("kind" in param)) return param[lang];
  switch (param.kind) {
    case "text":
      return fill(messages[param.key][lang], renderParams(param.params ?? {}, lang));
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

function renderParams(params: IssueParams, lang: Lang): Record<string, string> {
  const rendered: Record<string, string> = {};
  for (const [name, param] of Object.entries(params)) rendered[name] = renderParam(param, lang);
  return rendered;
}

/** The issue's message from the rule catalogue, in Vietnamese or English. */
export function issueMessage(issue: Issue, lang: Lang): string {
  const params = { ...placeParams(issue), ...issue.params };
  return fill(messages[RULES[issue.rule].message][lang], renderParams(params, lang));
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
