/**
 * II.4: how many clubs meet each norm of the rule profile (QĐ 1336/QĐ-TTg, the province's plan) and how many do
 * not, counted from the verdicts of the annex that holds each club against the norms.
 */
import { messages } from "../../i18n/messages";
import { fill } from "../../i18n/text";
import { textLiteral } from "../a1";
import { text, type ReportContext } from "../context";
import { thresholdLabel } from "../figure-table";
import type { Norm, NormId } from "../norms";
import { figureStyle } from "../styles";
import { endTable, FIRST, SECOND, startTable, writeCell, writeRowLabel } from "./summary-table";

const LABELS = {
  size: "report.norm.size",
  women: "report.norm.women",
  older: "report.norm.older",
  younger: "report.norm.younger",
  poor: "report.norm.poor",
} as const satisfies Record<NormId, string>;

/** 0.6 → "60%", 0.625 → "62,5%" (a decimal comma in Vietnamese). */
function percent(ctx: Pick<ReportContext, "lang">, share: number): string {
  const digits = Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1;
  const number = (share * 100).toFixed(digits);
  return `${ctx.lang === "vi" ? number.replace(".", ",") : number}%`;
}

/**
 * A norm as words, its source in brackets: "Nữ từ 60% đến 70% (QĐ 1336/QĐ-TTg)"; `formula` when the words
 * hold the age threshold, which then follows the threshold cell.
 */
export function normLabel(
  ctx: Pick<ReportContext, "lang" | "params" | "inputs">,
  norm: Norm
): { text: string; formula?: string } {
  const bound = (value: number) => (norm.id === "size" ? String(value) : percent(ctx, value));
  const range =
    norm.min !== null && norm.max !== null
      ? text(ctx, "report.range.between", { min: bound(norm.min), max: bound(norm.max) })
      : norm.min !== null
        ? text(ctx, "report.range.atLeast", { min: bound(norm.min) })
        : text(ctx, "report.range.atMost", { max: bound(norm.max ?? 0) });
  const template = fill(messages["report.norm.source"][ctx.lang], {
    norm: fill(messages[LABELS[norm.id]][ctx.lang], { range }),
    source: norm.source,
  });
  const words = fill(template, { ageThreshold: ctx.params.ageThreshold });
  return template.includes("{ageThreshold}")
    ? { text: words, formula: thresholdLabel(ctx, template) }
    : { text: words };
}

/** The verdicts' words as formula literals: what an annex writes and this table counts. */
export function verdictLiterals(ctx: Pick<ReportContext, "lang">): { met: string; unmet: string } {
  return {
    met: textLiteral(text(ctx, "report.verdict.met")),
    unmet: textLiteral(text(ctx, "report.verdict.unmet")),
  };
}

/** `verdicts`: each norm's range of club verdicts in the annex; absent when there are no clubs. */
export function writeNormsSummary(
  ctx: ReportContext,
  row: number,
  norms: readonly Norm[],
  verdicts: ReadonlyMap<NormId, string>,
  annex: number
): number {
  const head = startTable(ctx, row, "report.results.norms", [
    "report.col.no",
    "report.col.norm",
    "report.col.clubsMet",
    "report.col.clubsUnmet",
  ]);
  const { met, unmet } = verdictLiterals(ctx);
  const style = figureStyle("#,##0", false);
  norms.forEach((norm, i) => {
    const r = head + i;
    const label = normLabel(ctx, norm);
    writeRowLabel(ctx, r, i + 1, label.text, label.formula);
    const range = verdicts.get(norm.id);
    const count = (word: string) => (range ? `COUNTIF(${range},${word})` : "0");
    writeCell(ctx, r, FIRST, { kind: "formula", formula: count(met) }, style);
    writeCell(ctx, r, SECOND, { kind: "formula", formula: count(unmet) }, style);
  });
  return endTable(ctx, row, head + norms.length - 1, annex);
}
