/**
 * The CLUB.STATS and CLUB.ISSUES timings `npm run bench` prints. Excel recalculates both on every edit of the
 * register they read, so each is timed as Excel calls it, over a range of 10,000 members in clubs of 60 (the
 * programme's 50–70), the header row included, shaped as Excel hands a range to a custom function: dates as
 * serial numbers, error cells as errors, blanks as empty strings. Each call is handed a fresh copy of the range,
 * parsed from JSON as the runtime hands arguments over (strings new to the call, as in Excel), with one member's
 * name changed from the call before, as after an edit: nothing can be carried over that Excel would not carry
 * over. Three stretches are timed apart, because they are different things: the first call (the code compiled
 * for the first time), the few calls after it while V8 optimises the code (once a session), and the calls after
 * those (every edit from then on), of which the median, the 90th percentile and the slowest are given.
 */
import type { CellValue, Grid } from "../src/core/grid";
import { isCellError } from "../src/core/grid";
import { issues, stats } from "../src/functions/functions";
import { CLUB_COUNT, COLUMN, syntheticRegister } from "./synthetic-register";

export const FUNCTION_MEMBERS = 10_000;
const MEMBERS_PER_CLUB = 60;
/** Calls after the first while V8 is still optimising (on this machine the fifth is at the steady pace). */
const WARM_UP = 5;
const STEADY = 40;

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

function percentile(values: readonly number[], share: number): number {
  return [...values].sort((a, b) => a - b)[Math.ceil(values.length * share) - 1];
}

export interface FunctionTiming {
  readonly firstMs: number;
  /** The calls after the first while the code is optimised. */
  readonly warmUpMs: number[];
  /** The median of the calls after those, in wall time and in CPU time. */
  readonly ms: number;
  readonly cpuMs: number;
  /** Nine calls in ten after the warm-up took at most this long. */
  readonly p90Ms: number;
  readonly maxMs: number;
  readonly runsMs: number[];
  readonly runsCpuMs: number[];
  /** Rows of the spilled array. */
  readonly rows: number;
}

/** An edit: the name of the call's member, a different one each call, changed in a fresh copy of the range. */
export function editedRange(json: string, call: number): unknown[][] {
  const range = JSON.parse(json) as unknown[][];
  range[1 + ((call * 7919) % (range.length - 1))][COLUMN.name] = `Nguyễn Thị Sửa ${call}`;
  return range;
}

function timings(json: string, call: (range: unknown[][]) => unknown[][]): FunctionTiming {
  const calls = Array.from({ length: 1 + WARM_UP + STEADY }, (_, i) => {
    const range = editedRange(json, i);
    return timed(() => call(range));
  });
  const runs = calls.slice(1 + WARM_UP);
  const runsMs = runs.map((run) => run.ms);
  const runsCpuMs = runs.map((run) => run.cpuMs);
  return {
    firstMs: calls[0].ms,
    warmUpMs: calls.slice(1, 1 + WARM_UP).map((run) => run.ms),
    ms: percentile(runsMs, 0.5),
    cpuMs: percentile(runsCpuMs, 0.5),
    p90Ms: percentile(runsMs, 0.9),
    maxMs: Math.max(...runsMs),
    runsMs,
    runsCpuMs,
    rows: calls[0].rows,
  };
}

export function runFunctions(seed: number) {
  installRuntime();
  const grid = functionRegister(seed);
  const json = JSON.stringify(excelRange(grid));
  const rows = grid.rows.length;
  const address = `'${grid.sheet}'!A1:L${rows}`;
  const reportDate = "31/12/2025";
  return {
    functionMembers: rows - 1,
    clubStats: timings(json, (range) => stats(range, reportDate, 55)),
    clubIssues: timings(json, (range) =>
      issues(range, reportDate, { parameterAddresses: [address] })
    ),
  };
}
