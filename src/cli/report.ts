/**
 * `club-report report FILE... --out OUT.xlsx`. One input with one member table: a copy of it with the report
 * sheet added. Several inputs, or one with several member sheets: the members gathered into one consolidated
 * table (with a source column) that the report counts — added to the copy of a single input, or making a new
 * workbook with the report. Inputs are only read; nothing is written unless every input could be used.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename } from "path";
import { consolidateMembers } from "../core/consolidate";
import type { Grid } from "../core/grid";
import { messages } from "../core/i18n/messages";
import { say, type Lang } from "../core/i18n/text";
import type { MemberTable } from "../core/model";
import { readMemberTable } from "../core/register";
import {
  buildReportLayout,
  REPORT_SHEET,
  type ReportParameters,
  type ReportSettings,
} from "../core/report";
import { parseReportSettings, SETTINGS_KEYS } from "../core/report/report-settings";
import { DATA_SHEET, VOCABULARY_SHEET } from "../core/report/data-sheet/sheets";
import { unrecordedPoverty, type Severity } from "../core/validation";
import { checkRegisters } from "./check";
import { reportJson } from "./json";
import { reportText } from "./print";
import { checkOutput, writeOutput } from "./output-file";
import { readRegisters, type Register } from "./registers";
import { fail, type Failure } from "./failure";
import { ruleProfile, type Io, type Outcome, type Settings } from "./settings";
import { unkeptParts, type UnkeptPart } from "./unkept-parts";
import { addMemberSheet } from "./xlsx-members";
import { freeSheetName } from "../core/sheet-name";
import { addReportSheets } from "./xlsx-report";

/**
 * The report's parameters: the document's settings (the settings file, then the options over it) and the
 * figures' own from the command line. A setting nobody gave prints as dotted blanks to fill in by hand; the
 * period defaults to the reference date's year.
 */
export function reportParameters(
  settings: Settings,
  document: ReportSettings = settings.report.settings
): ReportParameters {
  const { lang, reportDate } = settings;
  return {
    period: say(messages["cli.report.period"], lang, { year: reportDate.year }),
    ...document,
    lang,
    referenceDate: reportDate,
    ageThreshold: settings.ageThreshold,
    plannedClubs: settings.planned,
    clubsBefore: settings.foundedBefore,
    plannedClubsTotal: settings.target,
  };
}

/** The settings file's settings with the command line's over them, or why the file cannot be used. */
export async function documentSettings(
  settings: Settings
): Promise<{ settings: ReportSettings } | { failures: Failure[] }> {
  const { settingsFile: file, settings: given } = settings.report;
  if (file === null) return { settings: given };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { failures: [fail("cli.fail.not-found", { file })] };
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    const key = code === undefined ? "cli.fail.settings-json" : "cli.fail.settings-unreadable";
    return { failures: [fail(key, { file, reason })] };
  }
  const parsed = parseReportSettings(json);
  if (parsed.problems.length > 0) {
    const keys = SETTINGS_KEYS.join(", ");
    return {
      failures: parsed.problems.map(({ key, problem }) =>
        fail("cli.fail.settings", {
          file,
          problem: say(messages[`report.settings.${problem}`], settings.lang, { key, keys }),
        })
      ),
    };
  }
  return { settings: { ...parsed.settings, ...given } };
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
  /** Its annexes' sheets, in order. */
  readonly annexes: readonly string[];
  /** The sheet of each member's facts as the figures count them. */
  readonly dataSheet: string;
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
  const document = await documentSettings(settings);
  if ("failures" in document) return { hasErrors: false, failures: document.failures };
  const { good, bad } = await readRegisters(settings.files, settings.reading);
  if (bad.length > 0) return { hasErrors: false, failures: bad };

  const workbook = new ExcelJS.Workbook();
  const copied = good.length === 1 ? good[0].file : null;
  if (copied !== null) await workbook.xlsx.readFile(copied);
  const { table, grid, consolidated } = countedTable(workbook, good, settings.lang);
  const names = addReportSheets(
    workbook,
    buildReportLayout({
      table,
      grid,
      profile: ruleProfile(settings),
      params: reportParameters(settings, document.settings),
      unrecordedPoverty: unrecordedPoverty(good.flatMap((register) => register.tables)),
      countFormerMembers: settings.countFormer,
    })
  );
  const unwritten = await writeOutput(out, (file) => workbook.xlsx.writeFile(file));
  if (unwritten !== null) return { hasErrors: false, failures: [unwritten] };

  const result: ReportResult = {
    out,
    sheet: names[REPORT_SHEET],
    annexes: Object.entries(names)
      .filter(([key]) => ![REPORT_SHEET, DATA_SHEET, VOCABULARY_SHEET].includes(key))
      .map(([, name]) => name),
    dataSheet: names[DATA_SHEET],
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
