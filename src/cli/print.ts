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
function issueLines(issues: readonly Issue[], lang: Lang, indent: string): string[] {
  const labels = issues.map((issue) => t(SEVERITY_LABEL[issue.severity], lang));
  const cells = issues.map((issue) => issueCell(issue) ?? "—");
  const labelWidth = widest(labels);
  const cellWidth = widest(cells);
  const under = indent + " ".repeat(labelWidth + cellWidth + 4);
  return issues.flatMap((issue, i) => {
    const line = `${indent}${labels[i].padEnd(labelWidth)}  ${cells[i].padEnd(cellWidth)}  ${issueMessage(issue, lang)}`;
    return issue.suggestion === null
      ? [line]
      : [line, under + t("cli.check.suggestion", lang, { suggestion: issue.suggestion })];
  });
}

export function checkText(result: CheckResult, lang: Lang): string {
  const lines: string[] = [];
  for (const { file, sheets } of result.files) {
    lines.push(t("cli.check.file", lang, { file }));
    for (const { sheet, members, issues } of sheets) {
      lines.push(
        "  " +
          (sheet === null
            ? t("cli.check.other-issues", lang)
            : t("cli.check.sheet", lang, { sheet, members, ...severityCounts(issues) }))
      );
      lines.push(...issueLines(issues, lang, "    "));
    }
    lines.push("");
  }
  const { error, warning, info } = result.summary;
  lines.push(t("cli.check.summary", lang, { errors: error, warnings: warning, infos: info }));
  return lines.join("\n") + "\n";
}

/** A figure in its catalogue format: a share as a percentage, an average with one decimal, a count whole. */
function formatFigure(value: number | null, format: string, lang: Lang): string {
  if (value === null) return "";
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
