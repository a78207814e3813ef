/**
 * The report's settings as stored: a JSON object (a settings file for the command line, the document's own
 * settings for the task pane) → `ReportSettings`, strictly. A key it does not know or a value of the wrong kind is
 * a problem named by its key, never silently dropped: a misspelt "signerName" must not leave a blank signature.
 */
import type { DayDate } from "../model";
import { readDayDate } from "../values";
import type { ReportSettings } from "./input";

export interface SettingsProblem {
  /** The key at fault; "" when the whole is not an object. */
  readonly key: string;
  readonly problem: "not-object" | "unknown" | "not-text" | "not-date" | "not-list";
}

type TextKey = Exclude<keyof ReportSettings, "reportDate" | "recipients">;

const TEXT_KEYS: readonly TextKey[] = [
  "parentBody",
  "issuingBody",
  "place",
  "reportNumber",
  "period",
  "subject",
  "plan",
  "authority",
  "signerTitle",
  "signerName",
];

/** Every key a settings object may hold, for messages that list them. */
export const SETTINGS_KEYS: readonly (keyof ReportSettings)[] = [
  ...TEXT_KEYS,
  "reportDate",
  "recipients",
];

function date(value: unknown): DayDate | null {
  if (typeof value !== "string") return null;
  const reading = readDayDate(value.trim());
  return reading.ok ? reading.value : null;
}

export function parseReportSettings(json: unknown): {
  settings: ReportSettings;
  problems: SettingsProblem[];
} {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { settings: {}, problems: [{ key: "", problem: "not-object" }] };
  }
  const settings: Record<string, unknown> = {};
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(json)) {
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (typeof value === "string") settings[key] = value;
      else problems.push({ key, problem: "not-text" });
    } else if (key === "reportDate") {
      const day = date(value);
      if (day) settings[key] = day;
      else problems.push({ key, problem: "not-date" });
    } else if (key === "recipients") {
      if (Array.isArray(value) && value.every((line) => typeof line === "string")) {
        settings[key] = value;
      } else problems.push({ key, problem: "not-list" });
    } else {
      problems.push({ key, problem: "unknown" });
    }
  }
  return { settings: settings as ReportSettings, problems };
}
