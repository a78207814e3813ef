/**
 * CLUB.ISSUES and CLUB.STATS against the command line on the same registers: every register fixture, read by the
 * command line from its .xlsx file, and handed to the functions as Excel hands a range (dates as serial numbers,
 * error cells as errors, blanks as empty strings, the range's address on the invocation).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/args";
import { checkRegisters } from "../../src/cli/check";
import { totalIndicators } from "../../src/cli/figures";
import { readRegister, type Register } from "../../src/cli/registers";
import type { Settings } from "../../src/cli/settings";
import { registerStats } from "../../src/cli/stats";
import { isCellError, type Grid } from "../../src/core/grid";
import { say } from "../../src/core/i18n/text";
import { DEFAULT_AGE_THRESHOLD } from "../../src/core/indicators";
import { issueRecord, type Severity } from "../../src/core/validation";
import { messages } from "../../src/core/i18n/messages";
import { issues, stats } from "../../src/functions/functions";
import { excelResult, installCustomFunctionsRuntime } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);

const FIXTURES = join(__dirname, "../fixtures/registers");
const REPORT_DATE = { year: 2025, month: 12, day: 31 };
/** The report date as a user types it in the formula. */
const REPORT_DATE_TEXT = "31/12/2025";

const MS_PER_DAY = 86_400_000;
const excelSerial = (date: Date) => (date.getTime() - Date.UTC(1899, 11, 30)) / MS_PER_DAY;

/** A sheet's cells as Excel passes a range to a custom function. */
function asExcelRange(grid: Grid): unknown[][] {
  const width = Math.max(...grid.rows.map((row) => row.length));
  return grid.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = row[c] ?? null;
      if (value === null) return "";
      if (value instanceof Date) return excelSerial(value);
      if (isCellError(value)) return { code: value.error, message: "" };
      return value;
    })
  );
}

/** The settings `club-report check|stats --report-date 2025-12-31 --age-threshold N --lang L` runs with. */
function settings(lang: "vi" | "en", ageThreshold = DEFAULT_AGE_THRESHOLD): Settings {
  const parsed = parseArgs([
    "stats",
    "register.xlsx",
    "--report-date",
    "2025-12-31",
    "--age-threshold",
    String(ageThreshold),
    "--lang",
    lang,
  ]);
  if (parsed.kind !== "run") throw new Error("the command line refused the test's arguments");
  return { ...parsed.options, reportDate: parsed.options.reportDate ?? REPORT_DATE };
}

interface Sheet {
  readonly name: string;
  readonly register: Register;
  readonly range: unknown[][];
  readonly address: string;
}

/** Each member sheet of each fixture, as a register of its own (the functions see one range at a time). */
async function sheets(): Promise<Sheet[]> {
  const found: Sheet[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"))) {
    const register = await readRegister(join(FIXTURES, file));
    if (!("tables" in register)) throw new Error(`${file} holds no register`);
    register.tables.forEach((table, i) => {
      const grid = register.grids[i];
      found.push({
        name: `${file} › ${table.sheet}`,
        register: { file, tables: [table], grids: [grid], copies: [] },
        range: asExcelRange(grid),
        address: `'${grid.sheet.replace(/'/g, "''")}'!A1:Z${grid.rows.length}`,
      });
    });
  }
  return found;
}

let all: Sheet[];
beforeAll(async () => {
  all = await sheets();
});

describe("=CLUB.ISSUES(table; reportDate) gives what `check` gives on the same register", () => {
  it("covers every register fixture", () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it.each(["vi", "en"] as const)(
    "in %s: the same issues, in the same order, with the same cell, message and fix",
    (lang) => {
      (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: lang } };
      let compared = 0;
      try {
        for (const sheet of all) {
          const { issues: expected } = checkRegisters([sheet.register], settings(lang)).files[0]
            .sheets[0];
          const records = expected.map((issue) => issueRecord(issue, lang));
          const rows = excelResult(() =>
            issues(sheet.range, REPORT_DATE_TEXT, { parameterAddresses: [sheet.address] })
          ) as string[][];
          if (records.length === 0) {
            expect([sheet.name, rows.length, rows[0][0]]).toEqual([
              sheet.name,
              1,
              expect.stringMatching(/^(Không có vấn đề nào|No issues)/),
            ]);
            continue;
          }
          expect([sheet.name, rows]).toEqual([
            sheet.name,
            records.map((r) => [
              r.cell ?? "",
              messages[`ui.severity.${r.severity as Severity}`][lang],
              r.message,
              r.suggestion ?? "",
            ]),
          ]);
          compared += rows.length;
        }
        // Enough issues that the comparison compares something.
        expect(compared).toBeGreaterThan(50);
      } finally {
        delete (globalThis as Record<string, unknown>).Office;
      }
    }
  );
});

describe("=CLUB.STATS(table; reportDate; ageThreshold) gives the figures `stats` gives on the same register", () => {
  it.each([55, 60])("with the age threshold at %d", (ageThreshold) => {
    for (const sheet of all) {
      const { total } = registerStats([sheet.register], settings("vi", ageThreshold)).indicators;
      const rows = excelResult(() => stats(sheet.range, REPORT_DATE_TEXT, ageThreshold)) as [
        string,
        number | string,
      ][];
      const byLabel = new Map(rows.map(([label, value]) => [label, value]));
      const expected = totalIndicators(total).map((indicator) => [
        say(indicator.label, "vi", { ageThreshold }),
        total[indicator.id] ?? "",
      ]);
      // Every figure `stats` prints is there, under its label, with its value; a figure that cannot be
      // computed is blank, never 0.
      for (const [label, value] of expected)
        expect([sheet.name, label, byLabel.get(label as string)]).toEqual([
          sheet.name,
          label,
          value,
        ]);
      expect(rows.length).toBe(
        new Set(expected.map(([label, value]) => `${label}\t${value}`)).size
      );
    }
  });
});
