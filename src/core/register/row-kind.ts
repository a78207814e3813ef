/**
 * Rows of a register that look like data but are not members: the totals row, the signature block below it,
 * and the row that numbers the columns under the header. Texts given here must already be cleaned.
 */
import type { CellValue } from "../grid";
import { isBlank, isCertainlyNotSpace } from "../grid";
import { charCode } from "../text/char-code";
import { messages } from "../i18n/messages";
import { foldKey } from "../text/fold";

/**
 * "Cộng", "Tổng cộng", "Tổng số: 25", "TỔNG". Compared with diacritics: "Tống" (a surname) and "Công"
 * are not totals words, although they fold to the same letters.
 */
const TOTALS_LABEL = /^\s*(?:tổng\s*cộng|tổng\s*số|tổng|cộng)(?!\p{L})/iu;

export function isTotalsLabel(text: string): boolean {
  return TOTALS_LABEL.test(text);
}

/** A cheap first look before cleaning a cell: totals words start with T or C in every encoding. */
export function mayBeTotalsLabel(raw: string): boolean {
  const start = charCode(raw, 0);
  const first = (isCertainlyNotSpace(start) ? start : charCode(raw.trimStart(), 0)) | 0x20; // ASCII lower case
  return first === 0x74 || first === 0x63; // "t", "c"
}

/** Folded phrases of a signature block: "Người lập biểu", "Xác nhận của UBND xã", "(Ký, ghi rõ họ tên)", "Nơi nhận". */
const SIGNATURE_PHRASES = [
  "nguoilap",
  "xacnhan",
  "kyghiro",
  "kyvaghiro",
  "kytenghiro",
  "kyhoten",
  "noinhan",
  "thutruong",
  // The signature block of the register template, in both languages ("PREPARED BY", "(Signature and full name)"):
  // a register made in English must read back as it was made.
  ...[messages["template.maker"], messages["template.signHint"]].flatMap(({ vi, en }) =>
    [vi, en].map(foldKey)
  ),
];
/**
 * "Nà Lằng, ngày 15 tháng 3 năm 2020" and "ngày … tháng … năm …", told by the words of the template's date line in
 * either language ("……, day …… month …… year ……"), a number or nothing between them.
 */
const DATE_LINE = new RegExp(
  [messages["template.dateLine"].vi, messages["template.dateLine"].en]
    .map((line) =>
      line
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .map(foldKey)
        .join("\\d*")
    )
    .join("|")
);
/** "T/M BAN CHỦ NHIỆM", "TM. UBND XÃ". */
const ON_BEHALF = /^\s*t\s*[/.]?\s*m[\s.]/i;

export function isSignatureText(text: string): boolean {
  if (ON_BEHALF.test(text)) return true;
  const key = foldKey(text);
  return DATE_LINE.test(key) || SIGNATURE_PHRASES.some((phrase) => key.includes(phrase));
}

/** "Ghi chú:", "Chú thích", "Chú giải: …", "Lưu ý:": the notes under a list, which has ended above them. */
const NOTES_HEADING = /^\s*(?:ghi\s*chú|chú\s*thích|chú\s*giải|lưu\s*ý|notes?)\s*(?::.*)?$/iu;

export function isNotesHeading(text: string): boolean {
  return NOTES_HEADING.test(text.normalize("NFC"));
}

/**
 * "Giới tính: 1 - Nam; 2 - Nữ", "(2) Mã dân tộc: 01 - Kinh; 03 - Thái": a legend of the codes a list uses, written
 * under it — words, a colon, then codes with their meanings.
 */
const CODE_LEGEND = /^[^:]{2,60}:.*?\d{1,2}\s*[-–=:]\s*\p{L}.*?[;,]\s*\d{1,2}\s*[-–=:]\s*\p{L}/u;

export function isCodeLegend(text: string): boolean {
  return CODE_LEGEND.test(text.normalize("NFC"));
}

/** "1", 2, "(3)", "(3.1)", "4a", "A", "IV", "(B)": a label that numbers a column. */
const COLUMN_LABEL = /^\(?\s*(?:\d{1,2}(?:[.,]\d{1,2})?[a-z]?|[a-z]|[ivx]{1,4})\s*\)?$/i;

/**
 * The row under a header that numbers its columns ("1", "2", "3", … or "(1)", "(2)", "(3.1)", or "A", "B",
 * 1, 2 …): every filled cell is a label, at least two are filled, and one at least is a number.
 */
export function isNumberingRow(cells: readonly CellValue[]): boolean {
  let labels = 0;
  let numbers = 0;
  for (const value of cells) {
    if (isBlank(value)) continue;
    if (typeof value === "number") {
      if (value < 0 || value > 99) return false;
      numbers++;
    } else if (typeof value === "string" && COLUMN_LABEL.test(value.trim())) {
      if (/\d/.test(value)) numbers++;
    } else {
      return false;
    }
    labels++;
  }
  return labels >= 2 && numbers >= 1;
}

/** Four digits alone, or a date: what a member row holds and a header row never does. */
const YEAR_OR_DATE =
  /^\s*(?:\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s*[/.-]\s*\d{4})\s*$/;

/**
 * Whether a row can be part of a header: no date, no year, no amount. A member row holds a birth; a header
 * row holds words (and a column-numbering row small numbers).
 */
export function isHeaderLikeRow(cells: readonly CellValue[]): boolean {
  for (const value of cells) {
    if (value instanceof Date) return false;
    if (typeof value === "number" && Math.abs(value) > 99) return false;
    if (typeof value === "string" && YEAR_OR_DATE.test(value)) return false;
  }
  return true;
}
