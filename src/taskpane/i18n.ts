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

/** "57,7 % (30/52)": a share with the count it is of and the members it divides by. */
export function formatShareOf(
  share: number | null,
  count: number | null,
  of: number | null,
  lang: Lang
): string {
  const shown = formatShare(share, lang);
  return share === null || count === null || of === null ? shown : `${shown} (${count}/${of})`;
}

export function formatNumber(value: number | null, lang: Lang): string {
  return value === null
    ? "–"
    : value.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
}
