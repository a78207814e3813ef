/**
 * II.1: clubs founded against the plan, for the period and cumulatively. The plan figures are input cells; the
 * clubs founded in the period are the annex's clubs with members; the completion rate is the catalogue's plan
 * rate, for the cumulative column over the cumulative cells.
 */
import { text, type ReportContext } from "../context";
import { INDICATOR_BY_ID, type IndicatorId } from "../../indicators/catalogue";
import { indicatorFormula } from "../indicator-formulas";
import { totalFigureScope } from "../figure-scopes";
import type { InputName } from "../layout";
import type { SheetBuilder } from "../sheet-builder";
import { figureStyle } from "../styles";
import { FIRST, SECOND, writeCell, writeRowLabel, startTable, writeTotal } from "./summary-table";

/** Rows the part takes: heading, column titles, four lines, a blank row. */
export const PLAN_ROWS = 7;

/** Where the part puts its input cells, known before anything is written (formulas elsewhere use them). */
export function planInputs(
  sheet: SheetBuilder,
  row: number
): Pick<Record<InputName, string>, "plannedClubs" | "clubsBefore" | "plannedClubsTotal"> {
  return {
    plannedClubs: sheet.ref(row + 2, FIRST.from),
    plannedClubsTotal: sheet.ref(row + 2, SECOND.from),
    clubsBefore: sheet.ref(row + 3, SECOND.from),
  };
}

export function writePlan(ctx: ReportContext, row: number): number {
  const p = ctx.params;
  const head = startTable(ctx, row, "report.results.plan", [
    "report.col.no",
    "report.col.item",
    "report.col.period",
    "report.col.cumulative",
  ]);
  const items = [
    "report.plan.planned",
    "report.plan.before",
    "report.plan.founded",
    "report.plan.rate",
  ] as const;
  items.forEach((key, i) => writeRowLabel(ctx, head + i, i + 1, text(ctx, key)));
  const [planned, before, founded, rate] = [head, head + 1, head + 2, head + 3];

  const input = (value: number | null) => ({ kind: "value", value }) as const;
  const plannedCell = writeCell(ctx, planned, FIRST, input(p.plannedClubs), "tdInput");
  writeCell(ctx, planned, SECOND, input(p.plannedClubsTotal), "tdInput");
  writeCell(ctx, before, FIRST, input(null), "tdInput");
  writeCell(ctx, before, SECOND, input(p.clubsBefore), "tdInput");
  ctx.figures.push({
    indicator: "planned",
    club: null,
    sheet: ctx.sheet.key,
    address: plannedCell,
  });
  ctx.totals.set("planned", plannedCell);

  const period = new Map<IndicatorId, string>([["planned", plannedCell]]);
  const periodScope = totalFigureScope(ctx, period);
  const clubs = writeTotal(ctx, founded, FIRST, "clubs", indicatorFormula("clubs", periodScope));
  period.set("clubs", clubs);
  writeTotal(ctx, rate, FIRST, "planRate", indicatorFormula("planRate", periodScope));

  // Cumulatively: the clubs founded before and in the period, against the target for the end of the plan.
  const cumulativeClubs = writeCell(
    ctx,
    founded,
    SECOND,
    { kind: "formula", formula: `N(${ctx.inputs.clubsBefore})+${clubs}` },
    figureStyle(INDICATOR_BY_ID.clubs.format, false)
  );
  const cumulative = new Map<IndicatorId, string>([
    ["planned", ctx.inputs.plannedClubsTotal],
    ["clubs", cumulativeClubs],
  ]);
  writeTotal(
    ctx,
    rate,
    SECOND,
    "planRate",
    indicatorFormula("planRate", totalFigureScope(ctx, cumulative)),
    true
  );
  ctx.sheet.keepTogether(row, rate);
  return row + PLAN_ROWS;
}
