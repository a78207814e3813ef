/** Every user-visible string exists in Vietnamese and English; Vietnamese is the default. */
export type Lang = "vi" | "en";

export const DEFAULT_LANG: Lang = "vi";

export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

export type Params = Readonly<Record<string, string | number>>;

/** A template cut at its placeholders once: its texts, and between each two the name of a placeholder. */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Replaces each {name} in the template; an unknown placeholder stays visible so a missing parameter is noticed.
 * Templates are few and messages many (a register can raise a hundred thousand issues): each template is cut at
 * its placeholders once.
 */
export function fill(template: string, params: Params = {}): string {
  return fillFrom(template, (name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : undefined
  );
}

/**
 * As `fill`, asking for the text of each placeholder the template has (undefined: none): a parameter that the
 * template does not use is never rendered.
 */
export function fillFrom(template: string, param: (name: string) => string | undefined): string {
  const parts = partsOf(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += param(name) ?? `{${name}}`;
    text += parts[i + 1];
  }
  return text;
}

export function say(text: Bilingual, lang: Lang, params?: Params): string {
  return fill(text[lang], params);
}

/** "vi-VN", "vi", "VI" → "vi"; anything else → "en". Office reports display languages as BCP-47 tags. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("vi") ? "vi" : "en";
}
