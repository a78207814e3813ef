/** Every user-visible string exists in Vietnamese and English; Vietnamese is the default. */
export type Lang = "vi" | "en";

export const DEFAULT_LANG: Lang = "vi";

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export type Params = Readonly<Record<string, string | number>>;

/** Replaces each {name} in the template; an unknown placeholder stays visible so a missing parameter is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole
  );
}

export function say(text: Bilingual, lang: Lang, params?: Params): string {
  return fill(text[lang], params);
}

/** "vi-VN", "vi", "VI" → "vi"; anything else → "en". Office reports display languages as BCP-47 tags. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("vi") ? "vi" : "en";
}
