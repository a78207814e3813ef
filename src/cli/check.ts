/** `club-report check FILE...`: every member table of every file validated, the issues grouped by file and sheet. */
import type { Issue, Severity } from "../core/validation";
import { validate } from "../core/validation";
import { checkJson } from "./json";
import { checkText } from "./print";
import { readRegisters, type Register } from "./registers";
import { ruleProfile, type Io, type Outcome, type Settings } from "./settings";

export interface SheetCheck {
  /** null gathers issues not tied to one of the file's sheets (none are expected from a register). */
  readonly sheet: string | null;
  readonly members: number;
  readonly issues: readonly Issue[];
}

export interface FileCheck {
  readonly file: string;
  readonly sheets: readonly SheetCheck[];
}

export interface CheckResult {
  readonly files: readonly FileCheck[];
  readonly summary: Readonly<Record<Severity, number>>;
}

/**
 * Each file is validated on its own: its sheets share clubs and duplicates, while two files may both have a
 * "Sheet1" and are usually different communes' registers.
 */
export function checkRegisters(registers: readonly Register[], settings: Settings): CheckResult {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const files = registers.map(({ file, tables }): FileCheck => {
    const { issues } = validate(tables, {
      reference: settings.reportDate,
      profile: ruleProfile(settings),
    });
    for (const issue of issues) summary[issue.severity]++;
    const sheets: SheetCheck[] = tables.map((table) => ({
      sheet: table.sheet,
      members: table.members.length,
      issues: issues.filter((issue) => issue.sheet === table.sheet),
    }));
    const elsewhere = issues.filter((issue) => !tables.some((t) => t.sheet === issue.sheet));
    if (elsewhere.length > 0) sheets.push({ sheet: null, members: 0, issues: elsewhere });
    return { file, sheets };
  });
  return { files, summary };
}

export async function runCheck(settings: Settings, io: Io): Promise<Outcome> {
  const { good, bad } = await readRegisters(settings.files);
  const result = checkRegisters(good, settings);
  if (good.length > 0) {
    io.out(settings.json ? checkJson(result, settings.lang) : checkText(result, settings.lang));
  }
  return { hasErrors: result.summary.error > 0, failures: bad };
}
