import * as React from "react";
import { messages, type MessageKey } from "../core/i18n/messages";
import { type Lang, type Params, say } from "../core/i18n/text";

export const LangContext = React.createContext<Lang>("vi");

/** The task pane's translator: a key of the one message catalogue, in the language the user chose. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const lang = React.useContext(LangContext);
  return React.useCallback((key, params) => say(messages[key], lang, params), [lang]);
}

/** 0.6615 → "66,2 %" in Vietnamese, "66.2 %" in English. */
export function formatShare(value: number | null, lang: Lang): string {
  if (value === null) return "–";
  return `${(value * 100).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })} %`;
}

export function formatNumber(value: number | null, lang: Lang): string {
  return value === null
    ? "–"
    : value.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
}
