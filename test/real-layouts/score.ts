/**
 * Scores the command line on the real-layout corpus as a user runs it: `stats --json` and `check --json` on each
 * register, every expected figure (total and per club) judged against the truth tallied by the generator.
 *
 * A figure is
 * - right: the number equals the truth;
 * - unknown: the tool gives null and `check --json` has a warning (or error) that names the figure — the right
 *   answer for an "unknowable" figure, an admitted gap for a knowable one;
 * - wrong: any other number, null with no warning naming it, the figure missing from the JSON, or the club not
 *   found.
 * An issue names a figure when one of its values holds the figure's id as a word (a `figures` list, the message),
 * or when its field is the figure's field (poverty for poor …) and it is not about one member row.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { run } from "../../src/cli/main";

export const ROOT = join(__dirname, "..", "..");
export const SETS = {
  main: join(ROOT, "test", "fixtures", "real-layouts"),
  heldout: join(ROOT, "test", "fixtures", "real-layouts-heldout"),
  probe: join(ROOT, "test", "fixtures", "real-layouts-probe"),
} as const;

type Expected = number | "unknowable";
type Figures = Record<string, Expected>;

export interface Expectation {
  readonly file: string;
  readonly source: readonly string[];
  readonly traits: readonly string[];
  readonly total: Figures;
  readonly clubs: readonly { club: string; match: string; figures: Figures }[];
}

export type Outcome = "right" | "unknown" | "wrong";

export interface Verdict {
  readonly scope: string;
  readonly figure: string;
  readonly expected: Expected;
  readonly actual: unknown;
  readonly outcome: Outcome;
  readonly why?: string;
}

export interface RegisterScore {
  readonly file: string;
  readonly verdicts: readonly Verdict[];
}

/** Which register field each figure is counted from; members, clubs, formerMembers are named by id only. */
const FIELD_OF: Readonly<Record<string, string>> = {
  women: "gender",
  men: "gender",
  genderUnknown: "gender",
  kinh: "ethnicity",
  ethnicMinority: "ethnicity",
  ethnicityUnknown: "ethnicity",
  olderMembers: "birth",
  youngerMembers: "birth",
  ageUnknown: "birth",
  poor: "poverty",
  nearPoor: "poverty",
  hardship: "poverty",
  povertyUnknown: "poverty",
  boardMembers: "role",
  borrowers: "loan",
  loanTotal: "loan",
  contributionTotal: "contribution",
};

interface IssueRecord {
  readonly severity: string;
  readonly field?: string | null;
  readonly row?: number | null;
  readonly [key: string]: unknown;
}

export function expectations(dir: string): Expectation[] {
  return readdirSync(join(dir, "expected"))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, "expected", name), "utf8")) as Expectation);
}

/** The command line exactly as a user types it (through the project's tsx), with its exit code and output. */
/** The command line's own entry point, its output caught as a terminal would show it. */
export async function runCli(args: readonly string[]): Promise<{
  code: number;
  stdout: string;
  stderr: string;
}> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** Folded for matching club names: no diacritics, đ → d, lower case, words separated by single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function namesFigure(issue: IssueRecord, figure: string): boolean {
  if (issue.severity !== "warning" && issue.severity !== "error") return false;
  const word = new RegExp(`(^|[^A-Za-z])${figure}([^A-Za-z]|$)`);
  const mentions = (value: unknown): boolean =>
    typeof value === "string"
      ? word.test(value)
      : Array.isArray(value)
        ? value.some(mentions)
        : false;
  if (Object.values(issue).some(mentions)) return true;
  const field = FIELD_OF[figure];
  return field !== undefined && issue.field === field && (issue.row ?? null) === null;
}

function judge(
  scope: string,
  figure: string,
  expected: Expected,
  actual: unknown,
  issues: readonly IssueRecord[]
): Verdict {
  const base = { scope, figure, expected, actual };
  if (actual === undefined) return { ...base, outcome: "wrong", why: "absent from stats --json" };
  if (actual === null) {
    return issues.some((issue) => namesFigure(issue, figure))
      ? { ...base, outcome: "unknown" }
      : { ...base, outcome: "wrong", why: "null with no warning naming it" };
  }
  if (expected === "unknowable") {
    return { ...base, outcome: "wrong", why: "a number for a figure the register does not carry" };
  }
  return actual === expected ? { ...base, outcome: "right" } : { ...base, outcome: "wrong" };
}

function parse(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export async function scoreRegister(dir: string, expectation: Expectation): Promise<RegisterScore> {
  const file = join(dir, expectation.file);
  const common = ["--json", "--report-date", "2024-06-30", "--lang", "en", file];
  const stats = parse((await runCli(["stats", ...common])).stdout);
  const check = parse((await runCli(["check", ...common])).stdout);
  const issues = ((check?.files as { sheets: { issues: IssueRecord[] }[] }[] | undefined) ?? [])
    .flatMap((f) => f.sheets)
    .flatMap((s) => s.issues);
  const total = (stats?.total ?? {}) as Record<string, unknown>;
  const toolClubs = (stats?.clubs ?? []) as { club: string; [figure: string]: unknown }[];
  const verdicts: Verdict[] = [];
  const failed = stats === null ? "stats --json gave no JSON" : undefined;
  for (const [figure, expected] of Object.entries(expectation.total)) {
    const verdict = judge("total", figure, expected, total[figure], issues);
    verdicts.push(failed ? { ...verdict, outcome: "wrong", why: failed } : verdict);
  }
  for (const club of expectation.clubs) {
    const found = toolClubs.filter((c) => fold(c.club).includes(fold(club.match)));
    for (const [figure, expected] of Object.entries(club.figures)) {
      if (figure === "clubs") continue;
      if (found.length !== 1) {
        const why = found.length === 0 ? "club not found" : "club matched twice";
        verdicts.push({
          scope: club.club,
          figure,
          expected,
          actual: undefined,
          outcome: "wrong",
          why,
        });
        continue;
      }
      verdicts.push(judge(club.club, figure, expected, found[0][figure], issues));
    }
  }
  return { file: expectation.file, verdicts };
}

export function counts(score: RegisterScore): Record<Outcome, number> {
  const out: Record<Outcome, number> = { right: 0, unknown: 0, wrong: 0 };
  for (const verdict of score.verdicts) out[verdict.outcome]++;
  return out;
}

/** One line per wrong figure: "total poor: expected 12, got 0". */
export function wrongLines(score: RegisterScore): string[] {
  return score.verdicts
    .filter((v) => v.outcome === "wrong")
    .map(
      (v) =>
        `${v.scope} ${v.figure}: expected ${v.expected}, got ${JSON.stringify(v.actual) ?? "nothing"}` +
        (v.why ? ` (${v.why})` : "")
    );
}
