/**
 * The command line's arguments → options, strictly: an unknown option, a repeated option, a missing or bad value
 * is a failure, never a guess. `--opt value` and `--opt=value` both work; `--` ends the options.
 */
import type { Lang } from "../core/i18n/text";
import { DEFAULT_AGE_THRESHOLD } from "../core/indicators";
import type { DayDate } from "../core/model";
import type { ReportSettings } from "../core/report";
import { PROFILES, profileById, type RuleProfile } from "../core/validation";
import { FIRST_YEAR, LAST_YEAR, readDayDate } from "../core/values";
import { parseHeaderRows, parseMapping, ROLE_NAMES, type ColumnMapping } from "../core/register";
import { fail, type Failure } from "./failure";

export const COMMANDS = ["check", "stats", "report", "template"] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The user's corrections of how registers are read. */
export interface RegisterReading {
  readonly mappings: readonly ColumnMapping[];
  readonly headerRows: { readonly first: number; readonly last: number } | null;
}

/** What the report says about itself: a settings file, and options that override what it says. */
export interface ReportOptions {
  readonly settingsFile: string | null;
  readonly settings: ReportSettings;
}

export interface CliOptions {
  readonly command: CommandName;
  readonly files: readonly string[];
  /** The report's output file; only the report command has (and needs) one. */
  readonly out: string | null;
  readonly force: boolean;
  /** null: today. */
  readonly reportDate: DayDate | null;
  readonly ageThreshold: number;
  readonly planned: number | null;
  readonly foundedBefore: number | null;
  readonly target: number | null;
  readonly profile: RuleProfile;
  readonly lang: Lang;
  readonly json: boolean;
  /** check: list every issue, not only the first ones. */
  readonly all: boolean;
  /** How the registers are read: columns the user named (`--map`), header rows (`--header-rows`). */
  readonly reading: RegisterReading;
  /** Count members noted as having left as members too. */
  readonly countFormer: boolean;
  readonly report: ReportOptions;
  /** What the template command's register names and how it writes births. */
  readonly template: TemplateRequest;
}

export interface TemplateRequest {
  readonly club: string | null;
  readonly commune: string | null;
  readonly splitBirth: boolean;
}

export type ParsedArgs =
  | { readonly kind: "run"; readonly options: CliOptions }
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "fail"; readonly lang: Lang; readonly failure: Failure };

/** The report's own options: each sets one of its settings (`--issue-date` and `--recipients` are read apart). */
const REPORT_TEXT: Readonly<Record<string, { key: keyof ReportSettings; example: string }>> = {
  "--parent-body": { key: "parentBody", example: "TRUNG ƯƠNG HỘI NCT VIỆT NAM" },
  "--issuing-body": { key: "issuingBody", example: "HỘI NCT TỈNH LAI CHÂU" },
  "--place": { key: "place", example: "Lai Châu" },
  "--number": { key: "reportNumber", example: "15" },
  "--period": { key: "period", example: "năm 2024" },
  "--plan": {
    key: "plan",
    example: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu",
  },
  "--authority": { key: "authority", example: "TM. BAN THƯỜNG VỤ" },
  "--signer-title": { key: "signerTitle", example: "CHỦ TỊCH" },
  "--signer": { key: "signerName", example: "Nguyễn Văn A" },
};

/** Every option of the report's settings → its example. */
const REPORT_SETTINGS: Readonly<Record<string, string>> = {
  "--settings": "bao-cao.json",
  "--issue-date": "2024-12-20",
  "--recipients": "UBND tỉnh Lai Châu; Trung ương Hội NCT Việt Nam",
  ...Object.fromEntries(Object.entries(REPORT_TEXT).map(([option, o]) => [option, o.example])),
};

/** Option → the example shown when its value is missing; null for a flag. */
const OPTIONS: Readonly<Record<string, string | null>> = {
  "--report-date": "2024-12-31",
  "--age-threshold": "55",
  "--planned": "7",
  "--founded-before": "11",
  "--target": "25",
  "--profile": "laichau",
  "--lang": "en",
  "--out": "bao-cao.xlsx",
  "--json": null,
  "--all": null,
  "--map": "Đối tượng=poverty",
  "--header-rows": "5-7",
  "--count-former": null,
  "--force": null,
  "--club": "Bản Nà Lằng",
  "--commune": "Nà Tăm",
  "--split-birth": null,
  "--help": null,
  ...REPORT_SETTINGS,
};
const HELP = ["--help", "-h"];
/** Options that may be given several times; their values are kept in order. */
const REPEATABLE = ["--map"];

