import type { DayDate } from "../core/model";
import type { RuleProfile } from "../core/validation";
import type { CliOptions } from "./args";
import type { Failure } from "./failure";

/** The options a command runs with, the report date settled (today when not given). */
export interface Settings extends Omit<CliOptions, "reportDate"> {
  readonly reportDate: DayDate;
}

/**
 * Where a command writes. Each call is a chunk of text that ends with its own newline. `out` may answer a
 * promise, to be awaited before the next chunk when its reader is behind (a pipe full: a million issues queued
 * without waiting exhaust the system's buffers).
 */
export interface Io {
  readonly out: (text: string) => unknown;
  readonly err: (text: string) => void;
}

/** What a command found: whether the registers hold errors (exit 1), and the inputs it could not use (exit 2). */
export interface Outcome {
  readonly hasErrors: boolean;
  readonly failures: readonly Failure[];
}

/** The rule profile chosen, counting older members from the age threshold chosen. */
export function ruleProfile(settings: Settings): RuleProfile {
  return { ...settings.profile, olderAge: settings.ageThreshold };
}
