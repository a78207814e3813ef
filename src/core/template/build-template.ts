/**
 * The standard member register (issue 18): title rows naming the association, the club and where it is; one
 * header row the reader needs no guessing for (two in the split birth layout); blank member rows under a table
 * whose every column checks what is typed; a signature block; A4 landscape with the header on every page.
 */
import { cellAddress, columnLetters } from "../grid";
import { messages, type MessageKey } from "../i18n/messages";
import { say, type Lang } from "../i18n/text";
import type { CellStyle, ReportCell, SheetLayout } from "../report/layout";
import { MARGINS } from "../report/page";
import { ALL_SIDES, text as style } from "../report/styles";
import { fillWidths } from "../report/sheet-builder";
import { CATALOGUE_STYLES, catalogueSheet } from "./catalogue-sheet";
import { COLUMN_STYLES, templateColumns, type BirthLayout } from "./columns";
import type { RegisterTemplate } from "./layout";

export const TEMPLATE_SHEET = "register";
/** Blank member rows: a club has 50–70 members (Decision 1336/QĐ-TTg); the table grows when typed under. */
export const TEMPLATE_ROWS = 70;
const TABLE_NAME = "DanhSachThanhVien";
/** Thin lines only: the register prints in black and white. */
const TABLE_STYLE = "TableStyleLight1";

export interface TemplateOptions {
  readonly lang: Lang;
  /** The year the template is made in: births are bounded by the plausible ages counted from it. */
  readonly currentYear: number;
  readonly birth: BirthLayout;
  readonly club?: string;
  readonly commune?: string;
  readonly district?: string;
  readonly province?: string;
}

const TEMPLATE_STYLES: Readonly<Record<string, CellStyle>> = {
  association: style(12, "center", { bold: true }),
  title: style(14, "center", { bold: true }),
  club: style(13, "center", { bold: true }),
  place: style(12, "center", { italic: true }),
  th: style(11, "center", { bold: true }, { border: ALL_SIDES }),
  // The split layout's upper header row: open at the bottom over a header written in the row below.
  thOpenBelow: style(
    11,
    "center",
    { bold: true },
    { border: { top: "thin", left: "thin", right: "thin" } }
  ),
  thOpenAbove: style(
    11,
    "center",
    { bold: true },
    { border: { bottom: "thin", left: "thin", right: "thin" } }
  ),
  dateLine: style(12, "center", { italic: true }),
  signHead: style(12, "center", { bold: true }),
  signHint: style(12, "center", { italic: true }),
  ...COLUMN_STYLES,
};

/** A name as a title writes it: in capitals, without a leading "Xã"/"CLB" the title already says. */
function titleName(name: string | undefined, lang: Lang, drop: RegExp): string {
  const given = (name ?? "").trim().replace(drop, "").trim();
  return given === "" ? say(messages["template.blank"], lang) : given.toLocaleUpperCase("vi");
}

