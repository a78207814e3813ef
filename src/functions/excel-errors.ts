import type { ArgumentProblem } from "../core/functions/numbers";
import type { FunctionOutcome } from "../core/functions/plan-rate";
import { messages } from "../core/i18n/messages";
import { type Lang, langFromLocale, say } from "../core/i18n/text";

/** The user's language: Office's display language inside Excel, Vietnamese when Office is absent (tests, CLI). */
export function userLang(): Lang {
  if (typeof Office === "undefined" || !Office.context) return "vi";
  return langFromLocale(Office.context.displayLanguage);
}

function problemMessage(problem: ArgumentProblem, lang: Lang): string {
  switch (problem.kind) {
    case "error-cell":
      return say(messages["fn.errorCell"], lang, { value: problem.value });
    case "not-number":
      return say(messages["fn.notNumber"], lang, { value: problem.value });
    case "negative":
      return say(messages["fn.negative"], lang, { value: problem.value });
  }
}

/** Returns the number, or throws the Excel error the outcome calls for (custom messages show on #VALUE!). */
export function numberOrExcelError(outcome: FunctionOutcome, lang: Lang = userLang()): number {
  if (outcome.ok) return outcome.value;
  if (outcome.error === "div0") {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
  throw new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    problemMessage(outcome.problem, lang)
  );
}
