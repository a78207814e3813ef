/**
 * CLUB.CHECKSHARE: a reported share against count ÷ total, through the same check as the register's reported
 * figures (validation/figures.ts), so that the tolerance and the wording are those of `check`.
 */
import { type CellValue, isBlank } from "../grid";
import { messages } from "../i18n/messages";
import type { Lang } from "../i18n/text";
import { checkReportedFigure, issueMessage, SHARE_TOLERANCE } from "../validation";
import { scalar, type Range } from "./arguments";
import { readCount, readShare } from "./numbers";
import { DIVISION_BY_ZERO, fail, ok, type Outcome } from "./outcome";

/** A required one-cell argument, read by `read`; a blank one has nothing to check. */
function argument<T>(range: Range, read: (value: CellValue) => Outcome<T>): Outcome<T> {
  const cell = scalar(range);
  if (!cell.ok) return cell;
  return isBlank(cell.value) ? fail("value", "fn.blank") : read(cell.value);
}

/** "OK", or one line: "Sai lệch: báo cáo ghi 82 %, nhưng tính lại từ 226/325 được 69,5 %. …". */
export function checkShareOf(
  count: Range,
  total: Range,
  reported: Range,
  tolerance: Range,
  lang: Lang
): Outcome<string> {
  const counted = argument(count, readCount);
  if (!counted.ok) return counted;
  const of = argument(total, readCount);
  if (!of.ok) return of;
  const share = argument(reported, readShare);
  if (!share.ok) return share;
  const given = scalar(tolerance);
  if (!given.ok) return given;
  const allowed = isBlank(given.value) ? ok(SHARE_TOLERANCE) : readShare(given.value);
  if (!allowed.ok) return allowed;
  if (of.value === 0) return DIVISION_BY_ZERO;
  if (counted.value > of.value) {
    return fail("value", "fn.countAboveTotal", { count: counted.value, total: of.value });
  }
  const mismatch = checkReportedFigure({
    label: messages["fn.checkShare.label"],
    reported: { share: share.value },
    computed: { count: counted.value, of: of.value },
    tolerance: allowed.value,
  });
  return ok(mismatch === null ? messages["fn.checkShare.ok"][lang] : issueMessage(mismatch, lang));
}