export function buildRegisterTemplate(options: TemplateOptions): RegisterTemplate {
  const { lang } = options;
  const { sheet: catalogue, sources } = catalogueSheet(lang);
  const columns = templateColumns(options.birth, {
    lang,
    currentYear: options.currentYear,
    sources,
  });
  const last = columns.length;
  const lastLetter = columnLetters(last);
  const cells: ReportCell[] = [];
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  const put = (row: number, column: number, value: string | null, styleName: string) =>
    cells.push({
      address: cellAddress(row, column),
      content: { kind: "value", value },
      style: styleName,
    });
  const line = (row: number, from: number, to: number, value: string, styleName: string) => {
    put(row, from, value, styleName);
    if (to > from) merges.push(`${cellAddress(row, from)}:${cellAddress(row, to)}`);
  };
  const text = (key: MessageKey, params = {}) => say(messages[key], lang, params);
  const blank = text("template.blank");

  // Title rows: association, title, club, place.
  const commune = titleName(options.commune, lang, /^(xã|phường|thị trấn)\s+/iu);
  line(1, 1, 4, text("template.association", { commune }), "association");
  line(2, 1, last, text("template.title"), "title");
  line(
    3,
    1,
    last,
    text("template.club", { club: titleName(options.club, lang, /^(câu lạc bộ|clb)\s+/iu) }),
    "club"
  );
  const place = (name: string | undefined) => (name ?? "").trim() || blank;
  line(
    4,
    1,
    last,
    text("template.place", {
      commune: place(options.commune),
      district: place(options.district),
      province: place(options.province),
    }),
    "place"
  );
  heights.push(
    { row: 1, height: 18 },
    { row: 2, height: 20 },
    { row: 3, height: 18 },
    { row: 4, height: 17 }
  );
  heights.push({ row: 5, height: 8 });

  // Header: one row, or "Năm sinh" over "Nam" | "Nữ" with the other headers in the table's (lower) row.
  const split = columns.some((c) => c.group !== undefined);
  const headerRow = split ? 7 : 6;
  columns.forEach((c, i) => {
    if (split) {
      const grouped = c.group !== undefined;
      if (grouped && columns[i - 1]?.group !== c.group)
        line(6, i + 1, i + 2, c.group as string, "th");
      if (!grouped) put(6, i + 1, null, "thOpenBelow");
      put(headerRow, i + 1, c.header, grouped ? "th" : "thOpenAbove");
    } else {
      put(headerRow, i + 1, c.header, "th");
    }
  });
  if (split) heights.push({ row: 6, height: 16 });
  heights.push({ row: headerRow, height: 32 });

  // Blank member rows, styled so that what is typed shows in the register's formats.
  const firstData = headerRow + 1;
  const lastData = headerRow + TEMPLATE_ROWS;
  for (let row = firstData; row <= lastData; row++) {
    columns.forEach((c, i) => put(row, i + 1, null, c.style));
    heights.push({ row, height: 18 });
  }

  // Signature block: the date line on the right, who made the list and the club chair.
  const date = lastData + 2;
  const rightFrom = last - 4;
  line(date, rightFrom, last, text("template.dateLine"), "dateLine");
  line(date + 1, 1, 4, text("template.maker"), "signHead");
  line(date + 1, rightFrom, last, text("template.chair"), "signHead");
  line(date + 2, 1, 4, text("template.signHint"), "signHint");
  line(date + 2, rightFrom, last, text("template.signHint"), "signHint");
  heights.push({ row: lastData + 1, height: 12 });
  for (let row = date; row <= date + 2; row++) heights.push({ row, height: 18 });

  const widths = fillWidths(
    "landscape",
    columns.map((c) => c.points)
  );
  const register: SheetLayout = {
    key: TEMPLATE_SHEET,
    name: messages["template.sheetName"][lang],
    cells,
    merges,
    columnWidths: widths.map((points, i) => ({ column: columnLetters(i + 1), points })),
    rowHeights: heights,
    print: {
      paper: "A4",
      orientation: "landscape",
      scale: 100,
      margins: MARGINS,
      printArea: `A1:${lastLetter}${date + 2}`,
      horizontallyCentered: true,
      titleRows: { first: 6, last: headerRow },
      pageBreaks: [],
      pageNumbers: { font: "Times New Roman", size: 12 },
    },
    charts: [],
  };
  return {
    sheets: [register, catalogue],
    styles: { ...TEMPLATE_STYLES, ...CATALOGUE_STYLES },
    validations: columns.map((c, i) => ({
      range: `${columnLetters(i + 1)}${firstData}:${columnLetters(i + 1)}${lastData}`,
      rule: c.rule,
      prompt: c.prompt,
      error: c.error,
      strict: c.strict,
    })),
    frozen: { rows: headerRow, columns: 2 },
    table: {
      name: TABLE_NAME,
      range: `A${headerRow}:${lastLetter}${lastData}`,
      style: TABLE_STYLE,
    },
  };
}
