/**
 * The CLUB.STATS and CLUB.ISSUES timings `npm run bench` prints. Excel recalculates both on every edit of the
 * register they read, so each is timed as Excel calls it, over a range of 10,000 members in clubs of 60 (the
 * programme's 50–70), the header row included, shaped as Excel hands a range to a custom function: dates as
 * serial numbers, error cells as errors, blanks as empty strings. The first call is timed alone (the code not
 * yet optimised), then the median of the calls after it.
 */
import type { CellValue, Grid } from "../src/core/grid";
import { isCellError } from "../src/core/grid";
import { issues, stats } from "../src/functions/functions";
import { CLUB_COUNT, syntheticRegister } from "./synthetic-register";

export const FUNCTION_MEMBERS = 10_000;
const MEMBERS_PER_CLUB = 60;
const REPEAT = 15;

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function excelValue(value: CellValue): unknown {
  if (value === null) return "";
  if (value instanceof Date) return (value.getTime() - SERIAL_EPOCH) / MS_PER_DAY;
  if (isCellError(value)) return { code: value.error, message: "" };
  return value;
}

/** The grid as the 2-D array Excel passes for a range: every row as wide as the range. */
export function excelRange(grid: Grid): unknown[][] {
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return grid.rows.map((row) =>
    Array.from({ length: width }, (_, c) => excelValue(row[c] ?? null))
  );
}

/** The first 10,000 members of a synthetic register whose clubs have 60 members each. */
export function functionRegister(seed: number): Grid {
  const grid = syntheticRegister(MEMBERS_PER_CLUB * CLUB_COUNT, seed);
  return { ...grid, rows: grid.rows.slice(0, FUNCTION_MEMBERS + 1) };
}

/** Excel's runtime gives the functions these globals; in Node the bench stands in for it, as the tests do. */
function installRuntime(): void {
  const globals = globalThis as Record<string, unknown>;
  if (globals.CustomFunctions !== undefined) return;
  class RuntimeError extends Error {
    constructor(
      readonly code: string,
      message?: string
    ) {
      super(message);
    }
  }
  globals.CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    associate: () => undefined,
  };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

interface Call {
  readonly ms: number;
  /** CPU time the process spent, all its threads together (a collector's or compiler's too). */
  readonly cpuMs: number;
  readonly rows: number;
}

/**
 * Wall time, and CPU time beside it: on a machine whose cores are shared, a call waits for a core for as long
 * as it computes, and only the CPU time says what the call costs. No collection is forced between calls, as
 * none is in Excel's runtime: a call pays for the garbage it finds (a forced one made the next call two to three
 * times slower here).
 */
function timed(call: () => unknown[][]): Call {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const rows = call().length;
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { ms: tenths(ms), cpuMs: tenths((user + system) / 1000), rows };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
}

export interface FunctionTiming {
  readonly firstMs: number;
  /** The median of the calls after the first, in wall time and in CPU time. */
  readonly ms: number;
  readonly cpuMs: number;
  readonly runsMs: number[];
  readonly runsCpuMs: number[];
  /** Rows of the spilled array. */
  readonly rows: number;
}

function timings(call: () => unknown[][]): FunctionTiming {
  const first = timed(call);
  const runs = Array.from({ length: REPEAT }, () => timed(call));
  const runsMs = runs.map((run) => run.ms);
  const runsCpuMs = runs.map((run) => run.cpuMs);
  return {
    firstMs: first.ms,
    ms: median(runsMs),
    cpuMs: median(runsCpuMs),
    runsMs,
    runsCpuMs,
    rows: first.rows,
  };
}

export function runFunctions(seed: number) {
  installRuntime();
  const grid = functionRegister(seed);
  const range = excelRange(grid);
  const address = `'${grid.sheet}'!A1:L${range.length}`;
  const reportDate = "31/12/2025";
  return {
    functionMembers: range.length - 1,
    clubStats: timings(() => stats(range, reportDate, 55)),
    clubIssues: timings(() => issues(range, reportDate, { parameterAddresses: [address] })),
  };
}
