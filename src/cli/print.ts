/**
 * The human-readable output: aligned columns, labels from the message and indicator catalogues, numbers written
 * the way each language writes them ("69,5 %" / "69.5 %", "25.000.000" / "25,000,000").
 */
import { messages } from "../core/i18n/messages";
import type { CliMessageKey } from "../core/i18n/messages/cli";
import { say, type Lang, type Params } from "../core/i18n/text";
import type { Indicator, IndicatorValues } from "../core/indicators";
import { issueCell, issueMessage, type Issue, type Severity } from "../core/validation";
import { formatAmount, formatDay, formatShare } from "../core/validation/format";
import type { CheckResult } from "./check";
import { CLUB_INDICATORS, totalIndicators } from "./figures";
import type { ReportResult } from "./report";
import type { StatsResult } from "./stats";

function t(key: CliMessageKey, lang: Lang, params?: Params): string {
  return say(messages[key], lang, params);
}

function widest(texts: readonly string[]): number {
  return texts.reduce((width, text) => Math.max(width, text.length), 0);
}

const SEVERITY_LABEL: Readonly<Record<Severity, CliMessageKey>> = {
  error: "cli.severity.error",
  warning: "cli.severity.warning",
  info: "cli.severity.info",
};

function severityCounts(issues: readonly Issue[]): Params {
  const count = (severity: Severity) => issues.filter((i) => i.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

/** One line per issue: severity, cell, message; its suggestion on the next line, under the message. */
function* issueLines(issues: readonly Issue[], lang: Lang, indent: string): Generator<string> {
  const labels = issues.map((issue) => t(SEVERITY_LABEL[issue.severity], lang));
  const cells = issues.map((issue) => issueCell(issue) ?? "—");
  const labelWidth = widest(labels);
  const cellWidth = widest(cells);
  const under = indent + " ".repeat(labelWidth + cellWidth + 4);
  for (const [i, issue] of issues.entries()) {
    yield `${indent}${labels[i].padEnd(labelWidth)}  ${cells[i].padEnd(cellWidth)}  ${issueMessage(issue, lang)}`;
    if (issue.suggestion !== null) {
      yield under + t("cli.check.suggestion", lang, { suggestion: issue.suggestion });
    }
  }
}

/** Issues a text report lists without --all: enough for any register worth reading in a terminal. */
const LISTED_ISSUES = 500;

/** Lines gathered into chunks of about this many characters, each written in one go. */
const CHUNK = 1 << 16;

/** Lines → newline-ended chunks, so that an output of any size is never one string. */
function* chunked(lines: Iterable<string>): Generator<string> {
  let chunk = "";
  for (const line of lines) {
    chunk += line + "\n";
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

/**
 * The issues by file and sheet. Without `all`, the first LISTED_ISSUES are listed, each sheet still heads its
 * counts and says how many of its issues are not listed, and a last line tells how to see them all.
 */
export function checkText(result: CheckResult, lang: Lang, all = false): Iterable<string> {
  return chunked(checkLines(result, lang, all ? Infinity : LISTED_ISSUES));
}

function* checkLines(result: CheckResult, lang: Lang, budget: number): Generator<string> {
  let listed = 0;
  let total = 0;
  for (const { file, sheets } of result.files) {
    yield t("cli.check.file", lang, { file });
    for (const { sheet, members, issues } of sheets) {
      yield (
        "  " +
        (sheet === null
          ? t("cli.check.other-issues", lang)
          : t("cli.check.sheet", lang, { sheet, members, ...severityCounts(issues) }))
      );
      const shown = issues.length <= budget - listed ? issues : issues.slice(0, budget - listed);
      yield* issueLines(shown, lang, "    ");
      listed += shown.length;
      total += issues.length;
      if (shown.length < issues.length) {
        yield "    " + t("cli.check.more-on-sheet", lang, { count: issues.length - shown.length });
      }
    }
    yield "";
  }
  const { error, warning, info } = result.summary;
  yield t("cli.check.summary", lang, { errors: error, warnings: warning, infos: info });
  if (listed < total) yield t("cli.check.capped", lang, { shown: listed, total });
}

/** A figure in its catalogue format: a share as a percentage, an average with one decimal, a count whole. */
function formatFigure(value: number | null, format: string, lang: Lang): string {
  // A figure that cannot be computed is blank, never "Infinity" or "NaN".
  if (value === null || !Number.isFinite(value)) return "";
  if (format.endsWith("%")) return formatShare(value, lang);
  const decimals = format.includes(".") ? 1 : 0;
  return formatAmount(Math.round(value * 10 ** decimals) / 10 ** decimals, lang);
}

/** Columns per block: a wider table would wrap in an 80–100 column terminal. */
const COLUMNS_PER_BLOCK = 4;

interface Column {
  readonly title: string;
  readonly cell: (indicator: Indicator) => string;
}

/** Indicators down, clubs across; the label column repeats in each block of columns. */
function tableLines(
  labelTitle: string,
  rows: readonly string[],
  columns: readonly Column[],
  indicators: readonly Indicator[]
): string[] {
  const labelWidth = widest([labelTitle, ...rows]);
  const lines: string[] = [];
  for (let start = 0; start < columns.length; start += COLUMNS_PER_BLOCK) {
    const block = columns.slice(start, start + COLUMNS_PER_BLOCK);
    const cells = block.map((column) => indicators.map(column.cell));
    const widths = block.map((column, c) => widest([column.title, ...cells[c]]));
    const line = (label: string, values: readonly string[]) =>
      [label.padEnd(labelWidth), ...values.map((v, c) => v.padStart(widths[c]))]
        .join("  ")
        .trimEnd();
    if (lines.length > 0) lines.push("");
    lines.push(
      line(
        labelTitle,
        block.map((column) => column.title)
      )
    );
    indicators.forEach((_, r) =>
      lines.push(
        line(
          rows[r],
          cells.map((column) => column[r])
        )
      )
    );
  }
  return lines;
}

export function statsText(result: StatsResult, lang: Lang): string {
  const { total, clubs } = result.indicators;
  const { ageThreshold } = result;
  const label = (indicator: Indicator) => say(indicator.label, lang, { ageThreshold });
  const figure = (values: IndicatorValues, indicator: Indicator) =>
    formatFigure(values[indicator.id], indicator.format, lang);
  const columns: Column[] = [
    ...clubs.map(({ club, values }) => ({
      title: club,
      cell: (indicator: Indicator) =>
        CLUB_INDICATORS.includes(indicator) ? figure(values, indicator) : "",
    })),
    { title: t("cli.stats.total", lang), cell: (indicator: Indicator) => figure(total, indicator) },
  ];
  // With the threshold at 55, "under 55" is both the younger members and the first age band: shown once.
  const seen = new Set<string>();
  const indicators = totalIndicators(total).filter((indicator) => {
    const row = [label(indicator), ...columns.map((column) => column.cell(indicator))].join("\t");
    if (seen.has(row)) return false;
    seen.add(row);
    return true;
  });
  const labels = indicators.map(label);
  const lines = [
    t("cli.stats.title", lang, { date: formatDay(result.reportDate), ageThreshold }),
    "",
    ...tableLines(t("cli.stats.indicator", lang), labels, columns, indicators),
  ];

  const { cumulative } = result;
  if (cumulative !== null) {
    const rows: [string, string][] = [];
    if (cumulative.foundedBefore !== null) {
      rows.push([
        t("cli.stats.founded-before", lang),
        formatAmount(cumulative.foundedBefore, lang),
      ]);
    }
    rows.push([t("cli.stats.cumulative-clubs", lang), formatAmount(cumulative.clubs, lang)]);
    if (cumulative.target !== null) {
      rows.push([t("cli.stats.target", lang), formatAmount(cumulative.target, lang)]);
      rows.push([
        t("cli.stats.cumulative-rate", lang),
        formatFigure(cumulative.rate, "0.0%", lang),
      ]);
    }
    const labelWidth = widest(rows.map(([label]) => label));
    const valueWidth = widest(rows.map(([, value]) => value));
    lines.push(
      "",
      ...rows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`)
    );
  }
  return lines.join("\n") + "\n";
}

export function reportText(result: ReportResult, lang: Lang): string {
  const lines: string[] = [];
  if (result.consolidated) {
    const { members, tables, files, membersSheet: sheet } = result;
    lines.push(t("cli.report.consolidated", lang, { members, tables, files, sheet }));
  }
  const annexes = result.annexes.map((name) => `“${name}”`).join(", ");
  lines.push(t("cli.report.written", lang, { file: result.out, sheet: result.sheet, annexes }));
  if (result.copiedFrom !== null && result.unkept.length > 0) {
    const parts = result.unkept.map((part) => t(`cli.part.${part}`, lang)).join(", ");
    lines.push(t("cli.report.unkept", lang, { parts, file: result.copiedFrom }));
  }
  const { error, warning } = result.summary;
  if (error + warning > 0) {
    lines.push(t("cli.report.has-issues", lang, { errors: error, warnings: warning }));
  }
  return lines.join("\n") + "\n";
}
