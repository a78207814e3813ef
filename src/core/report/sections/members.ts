/**
 * Section II: members per club and in total — women, ethnic minority, aged at or above the threshold and below
 * it, poor and near-poor households, each a count and a share — and board members. Above the table, the two
 * input cells the ages depend on: the reference date and the age threshold.
 */
import { messages } from "../../i18n/messages";
import type { IndicatorId } from "../../indicators/catalogue";
import { columnLetters } from "../../grid";
import { text, type ReportContext } from "../context";
import { thresholdLabel, writeFigureRows, type FigureColumn } from "../figure-table";
import type { ChartSpec, InputName } from "../layout";
import { LAST_COLUMN } from "../sheet-builder";
import { absoluteCell } from "../a1";

const DATE_CELL = { from: 4, to: 6 };
const THRESHOLD_CELL = 12;

export function membersInputs(
  row: number
): Pick<Record<InputName, string>, "referenceDate" | "ageThreshold"> {
  return {
    referenceDate: absoluteCell(row + 1, DATE_CELL.from),
    ageThreshold: absoluteCell(row + 1, THRESHOLD_CELL),
  };
}

const GROUPS: readonly {
  title:
    | "report.col.women"
    | "report.col.ethnicMinority"
    | "report.col.older"
    | "report.col.younger"
    | "report.col.poor"
    | "report.col.nearPoor";
  count: IndicatorId;
  share: IndicatorId;
}[] = [
  { title: "report.col.women", count: "women", share: "womenShare" },
  { title: "report.col.ethnicMinority", count: "ethnicMinority", share: "ethnicMinorityShare" },
  { title: "report.col.older", count: "olderMembers", share: "olderShare" },
  { title: "report.col.younger", count: "youngerMembers", share: "youngerShare" },
  { title: "report.col.poor", count: "poor", share: "poorShare" },
  { title: "report.col.nearPoor", count: "nearPoor", share: "nearPoorShare" },
];

const MEMBERS_COLUMN = 3;
const FIRST_GROUP_COLUMN = 4;
const BOARD_COLUMN = FIRST_GROUP_COLUMN + 2 * GROUPS.length;

/** Days from Excel's day 0 (30 December 1899) to a date: the serial the reference-date cell holds. */
function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function writeMembersSection(ctx: ReportContext, row: number): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  sheet.value(row, 1, text(ctx, "report.section.members"), "section", LAST_COLUMN);

  // A year alone is counted at its end, as `ageAt` does.
  const ref = p.referenceDate;
  sheet.value(row + 1, 1, text(ctx, "report.referenceDate"), "label", DATE_CELL.from - 1);
  sheet.value(
    row + 1,
    DATE_CELL.from,
    excelSerial(ref.year, ref.month ?? 12, ref.day ?? 31),
    "inputDate",
    DATE_CELL.to
  );
  sheet.value(
    row + 1,
    DATE_CELL.to + 1,
    text(ctx, "report.ageThreshold"),
    "label",
    THRESHOLD_CELL - 1
  );
  sheet.value(row + 1, THRESHOLD_CELL, p.ageThreshold, "inputNumber");

  const top = row + 2;
  const sub = row + 3;
  sheet.put(top, 1, { kind: "value", value: text(ctx, "report.col.no") }, "th", 1, sub);
  sheet.put(top, 2, { kind: "value", value: text(ctx, "report.col.club") }, "th", 2, sub);
  sheet.put(
    top,
    MEMBERS_COLUMN,
    { kind: "value", value: text(ctx, "report.col.members") },
    "th",
    MEMBERS_COLUMN,
    sub
  );
  const columns: FigureColumn[] = [
    { indicator: "members", from: MEMBERS_COLUMN, to: MEMBERS_COLUMN },
  ];
  GROUPS.forEach((group, i) => {
    const c = FIRST_GROUP_COLUMN + 2 * i;
    sheet.put(
      top,
      c,
      { kind: "formula", formula: thresholdLabel(ctx, messages[group.title][ctx.lang]) },
      "th",
      c + 1
    );
    sheet.value(sub, c, text(ctx, "report.col.count"), "th");
    sheet.value(sub, c + 1, text(ctx, "report.col.share"), "th");
    columns.push(
      { indicator: group.count, from: c, to: c },
      { indicator: group.share, from: c + 1, to: c + 1 }
    );
  });
  sheet.put(
    top,
    BOARD_COLUMN,
    { kind: "value", value: text(ctx, "report.col.board") },
    "th",
    BOARD_COLUMN,
    sub
  );
  columns.push({ indicator: "boardMembers", from: BOARD_COLUMN, to: BOARD_COLUMN });
  sheet.setHeight(top, 32);
  sheet.setHeight(sub, 18);

  const rows = writeFigureRows(ctx, sub + 1, columns);
  if (rows.clubRows) {
    ctx.clubMembers = `${absoluteCell(rows.clubRows.first, MEMBERS_COLUMN)}:${absoluteCell(rows.clubRows.last, MEMBERS_COLUMN)}`;
  }
  let next = rows.totalRow + 2;
  if (rows.clubRows) next = writeChart(ctx, next, rows.clubRows);
  return next;
}

/** Women, ethnic minority and older members' shares by club, drawn by the Excel writer over one row. */
function writeChart(
  ctx: ReportContext,
  row: number,
  clubs: { first: number; last: number }
): number {
  const range = (column: number) =>
    `${columnLetters(column)}${clubs.first}:${columnLetters(column)}${clubs.last}`;
  const threshold = { ageThreshold: ctx.params.ageThreshold };
  const chart: ChartSpec = {
    kind: "clustered-column",
    title: text(ctx, "report.chart.title", threshold),
    row,
    fromColumn: "A",
    toColumn: columnLetters(LAST_COLUMN),
    height: 260,
    categories: range(2),
    series: GROUPS.slice(0, 3).map((group, i) => ({
      name: text(ctx, group.title, threshold),
      values: range(FIRST_GROUP_COLUMN + 2 * i + 1),
    })),
    note: text(ctx, "report.chart.note"),
    noteStyle: "note",
  };
  ctx.charts.push(chart);
  return row + 2;
}
