/**
 * The foot of the document (Decree 30): "Nơi nhận" and its list on the left; on the right the signer's authority
 * (TM., KT. …), title, room for the signature and seal, and the signer's name — dotted to fill in when not set.
 * Kept on one page together.
 */
import { text, type ReportContext } from "../context";
import { lineHeight } from "../page";
import { STYLES } from "../styles";
import { orBlank } from "./heading";
import { LEFT, RIGHT } from "./report-grid";

const SIGNATURE_ROWS = 4;

/** The list as Decree 30 writes it: "- " before each line, ";" after all but the last, and a copy filed. */
export function recipientLines(
  ctx: Pick<ReportContext, "lang">,
  given: readonly string[] = []
): string[] {
  const lines = given.map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) lines.push(text(ctx, "report.recipients.default"));
  const archive = text(ctx, "report.recipients.archive");
  const undashed = (line: string) => line.replace(/^-\s*/, "");
  const filing = undashed(archive).split(":")[0]; // "Lưu"
  if (!lines.some((line) => undashed(line).startsWith(filing))) lines.push(archive);
  return lines.map((line, i) => {
    const dashed = line.startsWith("-") ? line : `- ${line}`;
    const last = i === lines.length - 1;
    return /[.;,:]$/.test(dashed) ? dashed : `${dashed}${last ? "." : ";"}`;
  });
}

export function writeSignature(ctx: ReportContext, row: number): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  const recipients = recipientLines(ctx, p.recipients);
  sheet.value(row, LEFT.from, text(ctx, "report.recipients"), "recipientsHead", LEFT.to);
  recipients.forEach((line, i) => sheet.value(row + 1 + i, LEFT.from, line, "recipients", LEFT.to));

  const authority = p.authority ?? text(ctx, "report.authority");
  const right = [authority.trim(), p.signerTitle?.trim() || text(ctx, "report.signerTitle")].filter(
    (line) => line !== ""
  );
  right.forEach((line, i) =>
    sheet.paragraph(row + i, RIGHT.from, RIGHT.to, line.toLocaleUpperCase("vi"), "signHead")
  );
  const gapFrom = row + right.length;
  for (let r = gapFrom; r < gapFrom + SIGNATURE_ROWS; r++) {
    sheet.setHeight(r, lineHeight(STYLES.signHead.font.size) + 4);
  }
  const nameRow = gapFrom + SIGNATURE_ROWS;
  sheet.value(nameRow, RIGHT.from, orBlank(ctx, p.signerName), "signName", RIGHT.to);
  const last = Math.max(nameRow, row + recipients.length);
  sheet.keepTogether(row, last);
  return last;
}
