/**
 * Excel's refusals (OfficeExtension.Error codes) said as what the user can do about them, in the one message
 * catalogue. Anything else keeps its own text, never a stack trace.
 */
import type { MessageKey } from "../core/i18n/messages";
import type { Params } from "../core/i18n/text";

const BY_CODE: Readonly<Record<string, MessageKey>> = {
  InvalidOperation: "host.InvalidOperation",
  ItemNotFound: "host.ItemNotFound",
  GeneralException: "host.GeneralException",
  RequestPayloadSizeLimitExceeded: "host.RequestPayloadSizeLimitExceeded",
  AccessDenied: "host.AccessDenied",
  InvalidOperationInCellEditMode: "host.EditMode",
};

/** The code office.js gives an error ("ItemNotFound"), or the "Code: …" its message starts with. */
export function hostErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code) return code;
  const message = error instanceof Error ? error.message : String(error);
  return /^([A-Z][A-Za-z]+):/.exec(message)?.[1] ?? null;
}

/** The message to show for an error met while working in Excel. */
export function hostErrorText(
  error: unknown,
  t: (key: MessageKey, params?: Params) => string
): string {
  const code = hostErrorCode(error);
  const key = code ? BY_CODE[code] : undefined;
  if (key) return t(key);
  const detail = error instanceof Error ? error.message : String(error);
  return t("host.other", { detail });
}
