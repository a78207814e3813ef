/** `club-report check FILE...`: every member table of every file validated, the issues grouped by file and sheet. */
import type { RegisterLayout } from "../core/register";
import type { Issue, Severity } from "../core/validation";
import { copiedSheetIssue, validate } from "../core/validation";
import { mergedRegister } from "./batch";
import { checkJson } from "./json";
import { checkText } from "./print";
import { readRegisters, type Register } from "./registers";
import { ruleProfile, type Io, type Outcome, type Settings } from "./settings";

export interface SheetCheck {
  /** null gathers issues not tied to one of the file's sheets (none are expected from a register). */
  readonly sheet: string | null;
  readonly members: number;
  readonly issues: readonly Issue[];
  /** How the sheet was read: detected, or as the user corrected it. */
  readonly layout?: RegisterLayout;
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
 * The registers of a run are validated as one: a person listed in two files is a duplicate, a club whose
 * members are spread over several files is sized and counted over all of them, as `stats` and the report count
 * them. Issues are then handed back to the file and sheet they are about.
 */
export function checkRegisters(registers: readonly Register[], settings: Settings): CheckResult {
  const merged = mergedRegister(registers);
  const { issues } = validate(merged.tables, {
    reference: settings.reportDate,
    profile: ruleProfile(settings),
    grids: merged.grids,
  });
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const bySheet = new Map<string, Issue[]>(merged.tables.map((table) => [table.sheet, []]));
  const elsewhere: Issue[] = [];
  for (const issue of issues) {
    summary[issue.severity]++;
    const list = issue.sheet === null ? undefined : bySheet.get(issue.sheet);
    (list ?? elsewhere).push(issue);
  }
  let t = 0;
  const files = registers.map(({ file, tables, copies }, f): FileCheck => {
    const sheets: SheetCheck[] = tables.map((table) => ({
      sheet: table.sheet,
      members: table.members.length,
      issues: bySheet.get(merged.tables[t++].sheet) ?? [],
      layout: table.layout,
    }));
    // A sheet left out as a copy of others is listed with the warning that says so.
    for (const copy of copies) {
      const issue = copiedSheetIssue(copy);
      summary[issue.severity]++;
      sheets.push({
        sheet: copy.table.sheet,
        members: copy.table.members.length,
        issues: [issue],
        layout: copy.table.layout,
      });
    }
    if (f === 0 && elsewhere.length > 0)
      sheets.push({ sheet: null, members: 0, issues: elsewhere });
    return { file, sheets };
  });
  return { files, summary };
}

export async function runCheck(settings: Settings, io: Io): Promise<Outcome> {
  const { good, bad } = await readRegisters(settings.files, settings.reading);
  const result = checkRegisters(good, settings);
  if (good.length > 0) {
    const chunks = settings.json
      ? checkJson(result, settings.lang)
      : checkText(result, settings.lang, settings.all);
    for (const chunk of chunks) await io.out(chunk);
  }
  return { hasErrors: result.summary.error > 0, failures: bad };
}
