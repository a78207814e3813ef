/**
 * The foot of the document (Decree 30): "Nơi nhận" and its list on the left; on the right, on whose behalf,
 * the signer's title, the signing hint, room for the signature and seal, and the signer's name.
 */
import { text, type ReportContext } from "../context";
import { LAST_COLUMN } from "../sheet-builder";

const LEFT_END = 6;
const RIGHT_START = 8;
const SIGNATURE_SPACE = 4;

export function writeSignature(ctx: ReportContext, row: number): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  const recipients = p.recipients ?? [
    text(ctx, "report.recipients.default"),
    text(ctx, "report.recipients.archive"),
  ];
  sheet.value(row, 1, text(ctx, "report.recipients"), "recipientsHead", LEFT_END);
  recipients.forEach((line, i) => sheet.value(row + 1 + i, 1, line, "recipients", LEFT_END));

  const right = [
    { value: p.signOnBehalf ?? text(ctx, "report.signOnBehalf"), style: "signHead" as const },
    { value: p.signerTitle ?? text(ctx, "report.signerTitle"), style: "signHead" as const },
    { value: text(ctx, "report.signHint"), style: "signHint" as const },
  ];
  right.forEach((line, i) =>
    sheet.value(row + i, RIGHT_START, line.value, line.style, LAST_COLUMN)
  );
  const nameRow = row + right.length + SIGNATURE_SPACE;
  if (p.signerName) sheet.value(nameRow, RIGHT_START, p.signerName, "signName", LAST_COLUMN);
  return Math.max(nameRow, row + recipients.length) + 1;
}
