/**
 * Annex 3: each club against the norms of the rule profile — its size and its shares of women, older and younger
 * members and of poor, near-poor or hardship households, each beside a verdict, "Đạt" or "Chưa đạt", that is a
 * live formula comparing the figure's cell with the profile's bounds.
 */
import { cellAddress } from "../../grid";
import { absoluteCell } from "../a1";
import { text, type ReportContext } from "../context";
import { CLUB_COLUMN, NO_COLUMN, writeFigureRows, type FigureColumn } from "../figure-table";
import type { CellStyle, SheetLayout } from "../layout";
import { verdictFormula, type Norm, type NormId } from "../norms";
import { startAnnex } from "./annex";
import { normLabel, verdictLiterals } from "./norms";

export const NORMS_ANNEX = { key: "annex-norms", number: 3 } as const;

const FIGURE_WIDTH = { size: 50, share: 48 };
const VERDICT_WIDTH = 60;

/** Writes the annex; returns its sheet and, per norm, the range of the clubs' verdicts (none without clubs). */
export function writeNormsAnnex(
  ctx: ReportContext,
  norms: readonly Norm[],
  styles: Record<string, CellStyle>
): { sheet: SheetLayout; verdicts: Map<NormId, string> } {
  const annex = startAnnex(
    ctx,
    {
      ...NORMS_ANNEX,
      title: "report.annex.norms",
      columns: [
        24,
        null,
        ...norms.flatMap((n) => [
          n.id === "size" ? FIGURE_WIDTH.size : FIGURE_WIDTH.share,
          VERDICT_WIDTH,
        ]),
      ],
    },
    styles
  );
  const sheet = annex.ctx.sheet;
  const top = annex.row;
  const sub = top + 1;
  sheet.put(
    top,
    NO_COLUMN,
    { kind: "value", value: text(ctx, "report.col.no") },
    "th",
    NO_COLUMN,
    sub
  );
  sheet.put(
    top,
    CLUB_COLUMN,
    { kind: "value", value: text(ctx, "report.col.club") },
    "th",
    CLUB_COLUMN,
    sub
  );
  const figureColumn = (i: number) => CLUB_COLUMN + 1 + 2 * i;
  const columns: FigureColumn[] = [];
  norms.forEach((norm, i) => {
    const c = figureColumn(i);
    const label = normLabel(ctx, norm);
    const content = label.formula
      ? ({ kind: "formula", formula: label.formula } as const)
      : ({ kind: "value", value: label.text } as const);
    sheet.put(top, c, content, "th", c + 1);
    sheet.fitText(top, c, c + 1, label.text, "th");
    const figureTitle = text(
      ctx,
      norm.id === "size" ? "report.col.memberCount" : "report.col.share"
    );
    sheet.value(sub, c, figureTitle, "th");
    sheet.fitText(sub, c, c, figureTitle, "th");
    sheet.value(sub, c + 1, text(ctx, "report.col.verdict"), "th");
    columns.push({ indicator: norm.indicator, from: c, to: c });
  });
  sheet.repeatRows(top, sub);

  const rows = writeFigureRows(annex.ctx, sub + 1, columns);
  const { met, unmet } = verdictLiterals(ctx);
  const verdicts = new Map<NormId, string>();
  norms.forEach((norm, i) => {
    const c = figureColumn(i) + 1;
    if (rows.clubRows) {
      const { first, last } = rows.clubRows;
      for (let r = first; r <= last; r++) {
        const verdict = verdictFormula(norm, cellAddress(r, c - 1), met, unmet);
        sheet.formula(r, c, verdict, "tdVerdict");
      }
      verdicts.set(norm.id, `${sheet.ref(first, c)}:${absoluteCell(last, c)}`);
    }
    sheet.value(rows.totalRow, c, null, "tdTotal");
  });
  return { sheet: sheet.build(rows.totalRow), verdicts };
}