/** The role names `--map` takes, for the help and the messages. */
export const ROLE_LIST = [...ROLE_NAMES.keys()].join(", ");

const REPORT_ONLY = ["--out", "--force", ...Object.keys(REPORT_SETTINGS)];
const CHECK_ONLY = ["--all"];
const TEMPLATE_ONLY = ["--club", "--commune", "--split-birth"];
/** The report options the template command takes too: where it writes. */
const OUTPUT_OPTIONS = ["--out", "--force"];

/** Whole numbers each option accepts; the upper bounds only catch slips (a year typed as an age). */
const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  "--age-threshold": [1, 120],
  "--planned": [1, 1_000_000],
  "--founded-before": [0, 1_000_000],
  "--target": [1, 1_000_000],
};

const DEFAULT_PROFILE = "national";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The language asked for, looked up first so that even a failure in the other arguments speaks it. */
export function requestedLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    let value: string | undefined;
    if (argv[i] === "--lang") value = argv[i + 1];
    else if (argv[i].startsWith("--lang=")) value = argv[i].slice("--lang=".length);
    if (value === "en" || value === "vi") return value;
  }
  return "vi";
}

interface Scanned {
  readonly values: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
  /** The values of each repeatable option, in order. */
  readonly lists: ReadonlyMap<string, readonly string[]>;
}

function scan(argv: readonly string[]): Scanned | Failure {
  const values = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      // One by one: a shell can pass more names than a spread into one call can take.
      for (const rest of argv.slice(i + 1)) positionals.push(rest);
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const option = equals < 0 ? arg : arg.slice(0, equals);
    const example = OPTIONS[option];
    if (!Object.prototype.hasOwnProperty.call(OPTIONS, option)) {
      return fail("cli.fail.unknown-option", { option });
    }
    if (values.has(option) && !REPEATABLE.includes(option)) {
      return fail("cli.fail.repeated-option", { option });
    }
    if (example === null) {
      if (equals >= 0)
        return fail("cli.fail.no-value-expected", { option, value: arg.slice(equals + 1) });
      values.set(option, true);
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || value === "")
      return fail("cli.fail.missing-value", { option, example });
    if (REPEATABLE.includes(option)) {
      const list = lists.get(option) ?? [];
      list.push(value);
      lists.set(option, list);
    }
    values.set(option, value);
  }
  return { values, positionals, lists };
}

function wholeNumber(option: string, value: string | undefined): number | null | Failure {
  if (value === undefined) return null;
  const [min, max] = NUMBER_RANGES[option];
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return n >= min && n <= max ? n : fail("cli.fail.bad-number", { option, value, min, max });
}

/**
 * A real day (2024-02-30 is not) within the years a register's dates can have: a report date in 1899 is said
 * to be out of range, not malformed.
 */
function reportDate(
  value: string | undefined,
  failure: "cli.fail.bad-date" | "cli.fail.bad-issue-date" = "cli.fail.bad-date"
): DayDate | null | Failure {
  if (value === undefined) return null;
  if (!ISO_DATE.test(value)) return fail(failure, { value });
  const reading = readDayDate(value);
  if (reading.ok) return reading.value;
  const [year, month, day] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && failure === "cli.fail.bad-date" && (year < FIRST_YEAR || year > LAST_YEAR)
    ? fail("cli.fail.date-out-of-range", { value, min: FIRST_YEAR, max: LAST_YEAR })
    : fail(failure, { value });
}

