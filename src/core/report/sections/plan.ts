/**
 * Section I: clubs founded against the plan, for the period and cumulatively. The plan figures are input cells;
 * the clubs founded in the period are the clubs of section II with members; the completion rate is the
 * catalogue's plan rate, for the cumulative column over the cumulative cells.
 */
import { absoluteCell } from "../a1";
import { text, type ReportContext } from "../context";
import type { IndicatorId } from "../../indicators/catalogue";
import { indicatorFormula } from "../indicator-formulas";
import { totalFigureScope } from "../figure-scopes";
import { LAST_COLUMN } from "../sheet-builder";
import { figureStyle } from "../styles";
import { INDICATOR_BY_ID } from "../../indicators/catalogue";
import type { InputName } from "../layout";

const ITEM = { from: 2, to: 9 };
const PERIOD = { from: 10, to: 12 };
const CUMULATIVE = { from: 13, to: LAST_COLUMN };

/** Rows the section takes: heading, column titles, four lines, a blank row. */
export const PLAN_SECTION_ROWS = 7;

/** Where the section puts its input cells, known before anything is written (formulas elsewhere use them). */
export function planInputs(
  row: number
): Pick<Record<InputName, string>, "plannedClubs" | "clubsBefore" | "plannedClubsTotal"> {
  return {
    plannedClubs: absoluteCell(row + 2, PERIOD.from),
    plannedClubsTotal: absoluteCell(row + 2, CUMULATIVE.from),
    clubsBefore: absoluteCell(row + 3, CUMULATIVE.from),
  };
}

export function writePlanSection(ctx: ReportContext, row: number): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  sheet.value(row, 1, text(ctx, "report.section.plan"), "section", LAST_COLUMN);
  const head = row + 1;
  sheet.value(head, 1, text(ctx, "report.col.no"), "th");
  sheet.value(head, ITEM.from, text(ctx, "report.col.item"), "th", ITEM.to);
  sheet.value(head, PERIOD.from, text(ctx, "report.col.period"), "th", PERIOD.to);
  sheet.value(head, CUMULATIVE.from, text(ctx, "report.col.cumulative"), "th", CUMULATIVE.to);

  const items = [
    "report.plan.planned",
    "report.plan.before",
    "report.plan.founded",
    "report.plan.rate",
  ] as const;
  items.forEach((key, i) => {
    sheet.value(head + 1 + i, 1, i + 1, "tdNo");
    sheet.value(head + 1 + i, ITEM.from, text(ctx, key), "tdText", ITEM.to);
  });
  const [planned, before, founded, rate] = [head + 1, head + 2, head + 3, head + 4];

  sheet.value(planned, PERIOD.from, p.plannedClubs, "tdInput", PERIOD.to);
  sheet.value(planned, CUMULATIVE.from, p.plannedClubsTotal, "tdInput", CUMULATIVE.to);
  sheet.value(before, PERIOD.from, null, "tdInput", PERIOD.to);
  sheet.value(before, CUMULATIVE.from, p.clubsBefore, "tdInput", CUMULATIVE.to);

  const period = new Map<IndicatorId, string>([
    ["planned", ctx.inputs.plannedClubs.replace(/\$/g, "")],
  ]);
  const periodScope = totalFigureScope(ctx, period);
  const figure = (r: number, from: number, to: number, id: IndicatorId, formula: string) =>
    sheet.formula(r, from, formula, figureStyle(INDICATOR_BY_ID[id].format, false), to);

  const clubs = figure(
    founded,
    PERIOD.from,
    PERIOD.to,
    "clubs",
    indicatorFormula("clubs", periodScope)
  );
  period.set("clubs", clubs);
  const periodRate = figure(
    rate,
    PERIOD.from,
    PERIOD.to,
    "planRate",
    indicatorFormula("planRate", periodScope)
  );
  for (const [indicator, address] of [
    ["planned", period.get("planned") as string],
    ["clubs", clubs],
    ["planRate", periodRate],
  ] as const) {
    ctx.totals.set(indicator, address);
    ctx.figures.push({ indicator, club: null, address });
  }

  // Cumulatively: the clubs founded before and in the period, against the target for the end of the plan.
  const cumulativeClubs = figure(
    founded,
    CUMULATIVE.from,
    CUMULATIVE.to,
    "clubs",
    `N(${ctx.inputs.clubsBefore})+${clubs}`
  );
  const cumulative = new Map<IndicatorId, string>([
    ["planned", ctx.inputs.plannedClubsTotal.replace(/\$/g, "")],
    ["clubs", cumulativeClubs],
  ]);
  const cumulativeRate = figure(
    rate,
    CUMULATIVE.from,
    CUMULATIVE.to,
    "planRate",
    indicatorFormula("planRate", totalFigureScope(ctx, cumulative))
  );
  ctx.figures.push({
    indicator: "planRate",
    club: null,
    address: cumulativeRate,
    cumulative: true,
  });
  return row + PLAN_SECTION_ROWS;
}
