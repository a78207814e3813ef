/**
 * The standard report as a layout: the heading, I. clubs against the plan, II. members, III. funds,
 * IV. activities and V. next tasks to be written by the user, and the signature block. Every figure of I–III is
 * a formula over the member sheet generated from the indicator catalogue, so it follows the register when a
 * member row is edited, in Excel and in LibreOffice alike.
 */
import { PLAUSIBLE_AGE } from "../age";
import { text, type ReportContext } from "./context";
import { clubScopes } from "./club-scopes";
import type { ReportInput } from "./input";
import type { InputName, ReportLayout } from "./layout";
import { MemberFormulas } from "./member-formulas";
import { writeFreeTextSection } from "./sections/free-text";
import { writeFundsSection } from "./sections/funds";
import { writeHeading } from "./sections/heading";
import { membersInputs, writeMembersSection } from "./sections/members";
import { PLAN_SECTION_ROWS, planInputs, writePlanSection } from "./sections/plan";
import { writeSignature } from "./sections/signature";
import { LAST_COLUMN, SheetBuilder } from "./sheet-builder";
import { columnLetters } from "../grid";

/** Decree 30 margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), in inches. */
const MARGINS = { top: 0.8, bottom: 0.8, left: 1.1, right: 0.6, header: 0.3, footer: 0.3 };

function clubsOf(input: ReportInput): string[] {
  const names = input.clubs ?? input.table.members.map((member) => member.club);
  return [...new Set(names)];
}

export function buildReportLayout(input: ReportInput): ReportLayout {
  const sheet = new SheetBuilder();
  const params = input.params;

  // Section I shows the clubs that section II counts, and II holds the inputs the ages depend on, so the
  // places of both are fixed first and the sections written after.
  const ctxBase = { sheet, lang: params.lang, params };
  const planRow = writeHeading(ctxBase, 1);
  const membersRow = planRow + PLAN_SECTION_ROWS;
  const inputs: Record<InputName, string> = {
    ...planInputs(planRow),
    ...membersInputs(membersRow),
  };
  const paramCells = {
    ageThreshold: inputs.ageThreshold,
    plannedClubs: inputs.plannedClubs,
    plannedFunds: null,
  };
  const ctx: ReportContext = {
    ...ctxBase,
    formulas: new MemberFormulas(input.table, {
      referenceDate: inputs.referenceDate,
      params: paramCells,
      plausibleAge: params.plausibleAge ?? PLAUSIBLE_AGE,
    }),
    scopes: clubScopes(input.table, input.grid),
    clubs: clubsOf(input),
    inputs,
    paramCells,
    figures: [],
    totals: new Map(),
    clubMembers: null,
    charts: [],
  };

  let row = writeMembersSection(ctx, membersRow);
  writePlanSection(ctx, planRow);
  row = writeFundsSection(ctx, row);
  row = writeFreeTextSection(ctx, row, "report.section.activities", "report.activities.hint");
  row = writeFreeTextSection(ctx, row, "report.section.tasks", "report.tasks.hint");
  const lastRow = writeSignature(ctx, row) - 1;

  const relative = (address: string) => address.replace(/\$/g, "");
  return {
    sheetName: text(ctx, "report.sheetName"),
    cells: sheet.cells,
    styles: sheet.styles,
    merges: sheet.merges,
    columnWidths: sheet.columnWidths,
    rowHeights: sheet.rowHeights,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      printArea: `A1:${columnLetters(LAST_COLUMN)}${lastRow}`,
      horizontallyCentered: true,
    },
    charts: ctx.charts,
    figures: ctx.figures,
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, address]) => [name, relative(address)])
    ) as Record<InputName, string>,
  };
}
