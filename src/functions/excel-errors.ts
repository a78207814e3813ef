/**
 * Core outcomes → what Excel shows: the value, or a CustomFunctions.Error whose message (shown on #VALUE! and
 * #N/A) is in the user's language.
 */
import type { MessagePart, Outcome } from "../core/functions/outcome";
import { fail } from "../core/functions/outcome";
import { messages } from "../core/i18n/messages";
import { type Lang, langFromLocale, say } from "../core/i18n/text";

/** The user's language: Office's display language inside Excel, Vietnamese when Office is absent (tests, CLI). */
export function userLang(): Lang {
  if (typeof Office === "undefined" || !Office.context) return "vi";
  return langFromLocale(Office.context.displayLanguage);
}

function messageText(parts: readonly MessagePart[], lang: Lang): string {
  return parts.map((part) => say(messages[part.key], lang, part.params)).join(" ");
}

const ERROR_CODES = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  na: () => CustomFunctions.ErrorCode.notAvailable,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
} as const;

/** The value of the outcome, or the Excel error it calls for, thrown as the runtime expects. */
export function excelValue<T>(outcome: Outcome<T>, lang: Lang = userLang()): T {
  if (outcome.ok) return outcome.value;
  const { kind, message } = outcome.error;
  const code = ERROR_CODES[kind]();
  throw message.length === 0
    ? new CustomFunctions.Error(code)
    : new CustomFunctions.Error(code, messageText(message, lang));
}

/**
 * Runs a function body in the user's language. A fault of the add-in itself shows as #VALUE! with a message
 * saying so, not as an unexplained error.
 */
export function inExcel<T>(body: (lang: Lang) => Outcome<T>): T {
  const lang = userLang();
  let outcome: Outcome<T>;
  try {
    outcome = body(lang);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    outcome = fail("value", "fn.unexpected", { detail });
  }
  return excelValue(outcome, lang);
}
