/**
 * An annex table with one row per club and a totals row, each figure a catalogue indicator spanning some columns.
 * Club names are written as values. In the totals row a count or a sum adds up the club rows (as a reader of the
 * report checks it); a share or an average is the catalogue's ratio over the totals.
 */
import { absoluteCell, textLiteral } from "./a1";
import { cellAddress } from "../grid";
import { INDICATOR_BY_ID, type IndicatorId } from "../indicators/catalogue";
import { text, type ReportContext } from "./context";
import { clubFigureScope, totalFigureScope } from "./figure-scopes";
import { indicatorFormula } from "./indicator-formulas";
import { figureStyle } from "./styles";

export interface FigureColumn {
  readonly indicator: IndicatorId;
  readonly from: number;
  readonly to: number;
}

export interface FigureRows {
  /** Sheet rows of the clubs (none when there are no clubs). */
  readonly clubRows: { readonly first: number; readonly last: number } | null;
  readonly totalRow: number;
}

export const NO_COLUMN = 1;
export const CLUB_COLUMN = 2;

function isAdditive(id: IndicatorId): boolean {
  const { numerator, denominator } = INDICATOR_BY_ID[id];
  return denominator === null && ("count" in numerator || "sum" in numerator);
}

export function writeFigureRows(
  ctx: ReportContext,
  row: number,
  columns: readonly FigureColumn[]
): FigureRows {
  const sheet = ctx.sheet;
  ctx.clubs.forEach((club, i) => {
    const r = row + i;
    sheet.value(r, NO_COLUMN, i + 1, "tdNo");
    const nameCell = absoluteCell(r, CLUB_COLUMN);
    sheet.value(r, CLUB_COLUMN, club, "tdText");
    sheet.fitText(r, CLUB_COLUMN, CLUB_COLUMN, club, "tdText");
    const cells = new Map<IndicatorId, string>();
    const scope = clubFigureScope(ctx, club, nameCell, cells);
    for (const column of columns) {
      const address = sheet.formula(
        r,
        column.from,
        indicatorFormula(column.indicator, scope),
        figureStyle(INDICATOR_BY_ID[column.indicator].format, false),
        column.to
      );
      cells.set(column.indicator, address);
      ctx.figures.push({ indicator: column.indicator, club, sheet: sheet.key, address });
    }
  });

  const totalRow = row + ctx.clubs.length;
  const clubRows = ctx.clubs.length > 0 ? { first: row, last: totalRow - 1 } : null;
  sheet.value(totalRow, NO_COLUMN, text(ctx, "report.total"), "tdTotal", CLUB_COLUMN);
  const cells = new Map<IndicatorId, string>();
  const scope = totalFigureScope(ctx, cells);
  for (const column of columns) {
    // The clubs' figures added up; unknown ("") when every club's is, as core's total is then unknown too.
    const range = clubRows
      ? `${cellAddress(clubRows.first, column.from)}:${cellAddress(clubRows.last, column.from)}`
      : null;
    const formula = !isAdditive(column.indicator)
      ? indicatorFormula(column.indicator, scope)
      : range
        ? `IF(COUNT(${range})=0,"",SUM(${range}))`
        : "0";
    const address = sheet.formula(
      totalRow,
      column.from,
      formula,
      figureStyle(INDICATOR_BY_ID[column.indicator].format, true),
      column.to
    );
    cells.set(column.indicator, address);
    ctx.figures.push({ indicator: column.indicator, club: null, sheet: sheet.key, address });
  }
  return { clubRows, totalRow };
}

/**
 * A message with {ageThreshold} as a formula that follows the threshold cell, on whichever sheet it is:
 * "Từ "&'Báo cáo'!$L$20&" tuổi trở lên".
 */
export function thresholdLabel(ctx: Pick<ReportContext, "inputs">, template: string): string {
  return template
    .split("{ageThreshold}")
    .map((piece) => (piece === "" ? null : textLiteral(piece)))
    .flatMap((piece, i) => (i === 0 ? [piece] : [ctx.inputs.ageThreshold, piece]))
    .filter((piece): piece is string => piece !== null)
    .join("&");
}
