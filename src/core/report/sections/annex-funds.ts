/** Annex 2: each club's contributions, members with a loan, amount lent and loan per borrower, and the totals. */
import type { MessageKey } from "../../i18n/messages";
import { text, type ReportContext } from "../context";
import { CLUB_COLUMN, NO_COLUMN, writeFigureRows, type FigureColumn } from "../figure-table";
import type { CellStyle, SheetLayout } from "../layout";
import { startAnnex } from "./annex";

export const FUNDS_ANNEX = { key: "annex-funds", number: 2 } as const;

const FIGURES: readonly (FigureColumn & { title: MessageKey; width: number })[] = [
  { indicator: "contributionTotal", from: 3, to: 3, title: "report.col.contributions", width: 86 },
  { indicator: "borrowers", from: 4, to: 4, title: "report.col.borrowers", width: 64 },
  { indicator: "loanTotal", from: 5, to: 5, title: "report.col.loanTotal", width: 86 },
  { indicator: "loanPerBorrower", from: 6, to: 6, title: "report.col.loanPerBorrower", width: 78 },
];

export function writeFundsAnnex(
  ctx: ReportContext,
  styles: Record<string, CellStyle>
): SheetLayout {
  const annex = startAnnex(
    ctx,
    {
      ...FUNDS_ANNEX,
      title: "report.annex.funds",
      columns: [24, null, ...FIGURES.map((f) => f.width)],
    },
    styles
  );
  const sheet = annex.ctx.sheet;
  const head = annex.row;
  const titles: [number, string][] = [
    [NO_COLUMN, text(ctx, "report.col.no")],
    [CLUB_COLUMN, text(ctx, "report.col.club")],
    ...FIGURES.map((f): [number, string] => [f.from, text(ctx, f.title)]),
  ];
  for (const [column, title] of titles) {
    sheet.value(head, column, title, "th");
    sheet.fitText(head, column, column, title, "th");
  }
  sheet.repeatRows(head, head);
  const { totalRow } = writeFigureRows(annex.ctx, head + 1, FIGURES);
  return sheet.build(totalRow);
}
