/**
 * The `club-report` command line: parses the arguments, runs the command, and turns every expected failure into
 * one line on stderr and exit code 2. Exit codes: 0 no error, 1 the registers hold errors (check), 2 bad input
 * (named file by file: with several files the good ones are still checked or counted; a report is written only
 * when every input can be used), 3 an unexpected failure (a short message; the stack with CLUB_REPORT_DEBUG=1).
 */
import { messages } from "../core/i18n/messages";
import { say, type Lang } from "../core/i18n/text";
import { today } from "../core/values";
import { parseArgs, ROLE_LIST, type CommandName } from "./args";
import { runCheck } from "./check";
import { fail, failureLine } from "./failure";
import { runReport } from "./report";
import type { Io, Outcome, Settings } from "./settings";
import { runStats } from "./stats";
import { runTemplate } from "./template";

const COMMANDS: Readonly<Record<CommandName, (settings: Settings, io: Io) => Promise<Outcome>>> = {
  check: runCheck,
  stats: runStats,
  report: runReport,
  template: runTemplate,
};

export const EXIT = { ok: 0, errors: 1, badInput: 2, unexpected: 3 } as const;

function unexpected(error: unknown, lang: Lang, io: Io): number {
  if (process.env.CLUB_REPORT_DEBUG === "1" && error instanceof Error && error.stack) {
    io.err(error.stack + "\n");
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.err(failureLine(fail("cli.fail.unexpected", { detail }), lang) + "\n");
  return EXIT.unexpected;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.out(say(messages["cli.help"], parsed.lang, { roles: ROLE_LIST }) + "\n");
    return EXIT.ok;
  }
  if (parsed.kind === "fail") {
    io.err(failureLine(parsed.failure, parsed.lang) + "\n");
    return EXIT.badInput;
  }
  const { options } = parsed;
  const settings: Settings = { ...options, reportDate: options.reportDate ?? today() };
  let outcome: Outcome;
  try {
    outcome = await COMMANDS[settings.command](settings, io);
  } catch (error) {
    return unexpected(error, settings.lang, io);
  }
  for (const failure of outcome.failures) io.err(failureLine(failure, settings.lang) + "\n");
  if (outcome.failures.length > 0) return EXIT.badInput;
  return outcome.hasErrors ? EXIT.errors : EXIT.ok;
}

/** Once stdout has written what it holds, or has closed (a reader that stopped early is handled above). */
function drained(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off("drain", done);
      process.stdout.off("close", done);
      resolve();
    };
    process.stdout.once("drain", done);
    process.stdout.once("close", done);
  });
}

export function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is not a failure to report.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? EXIT.ok) : EXIT.unexpected);
  });
  const io: Io = {
    // A full pipe is waited on, not piled on.
    out: (text) => (process.stdout.write(text) ? undefined : drained()),
    err: (text) => process.stderr.write(text),
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = unexpected(error, "vi", io);
    }
  );
}

if (require.main === module) main();
