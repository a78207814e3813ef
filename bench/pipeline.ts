/**
 * npm run bench [-- --rows N] [-- --seed N] [-- --repeat N] [-- --json]
 *
 * Times, in one process, over a synthetic register as tall as a sheet can be: reading the grid into members,
 * validating them, computing the indicators; a bare scan touching every cell once (the floor); and ajv checking
 * the same cell rules as a compiled JSON Schema (the yardstick); and CLUB.STATS and CLUB.ISSUES as Excel calls
 * them on 10,000 members (bench/functions.ts). With --json the last line is one JSON object.
 */
import { type Grid, isBlank } from "../src/core/grid";
import { computeIndicators } from "../src/core/indicators";
import { readMemberTable } from "../src/core/register";
import { validate } from "../src/core/validation";
import { checkRows, compileRowSchema, rowObjects } from "./ajv-baseline";
import { runFunctions } from "./functions";
import { GcWatch } from "./gc-watch";
import { EXCEL_MEMBER_ROWS, HEADERS, syntheticRegister, tcvn3Register } from "./synthetic-register";

interface Settings {
  readonly rows: number;
  readonly seed: number;
  /** Pipeline runs, each followed by an ajv run; medians are reported, as one run of either can be an outlier. */
  readonly repeat: number;
  readonly json: boolean;
}

