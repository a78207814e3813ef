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
  return fillFrom(template, ownParam, params);
}

function ownParam(name: string, params: Params): string | undefined {
  return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : undefined;
}

/**
 * As `fill`, asking `param(name, source)` for the text of each placeholder the template has (undefined: none): a
 * parameter that the template does not use is never rendered. The source is passed along rather than closed over,
 * so that rendering thousands of messages in a call makes no function per message.
 */
export function fillFrom<Source>(
  template: string,
  param: (name: string, source: Source) => string | undefined,
  source: Source
): string {
  const parts = partsOf(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += param(name, source) ?? `{${name}}`;
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
