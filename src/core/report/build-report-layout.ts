/**
 * The standard report as a layout, in the form of a Hội NCT activity report under Decree 30/2020/NĐ-CP: the
 * heading; the opening paragraph citing the plans reported on; I. background; II. results (clubs against the
 * plan, members, funds, the clubs against the founding norms, activities); III. overall assessment (strengths;
 * shortcomings; causes); IV. tasks for the next period; V. requests and proposals; the recipients and the
 * signature. Each club in detail is on annex sheets (members, funds, norms), their long tables' headers printed
 * on every page. Every figure is a formula over the member sheet generated from the indicator catalogue, so it
 * follows the register when a member row is edited, in Excel and in LibreOffice alike.
 *
 * The sections follow real reports of the Association and of provinces on Decision 1336/QĐ-TTg, read for this:
 * hoinguoicaotuoi.vn/c/tiep-tuc-day-manh-xay-dung-va-nhan-rong-mo-hinh-clb-lien-the-he-tu-giup-nhau-5674.htm
 * (results, shortcomings, tasks of the year), baonghean.vn/cn/hoi-nguoi-cao-tuoi-nghe-an-danh-gia-hoat-dong-cac-
 * cau-lac-bo-lien-the-he-tu-giup-nhau-10299020.html (the province's plan 345/KH-UBND cited first; results;
 * difficulties and limitations; the aims of the coming period), hoinguoicaotuoi.vn/c/tinh-dak-nong-ubnd-tinh-phe-
 * duyet-ke-hoach-trien-khai-de-an-nhan-rong-clb-lien-the-he-tu-giup-nhau-giai-doan-den-nam-2025-5323.htm (a
 * province's plan under QĐ 1336, its targets), and the norms of club founding quoted at betaphuninh.quangnam.gov.vn
 * (50–70 members, shares of older people, women, poor and near-poor households).
 */
import { PLAUSIBLE_AGE } from "../age";
import { NATIONAL_PROFILE } from "../validation/profiles";
import { text, type ReportContext } from "./context";
import { dataScopes } from "./data-scopes";
import { DATA_COLUMN } from "./data-sheet/data-sheet";
import { DATA_SHEET, DATA_STYLES, dataSheets } from "./data-sheet/sheets";
import { sheetRef } from "./sheet-names";
import { unrecordedPoverty } from "../validation/layout-rules";
import { sameClubDuplicates } from "../validation/duplicates";
import type { ReportInput } from "./input";
import type { CellStyle, InputName, ReportLayout, SheetLayout } from "./layout";
import { MemberFormulas } from "./member-formulas";
import { normsOf } from "./norms";
import { FUNDS_ANNEX, writeFundsAnnex } from "./sections/annex-funds";
import { MEMBERS_ANNEX, writeMembersAnnex } from "./sections/annex-members";
import { NORMS_ANNEX, writeNormsAnnex } from "./sections/annex-norms";
import { writeFreeText } from "./sections/free-text";
import { writeFunds } from "./sections/funds";
import { writeHeading } from "./sections/heading";
import { membersInputs, writeMembers } from "./sections/members";
import { writeNormsSummary } from "./sections/norms";
import { writeOpening } from "./sections/opening";
import { PLAN_ROWS, planInputs, writePlan } from "./sections/plan";
import { ALL, GRID_COLUMNS, GRID_WIDTH } from "./sections/report-grid";
import { writeSignature } from "./sections/signature";
import { SheetBuilder } from "./sheet-builder";
import { STYLES } from "./styles";

/** The key of the report's own sheet, the first of the layout. */
export const REPORT_SHEET = "report";

function clubsOf(input: ReportInput): string[] {
  const names = input.clubs ?? input.table.members.map((member) => member.club);
  return [...new Set(names)];
}

/** "[[report]]!$Y$30" → "Y30": where an input is on the report sheet. */
function onReportSheet(reference: string): string {
  return reference.replace(/^.*!/, "").replace(/\$/g, "");
}

