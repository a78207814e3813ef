import { type Lang, langFromLocale } from "../core/i18n/text";

/** What the task pane learns from its host: the display language and whether Office's theme is dark. */
export interface HostInfo {
  readonly inOffice: boolean;
  readonly lang: Lang;
  readonly dark: boolean;
}

/** Relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Reads the host once Office is ready; outside Office (a plain browser, a test) Vietnamese and light. */
export function readHost(): HostInfo {
  if (typeof Office === "undefined" || !Office.context) {
    return { inOffice: false, lang: "vi", dark: false };
  }
  const theme = Office.context.officeTheme;
  return {
    inOffice: true,
    lang: langFromLocale(Office.context.displayLanguage),
    dark: theme ? luminance(theme.bodyBackgroundColor) < 0.5 : false,
  };
}
