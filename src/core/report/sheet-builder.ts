/**
 * Collects one sheet of a layout as the sections write it, row by row: cells, merges, every row's height, the
 * blocks that must not be cut by a page end, and at the end where the pages break. Heights are set, not left
 * to the spreadsheet, so that Excel and LibreOffice fill the pages the same way.
 */
import { cellAddress, columnLetters } from "../grid";
import { absoluteCell } from "./a1";
import type { CellContent, CellStyle, ChartSpec, ReportCell, SheetLayout } from "./layout";
import {
  excelPoints,
  MARGINS,
  PAGE_FILL,
  WIDTH_SLACK,
  lineHeight,
  linesAcross,
  printable,
  type Orientation,
} from "./page";
import { sheetRef } from "./sheet-names";
import { FONT, STYLES, type StyleName } from "./styles";

export interface SheetSpec {
  readonly key: string;
  readonly name: string;
  readonly orientation: Orientation;
  /** Column widths in points, left to right. */
  readonly columns: readonly number[];
}

type Style = StyleName | { name: string; style: CellStyle };

/** Height of a row nothing is written in: the gap between blocks. */
const GAP = 9;
/** Room above and below a line of text inside its row. */
const ROW_PADDING = 4;

/** Widths in points that fill `total` (the printable width less slack), some fixed, the rest shared out. */
export function fillWidths(
  orientation: Orientation,
  fixed: readonly (number | null)[]
): readonly number[] {
  const total = printable(orientation).width - WIDTH_SLACK;
  const used = fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const free = fixed.filter((w) => w === null).length;
  return fixed.map((w) => w ?? (total - used) / free);
}

export class SheetBuilder {
  readonly cells: ReportCell[] = [];
  readonly merges: string[] = [];
  readonly charts: ChartSpec[] = [];
  private readonly heights = new Map<number, number>();
  private readonly blocks: { first: number; last: number }[] = [];
  private titleRows: { first: number; last: number } | undefined;

  constructor(
    readonly spec: SheetSpec,
    /** The layout's styles, shared by its sheets: figure styles are added as they are used. */
    private readonly styles: Record<string, CellStyle>
  ) {
    const width = spec.columns.reduce((a, b) => a + b, 0);
    if (width > printable(spec.orientation).width) {
      throw new Error(`report layout: sheet "${spec.key}" is ${width} pt wide`);
    }
  }

  get key(): string {
    return this.spec.key;
  }

  get lastColumn(): number {
    return this.spec.columns.length;
  }

