/**
 * `--json`: the public JSON contract of each command (field names are an interface: change them only additively).
 * Dates are ISO (YYYY-MM-DD); shares are fractions of `members`; a figure that cannot be computed is null.
 */
import { columnLetters } from "../core/grid";
import type { Lang } from "../core/i18n/text";
import { roleName, type RegisterLayout } from "../core/register";
import type { IndicatorValues } from "../core/indicators";
import type { DayDate } from "../core/model";
import { issueRecord, type Severity } from "../core/validation";
import type { CheckResult } from "./check";
import { CLUB_INDICATORS, totalIndicators } from "./figures";
import { streamedList, streamJson } from "./json-stream";
import type { ReportResult } from "./report";
import type { StatsResult } from "./stats";

function stringify(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

function isoDate(date: DayDate): string {
  const two = (n: number | undefined) => String(n ?? 1).padStart(2, "0");
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

function summaryJson(summary: Readonly<Record<Severity, number>>) {
  return { errors: summary.error, warnings: summary.warning, infos: summary.info };
}

/**
 * Written in pieces: a million issues make a JSON text longer than a JavaScript string can be. The text is
 * the same as `JSON.stringify(…, null, 2)` of the whole. Each issue's `sheet` is the sheet it is listed under
 * (a batch run names sheets "[file]sheet" inside; see batch.ts).
 */
/**
 * The layout a sheet was read with: header rows, the column-numbering row, and each column with its header, its
 * role by the name `--map` takes, and why it was read so. A column's role can be given back as `--map`.
 */
function layoutJson(layout: RegisterLayout) {
  return {
    headerRows: layout.headerRows,
    codeRow: layout.codeRow,
    firstDataRow: layout.firstDataRow,
    columns: layout.columns.map((c) => ({
      column: columnLetters(c.column),
      header: c.header,
      role: roleName(c.role),
      reason: c.reason,
      ...(c.scale ? { scale: c.scale } : {}),
      ...(c.codes ? { codes: c.codes } : {}),
    })),
    notesState: layout.notesState,
    ...(layout.titleClub ? { titleClub: layout.titleClub } : {}),
    ...(layout.encoding ? { encoding: layout.encoding } : {}),
  };
}

export function checkJson(result: CheckResult, lang: Lang): Iterable<string> {
  const lists: (() => Iterable<unknown>)[] = [];
  const skeleton = {
    files: result.files.map(({ file, sheets }) => ({
      file,
      sheets: sheets.map(({ sheet, members, issues, layout }) => ({
        sheet,
        members,
        ...(layout ? { layout: layoutJson(layout) } : {}),
        issues: streamedList(lists, function* () {
          for (const issue of issues)
            yield { ...issueRecord(issue, lang), sheet: sheet ?? issue.sheet };
        }),
      })),
    })),
    summary: summaryJson(result.summary),
  };
  return streamJson(skeleton, lists);
}

export function statsJson(result: StatsResult): string {
  const { total, clubs } = result.indicators;
  const totalJson: Record<string, number | null> = {};
  for (const indicator of totalIndicators(total)) totalJson[indicator.id] = total[indicator.id];
  const { cumulative } = result;
  if (cumulative !== null) {
    if (cumulative.foundedBefore !== null) totalJson.foundedBefore = cumulative.foundedBefore;
    totalJson.cumulativeClubs = cumulative.clubs;
    if (cumulative.target !== null) {
      totalJson.target = cumulative.target;
      totalJson.cumulativeRate = cumulative.rate;
    }
  }
  const clubJson = (values: IndicatorValues) =>
    Object.fromEntries(CLUB_INDICATORS.map((indicator) => [indicator.id, values[indicator.id]]));
  return stringify({
    reportDate: isoDate(result.reportDate),
    ageThreshold: result.ageThreshold,
    total: totalJson,
    clubs: clubs.map(({ club, values }) => ({ club, ...clubJson(values) })),
  });
}

export function reportJson(result: ReportResult): string {
  const { summary, ...rest } = result;
  return stringify({
    ...rest,
    summary: summaryJson(summary),
  });
}
