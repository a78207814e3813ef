/**
 * `npm run bench` as a developer runs it, on a small register: it must time the real pipeline and report
 * figures that agree with each other. No time is asserted (timings never go into tests), only what the
 * figures are made of.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { computeIndicators } from "../../src/core/indicators";
import { readMemberTable } from "../../src/core/register";
import { validate } from "../../src/core/validation";
import { issues, stats } from "../../src/functions/functions";
import { editedRange, excelRange, FUNCTION_MEMBERS, functionRegister } from "../../bench/functions";
import { installCustomFunctionsRuntime } from "../functions/excel-runtime";
import {
  CLUB_COUNT,
  HEADERS,
  syntheticRegister,
  tcvn3Register,
} from "../../bench/synthetic-register";

const ROOT = join(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function bench(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      NPM,
      ["run", "--silent", "bench", "--", ...args],
      { cwd: ROOT },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
  });
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

describe("npm run bench", () => {
  // Enough members that a run keeping its own alive would show (about 6 MB of heap a run).
  const rows = 30_000;
  const seed = 7;
  const repeat = 3;
  let result: Record<string, unknown> & {
    readonly pipelineRunsMs: number[];
    readonly ajvRunsMs: number[];
    readonly pairRatios: number[];
    readonly legacyReadRunsMs: number[];
    readonly issuesByRule: Record<string, number>;
  };

  beforeAll(async () => {
    const run = await bench([
      "--rows",
      `${rows}`,
      "--seed",
      `${seed}`,
      "--repeat",
      `${repeat}`,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    result = JSON.parse(lines[lines.length - 1]);
  });

  it("prints the figures the issue asks for as one JSON object on its last line", () => {
    for (const key of [
      "readMs",
      "validateMs",
      "statsMs",
      "pipelineMs",
      "scanMs",
      "ajvMs",
      "peakRssMb",
    ]) {
      expect(typeof result[key]).toBe("number");
      expect(result[key]).toBeGreaterThan(0);
    }
    expect(result).toMatchObject({ rows, columns: HEADERS.length, seed, repeat });
  });

  it("times the real pipeline: its counts are those of reading and validating the same register", () => {
    const table = readMemberTable(syntheticRegister(rows, seed));
    if (table === null) throw new Error("no member table");
    const { issues } = validate([table], { reference: { year: 2025, month: 12, day: 31 } });
    const stats = computeIndicators(table.members, {
      referenceDate: { year: 2025, month: 12, day: 31 },
    });
    expect(result.members).toBe(table.members.length);
    expect(result.members).toBe(rows);
    expect(result.clubs).toBe(CLUB_COUNT);
    expect(result.clubs).toBe(stats.total.clubs);
    expect(result.issues).toBe(issues.length);
    expect(Object.values(result.issuesByRule).reduce((sum, n) => sum + n, 0)).toBe(issues.length);
  });

  it("times reading a tenth of the register typed in TCVN3, whose names are read as such", () => {
    const rowsInTcvn3 = Math.ceil(rows / 10);
    const table = readMemberTable(tcvn3Register(syntheticRegister(rows, seed), rowsInTcvn3));
    if (table === null) throw new Error("no member table");
    const converted = table.members.filter((member) =>
      member.problems.some(({ field, code }) => field === "name" && code === "legacy-encoding")
    );
    expect(result.legacyRows).toBe(rowsInTcvn3);
    expect(table.members).toHaveLength(rowsInTcvn3);
    expect(result.legacyNames).toBe(converted.length);
    // Nearly every name: the few left are the register's own faults (blank names, error cells).
    expect(converted.length).toBeGreaterThan(0.9 * rowsInTcvn3);
    expect(result.legacyReadMs).toBe(median(result.legacyReadRunsMs));
  });

  it("reports medians of its runs, and the ratio as the median of runs taken side by side", () => {
    expect(result.pipelineRunsMs).toHaveLength(repeat);
    expect(result.ajvRunsMs).toHaveLength(repeat);
    expect(result.pipelineMs).toBe(median(result.pipelineRunsMs));
    expect(result.ajvMs).toBe(median(result.ajvRunsMs));
    expect(result.ajvFastestMs).toBe(Math.min(...result.ajvRunsMs));
    expect(result.pairRatios).toHaveLength(repeat);
    // Each pipeline run against the ajv run after it, as the bench rounds them (to hundredths).
    result.pairRatios.forEach((ratio, i) =>
      expect(ratio).toBe(Math.round((result.pipelineRunsMs[i] / result.ajvRunsMs[i]) * 100) / 100)
    );
    expect(result.ratio).toBe(median(result.pairRatios));
    expect(result.ratioToFastest).toBe(
      Math.round(((result.pipelineMs as number) / Math.min(...result.ajvRunsMs)) * 100) / 100
    );
    expect(result.pipelineMs).toBeCloseTo(
      (result.readMs as number) + (result.validateMs as number) + (result.statsMs as number),
      0
    );
    expect(result.peakRssMb as number).toBeLessThanOrEqual(result.processPeakRssMb as number);
  });

  it("times CLUB.STATS and CLUB.ISSUES as Excel calls them, on 10,000 members in clubs of 60", () => {
    installCustomFunctionsRuntime();
    const grid = functionRegister(seed);
    // The first call's range: a fresh copy with one member's name edited, as each call gets one.
    const range = editedRange(JSON.stringify(excelRange(grid)), 0);
    const address = `'${grid.sheet}'!A1:L${range.length}`;
    expect(result.functionMembers).toBe(FUNCTION_MEMBERS);
    expect(readMemberTable(grid)?.members).toHaveLength(FUNCTION_MEMBERS);
    expect(result.clubStatsRows).toBe(stats(range, "31/12/2025", 55).length);
    expect(result.clubIssuesRows).toBe(
      issues(range, "31/12/2025", { parameterAddresses: [address] }).length
    );
    expect(result.clubIssuesRows).toBeGreaterThan(1000);
    for (const name of ["clubStats", "clubIssues"]) {
      const runs = result[`${name}RunsMs`] as number[];
      expect(runs.length).toBeGreaterThan(1);
      expect(result[`${name}Ms`]).toBe(median(runs));
      const cpu = result[`${name}RunsCpuMs`] as number[];
      expect(cpu).toHaveLength(runs.length);
      expect(result[`${name}CpuMs`]).toBe(median(cpu));
      expect(result[`${name}FirstMs`]).toBeGreaterThan(0);
      const p90 = result[`${name}P90Ms`] as number;
      expect(p90).toBe([...runs].sort((a, b) => a - b)[Math.ceil(runs.length * 0.9) - 1]);
      expect(p90).toBeGreaterThanOrEqual(result[`${name}Ms`] as number);
      expect(result[`${name}MaxMs`]).toBe(Math.max(...runs));
      // The warm-up calls are kept apart from the steady ones, and neither holds the first call.
      const warmUp = result[`${name}WarmUpMs`] as number[];
      expect(warmUp).toHaveLength(5);
      expect(runs).toHaveLength(40);
    }
  });

  it("leaves nothing of its runs alive, so that no run slows the next", () => {
    // Measured at 3.4 MB (the readers' memos, compiled code); 21.7 MB when each run's members were kept.
    expect(result.heapRetainedMb).toBeLessThan(10);
  });

  it("refuses a wrong argument with a message and a non-zero exit, not a stack trace", async () => {
    const run = await bench(["--rows", "0"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('npm run bench: --rows needs a positive whole number, got "0"');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
