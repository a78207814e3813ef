/**
 * `club-report report FILE... --out OUT.xlsx`. One input with one member table: a copy of it with the report
 * sheet added. Several inputs, or one with several member sheets: the members gathered into one consolidated
 * table (with a source column) that the report counts — added to the copy of a single input, or making a new
 * workbook with the report. Inputs are only read; nothing is written unless every input could be used.
 */
import ExcelJS from "exceljs";
import { basename } from "path";
import { consolidateMembers } from "../core/consolidate";
import type { Grid } from "../core/grid";
import { messages } from "../core/i18n/messages";
import { say, type Lang } from "../core/i18n/text";
import type { MemberTable } from "../core/model";
import { readMemberTable } from "../core/register";
import { buildReportLayout, type ReportParameters } from "../core/report";
import type { Severity } from "../core/validation";
import { checkRegisters } from "./check";
import { reportJson } from "./json";
import { reportText } from "./print";
import { checkOutput, writeOutput } from "./output-file";
import { readRegisters, type Register } from "./registers";
import type { Io, Outcome, Settings } from "./settings";
import { unkeptParts, type UnkeptPart } from "./unkept-parts";
import { addMemberSheet } from "./xlsx-members";
import { freeSheetName } from "../core/sheet-name";
import { addReportSheet } from "./xlsx-report";

/** The report's parameters from the command line; what it cannot know (issuer, place) is left to fill in. */
export function reportParameters(settings: Settings): ReportParameters {
  const { lang, reportDate } = settings;
  return {
    lang,
    referenceDate: reportDate,
    ageThreshold: settings.ageThreshold,
    plannedClubs: settings.planned,
    clubsBefore: settings.foundedBefore,
    plannedClubsTotal: settings.target,
    issuingBody: say(messages["cli.report.issuing-body"], lang),
    place: say(messages["cli.report.place"], lang),
    period: say(messages["cli.report.period"], lang, { year: reportDate.year }),
  };
}

interface Counted {
  readonly table: MemberTable;
  readonly grid: Grid;
  /** Whether the table was gathered from several tables (and added to the workbook). */
  readonly consolidated: boolean;
}

/** The member sheet the report counts: the input's own, or a consolidated one added to the workbook. */
function countedTable(
  workbook: ExcelJS.Workbook,
  registers: readonly Register[],
  lang: Lang
): Counted {
  if (registers.length === 1 && registers[0].tables.length === 1) {
    return { table: registers[0].tables[0], grid: registers[0].grids[0], consolidated: false };
  }
  const sources = registers.flatMap((register) =>
    register.tables.map((table) => ({ label: basename(register.file), table }))
  );
  const name = freeSheetName(
    say(messages["cli.report.members-sheet"], lang),
    workbook.worksheets.map((sheet) => sheet.name)
  );
  const grid = consolidateMembers(sources, name, lang);
  const table = readMemberTable(grid);
  if (table === null) throw new Error("the consolidated member table cannot be read back");
  addMemberSheet(workbook, grid);
  return { table, grid, consolidated: true };
}

export interface ReportResult {
  readonly out: string;
  /** The report sheet's name, as the writer chose it. */
  readonly sheet: string;
  /** The member sheet the report counts; with `consolidated`, the one gathered from the inputs. */
  readonly membersSheet: string;
  readonly consolidated: boolean;
  readonly members: number;
  readonly files: number;
  readonly tables: number;
  /** The single input the output is a copy of; null when the output is a new workbook. */
  readonly copiedFrom: string | null;
  /** What the copy could not keep (charts, pivot tables…). */
  readonly unkept: readonly UnkeptPart[];
  /** The issues still in the registers: the report is written anyway, and says so. */
  readonly summary: Readonly<Record<Severity, number>>;
}

export async function runReport(settings: Settings, io: Io): Promise<Outcome> {
  const out = settings.out as string; // parseArgs refuses a report without --out
  const outFailure = await checkOutput(out, settings.files, settings.force);
  if (outFailure !== null) return { hasErrors: false, failures: [outFailure] };
  const { good, bad } = await readRegisters(settings.files);
  if (bad.length > 0) return { hasErrors: false, failures: bad };

  const workbook = new ExcelJS.Workbook();
  const copied = good.length === 1 ? good[0].file : null;
  if (copied !== null) await workbook.xlsx.readFile(copied);
  const { table, grid, consolidated } = countedTable(workbook, good, settings.lang);
  const sheet = addReportSheet(
    workbook,
    buildReportLayout({ table, grid, params: reportParameters(settings) })
  );
  const unwritten = await writeOutput(out, (file) => workbook.xlsx.writeFile(file));
  if (unwritten !== null) return { hasErrors: false, failures: [unwritten] };

  const result: ReportResult = {
    out,
    sheet,
    membersSheet: table.sheet,
    consolidated,
    members: table.members.length,
    files: good.length,
    tables: good.reduce((n, register) => n + register.tables.length, 0),
    copiedFrom: copied,
    unkept: copied === null ? [] : await unkeptParts(copied),
    summary: checkRegisters(good, settings).summary,
  };
  io.out(settings.json ? reportJson(result) : reportText(result, settings.lang));
  return { hasErrors: false, failures: [] };
}