function choice<T>(
  option: string,
  value: string,
  pick: (v: string) => T | null,
  choices: string
): T | Failure {
  return pick(value) ?? fail("cli.fail.bad-choice", { option, value, choices });
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = requestedLang(argv);
  const failed = (failure: Failure): ParsedArgs => ({ kind: "fail", lang, failure });
  const end = argv.indexOf("--");
  if ((end < 0 ? argv : argv.slice(0, end)).some((arg) => HELP.includes(arg))) {
    return { kind: "help", lang };
  }

  const scanned = scan(argv);
  if ("failure" in scanned) return failed(scanned);
  const { values, positionals, lists } = scanned;
  const mappings: ColumnMapping[] = [];
  for (const value of lists.get("--map") ?? []) {
    const mapping = parseMapping(value);
    if (mapping === null) return failed(fail("cli.fail.bad-map", { value, roles: ROLE_LIST }));
    mappings.push(mapping);
  }
  const headerRowsText = values.get("--header-rows");
  const headerRows = typeof headerRowsText === "string" ? parseHeaderRows(headerRowsText) : null;
  if (typeof headerRowsText === "string" && headerRows === null) {
    return failed(fail("cli.fail.bad-header-rows", { value: headerRowsText }));
  }
  const text = (option: string) => {
    const value = values.get(option);
    return typeof value === "string" ? value : undefined;
  };

  const [command, ...files] = positionals;
  if (command === undefined) return failed(fail("cli.fail.no-command"));
  if (!isCommand(command)) return failed(fail("cli.fail.unknown-command", { command }));
  if (command !== "report") {
    const allowed = command === "template" ? OUTPUT_OPTIONS : [];
    const option = REPORT_ONLY.find((o) => values.has(o) && !allowed.includes(o));
    if (option) return failed(fail("cli.fail.report-only", { option }));
  }
  if (command !== "template") {
    const option = TEMPLATE_ONLY.find((o) => values.has(o));
    if (option) return failed(fail("cli.fail.template-only", { option }));
  }
  if (command !== "check") {
    const option = CHECK_ONLY.find((o) => values.has(o));
    if (option) return failed(fail("cli.fail.check-only", { option }));
  }

  const langChoice = choice(
    "--lang",
    text("--lang") ?? lang,
    (v) => (v === "vi" || v === "en" ? v : null),
    "vi, en"
  );
  if (typeof langChoice !== "string") return failed(langChoice);
  const profile = choice(
    "--profile",
    text("--profile") ?? DEFAULT_PROFILE,
    profileById,
    Object.keys(PROFILES).join(", ")
  );
  if ("failure" in profile) return failed(profile);
  const date = reportDate(text("--report-date"));
  if (date !== null && "failure" in date) return failed(date);
  const numbers: Record<string, number | null> = {};
  for (const option of Object.keys(NUMBER_RANGES)) {
    const n = wholeNumber(option, text(option));
    if (n !== null && typeof n !== "number") return failed(n);
    numbers[option] = n;
  }

  const issued = reportDate(text("--issue-date"), "cli.fail.bad-issue-date");
  if (issued !== null && "failure" in issued) return failed(issued);
  const settings: Record<string, unknown> = {};
  for (const [option, { key }] of Object.entries(REPORT_TEXT)) {
    const value = text(option);
    if (value !== undefined) settings[key] = value;
  }
  if (issued !== null) settings.reportDate = issued;
  const recipients = text("--recipients");
  if (recipients !== undefined) {
    settings.recipients = recipients
      .split(";")
      .map((line) => line.trim())
      .filter((line) => line !== "");
  }

  if (command === "template" && files.length > 0) {
    return failed(fail("cli.fail.template-files", { file: files[0] }));
  }
  if (command !== "template" && files.length === 0) {
    return failed(fail("cli.fail.no-files", { command }));
  }
  const out = text("--out") ?? null;
  if (command === "report" && out === null) return failed(fail("cli.fail.no-out"));
  if (command === "template" && out === null) return failed(fail("cli.fail.template-no-out"));

  return {
    kind: "run",
    options: {
      command,
      files,
      out,
      force: values.has("--force"),
      reportDate: date,
      ageThreshold: numbers["--age-threshold"] ?? DEFAULT_AGE_THRESHOLD,
      planned: numbers["--planned"],
      foundedBefore: numbers["--founded-before"],
      target: numbers["--target"],
      profile,
      lang: langChoice,
      json: values.has("--json"),
      all: values.has("--all"),
      reading: { mappings, headerRows },
      countFormer: values.has("--count-former"),
      report: { settingsFile: text("--settings") ?? null, settings: settings as ReportSettings },
      template: {
        club: text("--club") ?? null,
        commune: text("--commune") ?? null,
        splitBirth: values.has("--split-birth"),
      },
    },
  };
}
