/**
 * An expected failure of the command line — bad input, a bad option, an output that may not be written — as a
 * value: a message of the catalogue and its parameters. `main` prints it as one line and exits with code 2.
 */
import type { CliMessageKey } from "../core/i18n/messages/cli";
import { messages } from "../core/i18n/messages";
import { say, type Lang, type Params } from "../core/i18n/text";

export type FailureKey = Extract<CliMessageKey, `cli.fail.${string}`>;

export interface Failure {
  readonly failure: FailureKey;
  readonly params: Params;
}

export function fail(failure: FailureKey, params: Params = {}): Failure {
  return { failure, params };
}

/** "club-report: lỗi: không tìm thấy tệp “a.xlsx”." */
export function failureLine(failure: Failure, lang: Lang): string {
  return say(messages["cli.failure-line"], lang, {
    message: say(messages[failure.failure], lang, failure.params),
  });
}