export function buildReportLayout(input: ReportInput): ReportLayout {
  const params = input.params;
  const styles: Record<string, CellStyle> = { ...STYLES, ...DATA_STYLES };
  // The figures count the data sheet: each member's facts as core reads them, live over the member's cells.
  const data = dataSheets(input.table, input.grid, params.lang);
  const sheet = new SheetBuilder(
    {
      key: REPORT_SHEET,
      name: text(params, "report.sheetName"),
      orientation: "portrait",
      columns: Array.from({ length: GRID_COLUMNS }, () => GRID_WIDTH),
    },
    styles
  );
  const profile = input.profile ?? NATIONAL_PROFILE;
  const base = { sheet, lang: params.lang, params };

  // The parts before the figures fix where the input cells are, which every figure's formula reads.
  let row = writeHeading(base, 1);
  row = writeOpening(base, row);
  row = writeFreeText(base, row, "report.section.situation", "report.situation.hint");
  const resultsRow = row;
  sheet.paragraph(resultsRow, ALL.from, ALL.to, text(base, "report.section.results"), "section");
  const planRow = resultsRow + 1;
  const membersRow = planRow + PLAN_ROWS;
  const inputs: Record<InputName, string> = {
    ...planInputs(sheet, planRow),
    ...membersInputs(sheet, membersRow),
  };
  const paramCells = {
    ageThreshold: inputs.ageThreshold,
    plannedClubs: inputs.plannedClubs,
    plannedFunds: null,
  };
  const ctx: ReportContext = {
    ...base,
    profile,
    formulas: new MemberFormulas(
      data.data.table,
      {
        referenceDate: inputs.referenceDate,
        params: paramCells,
        plausibleAge: params.plausibleAge ?? PLAUSIBLE_AGE,
      },
      DATA_COLUMN.minority,
      sheetRef(DATA_SHEET)
    ),
    scopes: dataScopes(data.data.table, input.countFormerMembers ?? false),
    unrecordedPoverty: input.unrecordedPoverty ?? unrecordedPoverty([input.table]),
    clubs: clubsOf(input),
    inputs,
    paramCells,
    figures: [],
    totals: new Map(),
    clubMembers: null,
  };

  // Each club in detail, on the annexes; the report counts the clubs and the verdicts there.
  const members = writeMembersAnnex(ctx, styles);
  const funds = writeFundsAnnex(ctx, styles);
  const norms = normsOf(profile);
  const normsAnnex = norms.length > 0 ? writeNormsAnnex(ctx, norms, styles) : null;

  const report: ReportContext = { ...ctx, clubMembers: members.clubMembers };
  writePlan(report, planRow);
  sheet.keepTogether(resultsRow, planRow + PLAN_ROWS - 2);
  row = writeMembers(report, membersRow, MEMBERS_ANNEX.number);
  const duplicates = input.duplicateRows ?? sameClubDuplicates(input.table);
  if (duplicates.length > 0) {
    const rows = duplicates.map((d) => text(report, "report.duplicate", d)).join("; ");
    sheet.paragraph(row, ALL.from, ALL.to, text(report, "report.duplicates", { rows }), "note");
    row += 2;
  }
  row = writeFunds(report, row, FUNDS_ANNEX.number);
  if (normsAnnex)
    row = writeNormsSummary(report, row, norms, normsAnnex.verdicts, NORMS_ANNEX.number);
  row = writeFreeText(
    report,
    row,
    "report.results.activities",
    "report.activities.hint",
    "subsection"
  );

  sheet.paragraph(row, ALL.from, ALL.to, text(report, "report.section.assessment"), "section");
  row = writeFreeText(
    report,
    row + 1,
    "report.assessment.strengths",
    "report.strengths.hint",
    "subsection",
    row
  );
  row = writeFreeText(
    report,
    row,
    "report.assessment.weaknesses",
    "report.weaknesses.hint",
    "subsection"
  );
  row = writeFreeText(report, row, "report.assessment.causes", "report.causes.hint", "subsection");
  row = writeFreeText(report, row, "report.section.tasks", "report.tasks.hint");
  row = writeFreeText(report, row, "report.section.proposals", "report.proposals.hint");
  const lastRow = writeSignature(report, row);

  const annexes: SheetLayout[] = [members.sheet, funds, ...(normsAnnex ? [normsAnnex.sheet] : [])];
  return {
    sheets: [sheet.build(lastRow), ...annexes, ...data.sheets],
    fixedCells: data.data.fixed,
    styles,
    figures: ctx.figures,
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, reference]) => [name, onReportSheet(reference)])
    ) as Record<InputName, string>,
  };
}
