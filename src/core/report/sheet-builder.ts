/** Collects the cells, merges and row heights of a layout as the sections write them, row by row. */
import { cellAddress, columnLetters } from "../grid";
import type { CellContent, CellStyle, ReportCell } from "./layout";
import { STYLES, type StyleName } from "./styles";

/** The report's columns, widths in characters: TT, club name, members, six count / share pairs, board. */
export const COLUMN_WIDTHS: readonly number[] = [
  5, 17, 8, 5.5, 6.5, 5.5, 6.5, 5.5, 6.5, 5.5, 6.5, 5.5, 6.5, 5.5, 6.5, 7,
];
export const LAST_COLUMN = COLUMN_WIDTHS.length;

/** Points per line of wrapped text, by font size (Times New Roman, with Excel's line spacing). */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.32);
}

/**
 * Width of columns `from`..`to` in points. Excel counts a column's width in characters of the workbook's default
 * font (7 pixels each, plus 5 pixels of padding), at 96 pixels to the inch.
 */
function pointsAcross(from: number, to: number): number {
  let pixels = 0;
  for (let c = from; c <= to; c++) pixels += COLUMN_WIDTHS[c - 1] * 7 + 5;
  return pixels * 0.75;
}

/**
 * About how many characters of `text` in Times New Roman at `size` points fit across: its letters average
 * ~0.47 em, capitals (the issuing body is written in capitals) ~0.65 em.
 */
function charactersAcross(from: number, to: number, size: number, text = ""): number {
  const em = text !== "" && text === text.toUpperCase() ? 0.65 : 0.47;
  return Math.floor(pointsAcross(from, to) / (em * size));
}

export class SheetBuilder {
  readonly cells: ReportCell[] = [];
  readonly merges: string[] = [];
  readonly styles: Record<string, CellStyle> = { ...STYLES };
  private readonly heights = new Map<number, number>();
  /** The next free row. */
  row = 1;

  /** Writes a cell (merged across `toColumn` and down `toRow` when given) and returns its address. */
  put(
    row: number,
    column: number,
    content: CellContent,
    style: StyleName | { name: string; style: CellStyle },
    toColumn = column,
    toRow = row
  ): string {
    const name = typeof style === "string" ? style : style.name;
    if (typeof style !== "string") this.styles[name] = style.style;
    const address = cellAddress(row, column);
    this.cells.push({ address, content, style: name });
    if (toColumn > column || toRow > row)
      this.merges.push(`${address}:${cellAddress(toRow, toColumn)}`);
    return address;
  }

  value(
    row: number,
    column: number,
    value: string | number | null,
    style: StyleName | { name: string; style: CellStyle },
    toColumn = column
  ): string {
    return this.put(row, column, { kind: "value", value }, style, toColumn);
  }

  formula(
    row: number,
    column: number,
    formula: string,
    style: StyleName | { name: string; style: CellStyle },
    toColumn = column
  ): string {
    return this.put(row, column, { kind: "formula", formula }, style, toColumn);
  }

  /**
   * A text across columns, wrapped: the row is made tall enough for its lines (Excel does not grow a merged
   * row by itself).
   */
  paragraph(row: number, from: number, to: number, text: string, style: StyleName): string {
    const size = STYLES[style].font.size;
    const lines = Math.max(1, Math.ceil(text.length / charactersAcross(from, to, size, text)));
    this.setHeight(row, lines * lineHeight(size) + 3);
    return this.value(row, from, text, style, to);
  }

  setHeight(row: number, height: number): void {
    this.heights.set(row, Math.max(height, this.heights.get(row) ?? 0));
  }

  /**
   * A line of dots across the page, for the user to write on. "…" is about 0.85 em wide; the line is kept a
   * little short of the page edge, since text running past the last column would widen the printed page.
   */
  dotLine(row: number): void {
    const size = STYLES.dots.font.size;
    const dots = Math.floor(pointsAcross(1, LAST_COLUMN) / (0.87 * size));
    this.value(row, 1, "…".repeat(dots), "dots", LAST_COLUMN);
    this.setHeight(row, lineHeight(size) + 3);
  }

  /**
   * The short rule Decree 30 puts under the issuing body and under the subject line: a bottom border over the
   * run of columns nearest the middle of `from`..`to` that spans about a third of it.
   */
  rule(row: number, from: number, to: number): void {
    const widths = COLUMN_WIDTHS.slice(from - 1, to);
    const total = widths.reduce((a, b) => a + b, 0);
    const middle = total / 2;
    let best = { start: from, end: from, score: Infinity };
    let offset = 0;
    for (let s = 0; s < widths.length; s++) {
      let width = 0;
      for (let e = s; e < widths.length; e++) {
        width += widths[e];
        const centre = offset + width / 2;
        const score = Math.abs(centre - middle) * 2 + Math.abs(width - total / 3);
        if (score < best.score) best = { start: from + s, end: from + e, score };
      }
      offset += widths[s];
    }
    this.put(row, best.start, { kind: "value", value: null }, "rule", best.end);
  }

  get rowHeights(): { row: number; height: number }[] {
    return [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  }

  get columnWidths(): { column: string; width: number }[] {
    return COLUMN_WIDTHS.map((width, i) => ({ column: columnLetters(i + 1), width }));
  }
}
