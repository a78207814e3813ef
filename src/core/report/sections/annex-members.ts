/**
 * Annex 1: the members of each club and in total — women, ethnic minority, aged at or above the threshold and
 * below it, poor and near-poor households, each a count and a share — and board members; then the chart of the
 * shares by club, which only the Excel writer draws.
 */
import { messages } from "../../i18n/messages";
import { columnLetters } from "../../grid";
import { text, type ReportContext } from "../context";
import {
  CLUB_COLUMN,
  NO_COLUMN,
  thresholdLabel,
  writeFigureRows,
  type FigureColumn,
} from "../figure-table";
import type { CellStyle, SheetLayout } from "../layout";
import { lineHeight } from "../page";
import { TABLE } from "../styles";
import { startAnnex } from "./annex";
import { MEMBER_LINES } from "./members";

export const MEMBERS_ANNEX = { key: "annex-members", number: 1 } as const;

/** The groups of the report's members table, each a count and its share (board members come last, alone). */
const GROUPS = MEMBER_LINES.flatMap((line) =>
  line.share ? [{ title: line.label, count: line.count, share: line.share }] : []
);

const MEMBERS_COLUMN = 3;
const FIRST_GROUP_COLUMN = 4;
const BOARD_COLUMN = FIRST_GROUP_COLUMN + 2 * GROUPS.length;
/** Widths in points: number, club (the rest), members, each group's count and share, board. */
const COLUMNS = [24, null, 50, ...GROUPS.flatMap(() => [38, 44]), 50];

/** Writes the annex; returns its sheet and the club rows' member counts (a reference, for counting clubs). */
export function writeMembersAnnex(
  ctx: ReportContext,
  styles: Record<string, CellStyle>
): { sheet: SheetLayout; clubMembers: string | null } {
  const annex = startAnnex(
    ctx,
    { ...MEMBERS_ANNEX, title: "report.annex.members", columns: COLUMNS },
    styles
  );
  const actx = annex.ctx;
  const sheet = actx.sheet;
  const top = annex.row;
  const sub = top + 1;
  // The second header row first: the titles merged down both rows are fitted to them together.
  sheet.setHeight(sub, lineHeight(TABLE) + 4);
  const merged = (column: number, title: string) => {
    sheet.put(top, column, { kind: "value", value: title }, "th", column, sub);
    sheet.fitText(top, column, column, title, "th", sub);
  };
  merged(NO_COLUMN, text(ctx, "report.col.no"));
  merged(CLUB_COLUMN, text(ctx, "report.col.club"));
  merged(MEMBERS_COLUMN, text(ctx, "report.col.members"));
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
    sheet.fitText(
      top,
      c,
      c + 1,
      text(ctx, group.title, { ageThreshold: ctx.params.ageThreshold }),
      "th"
    );
    sheet.value(sub, c, text(ctx, "report.col.count"), "th");
    sheet.value(sub, c + 1, text(ctx, "report.col.share"), "th");
    columns.push(
      { indicator: group.count, from: c, to: c },
      { indicator: group.share, from: c + 1, to: c + 1 }
    );
  });
  merged(BOARD_COLUMN, text(ctx, "report.col.board"));
  columns.push({ indicator: "boardMembers", from: BOARD_COLUMN, to: BOARD_COLUMN });
  sheet.repeatRows(top, sub);

  const rows = writeFigureRows(actx, sub + 1, columns);
  let last = rows.totalRow;
  let clubMembers: string | null = null;
  if (rows.clubRows) {
    const { first, last: lastClub } = rows.clubRows;
    clubMembers = `${sheet.ref(first, MEMBERS_COLUMN)}:${sheet.ref(lastClub, MEMBERS_COLUMN).replace(/^.*!/, "")}`;
    last = writeChart(actx, rows.totalRow + 2, rows.clubRows);
  }
  return { sheet: sheet.build(last), clubMembers };
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
  ctx.sheet.charts.push({
    kind: "clustered-column",
    title: text(ctx, "report.chart.title", threshold),
    row,
    fromColumn: "A",
    toColumn: columnLetters(ctx.sheet.lastColumn),
    height: 260,
    categories: range(CLUB_COLUMN),
    series: GROUPS.slice(0, 3).map((group, i) => ({
      name: text(ctx, group.title, threshold),
      values: range(FIRST_GROUP_COLUMN + 2 * i + 1),
    })),
  });
  return row;
}
