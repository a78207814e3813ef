import { messages, type MessageKey } from "../../src/core/i18n/messages";
import { type Params, say } from "../../src/core/i18n/text";
import { hostErrorCode, hostErrorText } from "../../src/taskpane/host-errors";
import { officeError } from "../support/fake-excel";

const vi = (key: MessageKey, params?: Params) => say(messages[key], "vi", params);
const en = (key: MessageKey, params?: Params) => say(messages[key], "en", params);

describe("host errors", () => {
  it("reads the code from office.js's error or from the message it starts with", () => {
    expect(hostErrorCode(officeError("ItemNotFound", "x"))).toBe("ItemNotFound");
    expect(hostErrorCode(new Error("AccessDenied: protected"))).toBe("AccessDenied");
    expect(hostErrorCode(new Error("boom"))).toBeNull();
  });

  it.each([
    ["InvalidOperation", "Enter"],
    ["ItemNotFound", "renamed"],
    ["GeneralException", "reopen"],
    ["RequestPayloadSizeLimitExceeded", "split"],
    ["AccessDenied", "Unprotect"],
    ["InvalidOperationInCellEditMode", "Esc"],
  ])("%s says what to do", (code, hint) => {
    const error = officeError(code, "raw host text");
    expect(hostErrorText(error, en)).toContain(hint);
    expect(hostErrorText(error, en)).not.toContain("raw host text");
    expect(hostErrorText(error, vi)).not.toBe(hostErrorText(error, en));
  });

  it("an unknown error keeps its text inside a sentence", () => {
    expect(hostErrorText(new Error("odd"), vi)).toContain("odd");
  });
});
