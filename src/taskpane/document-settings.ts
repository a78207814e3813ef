/**
 * What the pane remembers, kept in the workbook itself (Office document settings, Settings 1.1): it travels with
 * the file and never touches browser storage. Keys are plain strings ("report:form", "mapping:<sheet>").
 */
import * as React from "react";

/** The plan figure typed once, on Chỉ tiêu or on Báo cáo. */
export const PLANNED_CLUBS = "plan:plannedClubs";

/** The part of Office.Settings the pane uses (so the requirement-set test sees each call); a test supplies its own. */
export type SettingsBackend = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

/** Outside Office (a plain browser) settings live only as long as the page. */
function memoryBackend(): SettingsBackend {
  const values = new Map<string, unknown>();
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => values.set(name, value),
    remove: (name) => values.delete(name),
    // Nothing to save to: the page is the only home of these values.
    saveAsync: (...args: unknown[]) => savedCallback(args)?.({ status: "succeeded" }),
  };
}

/** The callback of either form of saveAsync: (callback) or (options, callback). */
function savedCallback(
  args: unknown[]
): ((result: { status: string; error?: unknown }) => void) | undefined {
  return args.find((arg) => typeof arg === "function") as ReturnType<typeof savedCallback>;
}

let fallback: SettingsBackend | null = null;

/** The open document's settings, or a page-lived stand-in when there is no document. */
export function documentBackend(): SettingsBackend {
  if (typeof Office !== "undefined" && Office.context?.document?.settings)
    return Office.context.document.settings;
  return (fallback ??= memoryBackend());
}

/** A setting's value, or `initial` when the document has none or holds a value of another shape. */
export function readSetting<T>(backend: SettingsBackend, key: string, initial: T): T {
  const value = backend.get(key);
  if (value === null || value === undefined) return initial;
  if (typeof value !== typeof initial || Array.isArray(value) !== Array.isArray(initial))
    return initial;
  return (
    typeof initial === "object" && !Array.isArray(initial) ? { ...initial, ...value } : value
  ) as T;
}

/** Stores a setting and saves the document's settings, so that it survives closing the pane. */
export function writeSetting(backend: SettingsBackend, key: string, value: unknown): void {
  if (value === undefined) backend.remove(key);
  else backend.set(key, value);
  backend.saveAsync();
}

/** React state kept in the document under `key`. */
export function useDocumentSetting<T>(
  key: string,
  initial: T,
  backend: SettingsBackend = documentBackend()
): [T, (value: T) => void] {
  const [value, setValue] = React.useState<T>(() => readSetting(backend, key, initial));
  const update = React.useCallback(
    (next: T) => {
      setValue(next);
      writeSetting(backend, key, next);
    },
    [backend, key]
  );
  return [value, update];
}

/** A key–value view of the document's settings for code that keeps its own keys (mapping corrections). */
export interface DocumentStore {
  get(key: string): unknown;
  /** Resolves once the value is saved into the document; rejects with Office's error when saving fails. */
  set(key: string, value: unknown): Promise<void>;
}

export function documentStore(backend: SettingsBackend = documentBackend()): DocumentStore {
  return {
    get: (key) => backend.get(key) ?? undefined,
    set: (key, value) =>
      new Promise((resolve, reject) => {
        if (value === undefined) backend.remove(key);
        else backend.set(key, value);
        backend.saveAsync((result) =>
          String(result.status) === "failed" ? reject(result.error) : resolve()
        );
      }),
  };
}
