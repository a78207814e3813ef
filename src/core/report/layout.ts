import type { IndicatorId } from "../indicators";

/**
 * A report layout is plain data: what each cell holds and how it looks. The .xlsx writer (exceljs) and the
 * Excel writer (office.js) both render it the same way; nothing here knows either library.
 */

/**
 * What a cell holds. Text from the workbook or the user (club names, the issuing body) is always a `value`:
 * a writer never reads a value as a formula, so a club named "=1+1" shows as typed.
 */
export type CellContent =
  | { readonly kind: "value"; readonly value: string | number | boolean | null }
  /** Excel's invariant English syntax, without the leading "=": comma separators, English function names. */
  | { readonly kind: "formula"; readonly formula: string };

export type HorizontalAlignment = "left" | "center" | "right" | "justify";
export type VerticalAlignment = "top" | "middle" | "bottom";
export type BorderWeight = "thin" | "medium" | "dotted";

export interface CellStyle {
  readonly font: {
    readonly name: string;
    /** Points. */
    readonly size: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly underline?: boolean;
  };
  readonly horizontal: HorizontalAlignment;
  readonly vertical: VerticalAlignment;
  readonly wrap: boolean;
  /** Excel indent level of left-aligned text (about one character each); absent: none. */
  readonly indent?: number;
  /** Sides with a line; absent sides have none. */
  readonly border?: Readonly<Partial<Record<"top" | "bottom" | "left" | "right", BorderWeight>>>;
  /** Excel number format code ("#,##0", "0.0%", "dd/mm/yyyy"); absent: General. */
  readonly numberFormat?: string;
}

export interface ReportCell {
  /**
   * A1 address on the report sheet ("B12"). In a merge, the top-left cell: the merge takes its style over the
   * whole area (borders drawn on every cell of it).
   */
  readonly address: string;
  readonly content: CellContent;
  /** Key into `ReportLayout.styles`. */
  readonly style: string;
}

/**
 * A chart the Excel writer draws over one row that the layout reserves for it. Writers that cannot draw charts
 * write `note` in that row instead, so the place never looks like a hole.
 */
export interface ChartSpec {
  readonly kind: "clustered-column";
  readonly title: string;
  /** The reserved row and the columns the chart spans ("A", "P"). */
  readonly row: number;
  readonly fromColumn: string;
  readonly toColumn: string;
  /** Height of the reserved row when the chart is drawn, in points. */
  readonly height: number;
  /** A1 range of the category labels (the club names). */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Shown in place of the chart by a writer that cannot draw it, merged across the chart's columns. */
  readonly note: string;
  /** Key into `ReportLayout.styles` for the note. */
  readonly noteStyle: string;
}

/** Where a catalogue figure landed: lets a reader of the recalculated report check it against core. */
export interface FigureCell {
  readonly indicator: IndicatorId;
  /** The club's name as in the register; null for all clubs together. */
  readonly club: string | null;
  readonly address: string;
  /** Section I's cumulative column: the figure over the clubs founded before and in the period. */
  readonly cumulative?: boolean;
}

/** Cells the user may change to re-run the report (the reference date, the age threshold, the plan). */
export type InputName =
  "referenceDate" | "ageThreshold" | "plannedClubs" | "clubsBefore" | "plannedClubsTotal";

export interface PrintSettings {
  readonly paper: "A4";
  readonly orientation: "portrait";
  /** Fit to one page wide; as many pages tall as needed. */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** Inches, as both Excel APIs take them. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** "A1:P80". */
  readonly printArea: string;
  readonly horizontallyCentered: boolean;
}

export interface ReportLayout {
  /** Proposed sheet name; a writer adds " (2)", " (3)" … when the workbook already has it. */
  readonly sheetName: string;
  readonly cells: readonly ReportCell[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** A1 ranges ("A1:F1"). */
  readonly merges: readonly string[];
  /** Excel column widths in characters of the default font. */
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  /** Row heights in points, for rows that need other than the default. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly print: PrintSettings;
  readonly charts: readonly ChartSpec[];
  readonly figures: readonly FigureCell[];
  readonly inputs: Readonly<Record<InputName, string>>;
}