function settingsFrom(args: readonly string[]): Settings {
  const numberAfter = (flag: string, fallback: number): number => {
    const at = args.indexOf(flag);
    const value = at >= 0 ? Number(args[at + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${flag} needs a positive whole number, got "${args[at + 1]}"`);
    }
    return value;
  };
  return {
    rows: numberAfter("--rows", EXCEL_MEMBER_ROWS),
    seed: numberAfter("--seed", 20190701),
    repeat: numberAfter("--repeat", 5),
    json: args.includes("--json"),
  };
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const tenths = (ms: number) => Math.round(ms * 10) / 10;

interface Phase<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  readonly ms: number;
  /** Resident memory right after the phase, with what it built still held. */
  readonly rssMb: number;
}

/** Present when node runs with --expose-gc: each phase then starts without the previous one's garbage. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function timed<T>(work: () => T): Phase<T> {
  collectGarbage?.();
  const start = performance.now();
  const value = work();
  const end = performance.now();
  return {
    value,
    start,
    end,
    ms: tenths(end - start),
    rssMb: megabytes(process.memoryUsage().rss),
  };
}

/** The highest resident set size of the process so far (Linux reports it in kilobytes). */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Touches every cell once and keeps a tally, so that the loop cannot be optimised away. */
function scan(grid: Grid): number {
  let filled = 0;
  for (const row of grid.rows) {
    for (const cell of row) if (!isBlank(cell)) filled++;
  }
  return filled;
}

/** Read, validate, indicators; only figures come back, so that what the pipeline built can be freed. */
function runPipeline(grid: Grid) {
  const read = timed(() => readMemberTable(grid));
  const table = read.value;
  if (table === null) throw new Error("the reader found no member table in the synthetic register");
  const reference = { year: 2025, month: 12, day: 31 };
  const validated = timed(() => validate([table], { reference }));
  const stats = timed(() => computeIndicators(table.members, { referenceDate: reference }));
  // Only figures outlive this function: what the pipeline built is garbage once it returns. No closure may be
  // returned either — it would hold this function's scope, and with it the member table, through later runs
  // (a closure did until the fifth round: each run kept its million members alive, slowing the runs after it).
  return {
    readMs: read.ms,
    validateMs: validated.ms,
    statsMs: stats.ms,
    pipelineMs: tenths(read.ms + validated.ms + stats.ms),
    // Phase by phase: the collections forced between phases are not the pipeline's.
    phaseWindows: [read, validated, stats].map(({ start, end }) => ({ start, end })),
    members: table.members.length,
    clubs: stats.value.total.clubs,
    issues: validated.value.issues.length,
    issuesByRule: Object.fromEntries(
      Object.entries(validated.value.summary.byRule)
        .filter(([, count]) => count > 0)
        .sort(([, a], [, b]) => b - a)
    ),
    rssAfterReadMb: read.rssMb,
    rssAfterValidateMb: validated.rssMb,
    rssAfterStatsMb: stats.rssMb,
    pipelinePeakRssMb: peakRssMb(),
  };
}

/** ajv over row objects built beforehand (not timed), once the pipeline's garbage is gone. */
function runAjv(grid: Grid) {
  collectGarbage?.();
  const rows = rowObjects(grid);
  const schema = compileRowSchema();
  return timed(() => checkRows(schema, rows));
}

/** The run with the median time (the lower middle one for an even count). */
function medianRun<T>(runs: readonly T[], ms: (run: T) => number): { median: T; all: number[] } {
  const sorted = [...runs].sort((a, b) => ms(a) - ms(b));
  return { median: sorted[Math.floor((runs.length - 1) / 2)], all: runs.map(ms) };
}

/**
 * Reading a tenth of the register typed wholly in TCVN3, where every name must be recognised as legacy and
 * converted: the pipeline's worst case for text, which the mostly-Unicode register above hardly touches.
 */
function runLegacyReads(grid: Grid, settings: Settings) {
  const rows = Math.ceil(settings.rows / 10);
  const legacyGrid = tcvn3Register(grid, rows);
  let legacyNames = 0;
  // Only times are kept from run to run, so that no run's members weigh on the next.
  const runsMs = Array.from({ length: settings.repeat }, () => {
    const read = timed(() => readMemberTable(legacyGrid));
    if (read.value === null)
      throw new Error("the reader found no member table in the TCVN3 register");
    // Members whose name was read as TCVN3 and converted: the work the figure is about.
    legacyNames = read.value.members.filter((member) =>
      member.problems.some(
        (problem) => problem.field === "name" && problem.code === "legacy-encoding"
      )
    ).length;
    return read.ms;
  });
  return { legacyRows: rows, legacyReadMs: median(runsMs), legacyReadRunsMs: runsMs, legacyNames };
}

/** The median of some numbers (the lower middle one for an even count). */
function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
}

async function run(settings: Settings) {
  // First, in a heap holding nothing else, as Excel's runtime holds no sheet-sized register of its own.
  const { functionMembers, clubStats, clubIssues } = runFunctions(settings.seed);
  const gc = new GcWatch();
  const grid = syntheticRegister(settings.rows, settings.seed);
  const generatedRssMb = megabytes(process.memoryUsage().rss);
  const scanned = timed(() => scan(grid));
  collectGarbage?.();
  const heapBeforeRuns = process.memoryUsage().heapUsed;
  // Each pipeline run is followed by an ajv run, so that the two are timed side by side: this machine's
  // speed drifts by a third from one minute to the next, and runs taken apart compare the drift.
  const pairs = Array.from({ length: settings.repeat }, () => {
    const pipelineRun = runPipeline(grid);
    return { pipeline: pipelineRun, ajv: runAjv(grid) };
  });
  const pipelines = medianRun(
    pairs.map((pair) => pair.pipeline),
    (p) => p.pipelineMs
  );
  const { phaseWindows, ...pipeline } = pipelines.median;
  const ajvs = medianRun(
    pairs.map((pair) => pair.ajv),
    (a) => a.ms
  );
  const ajv = ajvs.median;
  const pairRatios = pairs.map((pair) => pair.pipeline.pipelineMs / pair.ajv.ms);
  const legacy = runLegacyReads(grid, settings);
  collectGarbage?.();
  // What the runs left alive: nothing of theirs should be, or each run would slow the next.
  const heapRetainedMb = collectGarbage
    ? Math.round((process.memoryUsage().heapUsed - heapBeforeRuns) / 1024 / 102.4) / 10
    : null;
  await gc.settle();

  return {
    rows: settings.rows,
    columns: HEADERS.length,
    seed: settings.seed,
    readMs: pipeline.readMs,
    validateMs: pipeline.validateMs,
    statsMs: pipeline.statsMs,
    pipelineMs: pipeline.pipelineMs,
    scanMs: scanned.ms,
    ajvMs: ajv.ms,
    pipelineGcMs: tenths(phaseWindows.reduce((ms, w) => ms + gc.msWithin(w.start, w.end), 0)),
    ajvGcMs: gc.msWithin(ajv.start, ajv.end),
    members: pipeline.members,
    clubs: pipeline.clubs,
    issues: pipeline.issues,
    issuesByRule: pipeline.issuesByRule,
    ajvInvalidRows: ajv.value.invalidRows,
    filledCells: scanned.value,
    generatedRssMb,
    rssAfterReadMb: pipeline.rssAfterReadMb,
    rssAfterValidateMb: pipeline.rssAfterValidateMb,
    rssAfterStatsMb: pipeline.rssAfterStatsMb,
    // Memory is that of one pass, the first: later runs reuse the heap it grew and add nothing of their own.
    peakRssMb: pairs[0].pipeline.pipelinePeakRssMb,
    processPeakRssMb: peakRssMb(),
    heapRetainedMb,
    gcBetweenPhases: collectGarbage !== undefined,
    repeat: settings.repeat,
    pipelineRunsMs: pipelines.all,
    ajvRunsMs: ajvs.all,
    // ajv's runs spread widely (a slow one while V8 has not yet optimised its generated code): its fastest run
    // is the strictest yardstick.
    ajvFastestMs: Math.min(...ajvs.all),
    ...legacy,
    functionMembers,
    clubStatsMs: clubStats.ms,
    clubStatsCpuMs: clubStats.cpuMs,
    clubStatsP90Ms: clubStats.p90Ms,
    clubStatsFirstMs: clubStats.firstMs,
    clubStatsWarmUpMs: clubStats.warmUpMs,
    clubStatsMaxMs: clubStats.maxMs,
    clubStatsRunsMs: clubStats.runsMs,
    clubStatsRunsCpuMs: clubStats.runsCpuMs,
    clubStatsRows: clubStats.rows,
    clubIssuesMs: clubIssues.ms,
    clubIssuesCpuMs: clubIssues.cpuMs,
    clubIssuesP90Ms: clubIssues.p90Ms,
    clubIssuesFirstMs: clubIssues.firstMs,
    clubIssuesWarmUpMs: clubIssues.warmUpMs,
    clubIssuesMaxMs: clubIssues.maxMs,
    clubIssuesRunsMs: clubIssues.runsMs,
    clubIssuesRunsCpuMs: clubIssues.runsCpuMs,
    clubIssuesRows: clubIssues.rows,
    // Each pipeline run over the ajv run right after it; their median is the ratio the target is about.
    pairRatios: pairRatios.map((ratio) => Math.round(ratio * 100) / 100),
    ratio: Math.round(median(pairRatios) * 100) / 100,
    // ajv has a slow mode (about 11 s, against 3–4) that flatters any ratio taken against it: the strict one.
    ratioToFastest: Math.round((pipeline.pipelineMs / Math.min(...ajvs.all)) * 100) / 100,
  };
}

type Result = Awaited<ReturnType<typeof run>>;

/** A function's steady calls (median, CPU, 90th percentile, slowest), then its first call and warm-up. */
function functionLine(
  name: string,
  timing: {
    ms: number;
    cpuMs: number;
    p90Ms: number;
    maxMs: number;
    firstMs: number;
    warmUpMs: readonly number[];
    rows: number;
  }
) {
  const count = (n: number) => n.toLocaleString("en-US");
  return (
    `${name.padEnd(22)}${`${count(timing.ms)} ms`.padStart(13)}` +
    `${`CPU ${count(timing.cpuMs)} ms`.padStart(17)}${`9 in 10 ≤ ${count(timing.p90Ms)} ms`.padStart(22)}` +
    `${`slowest ${count(timing.maxMs)} ms`.padStart(20)}` +
    `   (first call ${count(timing.firstMs)} ms, then ${timing.warmUpMs.map(count).join(", ")} ms;` +
    ` ${count(timing.rows)} rows spilled)`
  );
}

function table(result: Result): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const line = (label: string, ms: number, gcMs?: number, rows = result.rows) =>
    `${label.padEnd(22)}${`${count(ms)} ms`.padStart(13)}` +
    `${`${count(Math.round(rows / (ms / 1000)))} rows/s`.padStart(22)}` +
    (gcMs === undefined ? "" : `   (GC ${count(gcMs)} ms)`);
  return [
    `Synthetic register: ${count(result.rows)} rows × ${result.columns} columns` +
      ` (seed ${result.seed}), ${count(result.members)} members in ${result.clubs} clubs`,
    "",
    line("read", result.readMs),
    line("validate", result.validateMs),
    line("indicators", result.statsMs),
    line("pipeline (sum)", result.pipelineMs, result.pipelineGcMs),
    line("bare scan (floor)", result.scanMs),
    line(
      `read, TCVN3 (${count(result.legacyRows)})`,
      result.legacyReadMs,
      undefined,
      result.legacyRows
    ),
    line("ajv (yardstick)", result.ajvMs, result.ajvGcMs),
    "",
    `pipeline / ajv (target ≤ 2): ${result.ratioToFastest.toFixed(2)} against ajv's fastest run (the strict` +
      ` yardstick); ${(result.pipelineMs / result.ajvMs).toFixed(2)} against its median;` +
      ` ${result.ratio.toFixed(2)}, the median of the runs side by side` +
      ` (${result.pairRatios.map((ratio) => ratio.toFixed(2)).join(", ")})`,
    `issues: ${count(result.issues)}; rows ajv finds invalid: ${count(result.ajvInvalidRows)};` +
      ` TCVN3 names read and converted: ${count(result.legacyNames)} of ${count(result.legacyRows)}`,
    `issues by rule: ${Object.entries(result.issuesByRule)
      .map(([rule, n]) => `${rule} ${count(n)}`)
      .join(", ")}`,
    "",
    `memory (resident): ${result.generatedRssMb} MB with the grid, ${result.rssAfterReadMb} MB after` +
      ` reading, ${result.rssAfterValidateMb} MB after validating, ${result.rssAfterStatsMb} MB after` +
      ` the indicators`,
    `peak: ${result.peakRssMb} MB through one pass of the pipeline (target < 1024),` +
      ` ${result.processPeakRssMb} MB over all ${result.repeat} passes and ajv`,
    `runs (ms): pipeline ${result.pipelineRunsMs.join(", ")}; ajv ${result.ajvRunsMs.join(", ")}` +
      ` (medians above)`,
    "",
    `Functions as Excel calls them on every edit, over ${count(result.functionMembers)} members` +
      ` in clubs of 60, each call after an edit (target ≤ 50 ms each). Once V8 has optimised the code` +
      ` (the first call and the ${result.clubStatsWarmUpMs.length} after it, once a session, are given apart),` +
      ` ${result.clubStatsRunsMs.length} calls: the median, its CPU time, the slowest of the fastest nine in ten,` +
      ` the slowest`,
    functionLine("CLUB.STATS", {
      ms: result.clubStatsMs,
      cpuMs: result.clubStatsCpuMs,
      p90Ms: result.clubStatsP90Ms,
      maxMs: result.clubStatsMaxMs,
      firstMs: result.clubStatsFirstMs,
      warmUpMs: result.clubStatsWarmUpMs,
      rows: result.clubStatsRows,
    }),
    functionLine("CLUB.ISSUES", {
      ms: result.clubIssuesMs,
      cpuMs: result.clubIssuesCpuMs,
      p90Ms: result.clubIssuesP90Ms,
      maxMs: result.clubIssuesMaxMs,
      firstMs: result.clubIssuesFirstMs,
      warmUpMs: result.clubIssuesWarmUpMs,
      rows: result.clubIssuesRows,
    }),
  ].join("\n");
}

let settings: Settings | null = null;
try {
  settings = settingsFrom(process.argv.slice(2));
} catch (error) {
  console.error(`npm run bench: ${(error as Error).message}`);
  process.exitCode = 2;
}
if (settings !== null) {
  const { json } = settings;
  run(settings).then((result) => console.log(json ? JSON.stringify(result) : table(result)));
}