  /** Width of columns `from`..`to` in points. */
  widthOf(from: number, to: number): number {
    return this.spec.columns.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  /** An absolute reference to a cell of this sheet that a formula on any sheet of the layout can use. */
  ref(row: number, column: number): string {
    return sheetRef(this.key) + absoluteCell(row, column);
  }

  /** Writes a cell (merged across `toColumn` and down `toRow` when given) and returns its address. */
  put(
    row: number,
    column: number,
    content: CellContent,
    style: Style,
    toColumn = column,
    toRow = row
  ): string {
    const name = typeof style === "string" ? style : style.name;
    if (typeof style !== "string") this.styles[name] = style.style;
    const address = cellAddress(row, column);
    this.cells.push({ address, content, style: name });
    if (toColumn > column || toRow > row)
      this.merges.push(`${address}:${cellAddress(toRow, toColumn)}`);
    const empty = content.kind === "value" && content.value === null;
    if (toRow === row && !empty) {
      this.setHeight(row, lineHeight(this.styles[name].font.size) + ROW_PADDING);
    }
    return address;
  }

  value(
    row: number,
    column: number,
    value: string | number | null,
    style: Style,
    toColumn = column
  ): string {
    return this.put(row, column, { kind: "value", value }, style, toColumn);
  }

  formula(row: number, column: number, formula: string, style: Style, toColumn = column): string {
    return this.put(row, column, { kind: "formula", formula }, style, toColumn);
  }

  /**
   * A text across columns, wrapped: the row is made tall enough for its lines (Excel does not grow a merged
   * row by itself, and a set height keeps the pages predictable).
   */
  paragraph(row: number, from: number, to: number, text: string, style: StyleName): string {
    this.fitText(row, from, to, text, style);
    return this.value(row, from, text, style, to);
  }

  /**
   * Makes `row` tall enough for `text` in `style` across columns `from`..`to` — with the rows down to `toRow`
   * when the cell is merged down them (their heights set first), so that a tall title does not stretch the row
   * it starts in more than it needs.
   */
  fitText(
    row: number,
    from: number,
    to: number,
    text: string,
    style: StyleName,
    toRow = row
  ): void {
    const size = STYLES[style].font.size;
    const needed = this.linesOf(text, from, to, style) * lineHeight(size) + ROW_PADDING;
    let below = 0;
    for (let r = row + 1; r <= toRow; r++) below += this.heights.get(r) ?? GAP;
    this.setHeight(row, needed - below);
  }

  /**
   * The lines `text` takes across columns `from`..`to`, counted on the narrower of the two spreadsheets: Excel
   * draws an .xlsx column narrower than LibreOffice (see `excelPoints`), and wraps sooner.
   */
  linesOf(text: string, from: number, to: number, style: StyleName): number {
    const font = STYLES[style].font;
    const width = this.spec.columns.slice(from - 1, to).reduce((sum, w) => sum + excelPoints(w), 0);
    return linesAcross(text, width, font.size, font.bold);
  }

  setHeight(row: number, height: number): void {
    this.heights.set(row, Math.max(height, this.heights.get(row) ?? 0));
  }

  /**
   * A line of dots across the page, for the user to write on. "…" is 1 em wide in Times New Roman; the line
   * stops short of the cell's padding. (Where Excel draws the sheet narrower, the print area cuts the overflow.)
   */
  dotLine(row: number): void {
    const size = STYLES.dots.font.size;
    const dots = Math.floor((this.widthOf(1, this.lastColumn) - 6) / size);
    this.value(row, 1, "…".repeat(dots), "dots", this.lastColumn);
    this.setHeight(row, lineHeight(size) + 8);
  }

  /**
   * The short rule Decree 30 puts under the issuing body, the subject line and an annex's heading: a bottom
   * border over the run of columns centred under the text (which is centred over `from`..`to`), a third to a half
   * as long as the text's longest line (`textWidth` points). Centring comes first: on equal columns a run of the
   * right parity is exact; on an annex's columns the best centred run is taken, a little long or short if need
   * be.
   */
  rule(row: number, from: number, to: number, textWidth: number): void {
    const middle = this.widthOf(1, from - 1) + this.widthOf(from, to) / 2;
    let best = { start: from, end: from, score: Infinity };
    for (let s = from; s <= to; s++) {
      for (let e = s; e <= to; e++) {
        const length = this.widthOf(s, e);
        const centre = this.widthOf(1, s - 1) + length / 2;
        const outside = Math.max(0, textWidth / 3 - length, length - textWidth / 2);
        const score =
          20 * Math.abs(centre - middle) + Math.abs(length - 0.42 * textWidth) + 4 * outside;
        if (score < best.score) best = { start: s, end: e, score };
      }
    }
    this.put(row, best.start, { kind: "value", value: null }, "rule", best.end);
    this.setHeight(row, 4);
  }

  /** Rows that go on one page together when they fit on one (a table, a heading with what follows it). */
  keepTogether(first: number, last: number): void {
    this.blocks.push({ first, last });
  }

  /** A long table's header rows, printed again at the top of every page (one set per sheet). */
  repeatRows(first: number, last: number): void {
    if (this.titleRows) throw new Error(`report layout: sheet "${this.key}" repeats rows already`);
    this.titleRows = { first, last };
  }

  build(lastRow: number): SheetLayout {
    const heights = Array.from({ length: lastRow }, (_, i) => this.heights.get(i + 1) ?? GAP);
    return {
      key: this.spec.key,
      name: this.spec.name,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.spec.columns.map((points, i) => ({
        column: columnLetters(i + 1),
        points: Math.round(points * 100) / 100,
      })),
      rowHeights: heights.map((height, i) => ({ row: i + 1, height })),
      print: {
        paper: "A4",
        orientation: this.spec.orientation,
        scale: 100,
        margins: MARGINS,
        printArea: `A1:${cellAddress(lastRow, this.lastColumn)}`,
        horizontallyCentered: true,
        ...(this.titleRows ? { titleRows: this.titleRows } : {}),
        pageBreaks: this.pageBreaks(heights),
        pageNumbers: { font: FONT, size: 13 },
      },
      charts: this.charts,
    };
  }

  /**
   * Where each page starts: a block that would run past the page end and fits on a page starts a new one; any
   * row that would run past it does too. Pages are filled to `PAGE_FILL`, leaving the spreadsheet's own
   * pagination nothing to add.
   */
  private pageBreaks(heights: readonly number[]): number[] {
    const capacity = printable(this.spec.orientation).height * PAGE_FILL;
    const sum = (first: number, last: number) =>
      heights.slice(first - 1, last).reduce((a, b) => a + b, 0);
    const titles = this.titleRows;
    const breaks: number[] = [];
    let used = 0;
    for (let row = 1; row <= heights.length; row++) {
      const block = this.blocks
        .filter((b) => b.first === row)
        .reduce((longest, b) => Math.max(longest, sum(b.first, b.last)), 0);
      const needed = block > 0 && block <= capacity ? block : heights[row - 1];
      if (used > 0 && used + needed > capacity) {
        breaks.push(row);
        used = titles && row > titles.last ? sum(titles.first, titles.last) : 0;
      }
      used += heights[row - 1];
    }
    return breaks;
  }
}
