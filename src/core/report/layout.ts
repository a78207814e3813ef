import type { IndicatorId } from "../indicators";

/**
 * A report layout is plain data: one or more sheets (the report itself, its annexes), what each cell holds and
 * how it looks, and how each sheet prints. The .xlsx writer (exceljs) and the Excel writer (office.js) both render
 * it the same way; nothing here knows either library.
 */

/**
 * What a cell holds. Text from the workbook or the user (club names, the issuing body) is always a `value`:
 * a writer never reads a value as a formula, so a club named "=1+1" shows as typed.
 */
export type CellContent =
  | { readonly kind: "value"; readonly value: string | number | boolean | null }
  /**
   * Excel's invariant English syntax, without the leading "=": comma separators, English function names.
   * A reference to another sheet of the layout is written with `sheetRef` (its name is known only when written).
   */
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
   * A1 address on its sheet ("B12"). In a merge, the top-left cell: the merge takes its style over the
   * whole area (borders drawn on every cell of it).
   */
  readonly address: string;
  readonly content: CellContent;
  /** Key into `ReportLayout.styles`. */
  readonly style: string;
}

/**
 * A chart the Excel writer draws over one row that the layout reserves for it, making the row as tall as the
 * chart. A writer that cannot draw charts leaves the row as it is: the chart is drawn or absent, never described.
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
  /** A1 range of the category labels (the club names), on the chart's sheet. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
}

/** Where a catalogue figure landed: lets a reader of the recalculated report check it against core. */
export interface FigureCell {
  readonly indicator: IndicatorId;
  /** The club's name as in the register; null for all clubs together. */
  readonly club: string | null;
  /** Key of the layout sheet holding it (`SheetLayout.key`). */
  readonly sheet: string;
  readonly address: string;
  /** The plan table's cumulative column: the figure over the clubs founded before and in the period. */
  readonly cumulative?: boolean;
}

/** Cells the user may change to re-run the report (the reference date, the age threshold, the plan). */
export type InputName =
  "referenceDate" | "ageThreshold" | "plannedClubs" | "clubsBefore" | "plannedClubsTotal";

/** Millimetres from each edge of the paper (Decree 30/2020/NĐ-CP: top, bottom 20–25; left 30–35; right 15–20). */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** From the top edge to the page number. */
  readonly header: number;
  readonly footer: number;
}

export interface PrintSettings {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Always printed at full size: a report scaled down to fit is too small for its readers. */
  readonly scale: 100;
  readonly margins: Margins;
  /** "A1:AN80". */
  readonly printArea: string;
  /** Centred between the margins: a sheet printed a little narrower than designed keeps both margins legal. */
  readonly horizontallyCentered: boolean;
  /** Rows printed again at the top of every page (a long table's header); absent: none. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Rows that begin a new page, so that no short table or block is cut in two. */
  readonly pageBreaks: readonly number[];
  /** Page numbers at the top centre from the second page on, numbered from 1 on each sheet (Decree 30). */
  readonly pageNumbers: { readonly font: string; readonly size: number };
}

export interface SheetLayout {
  /** What formulas and figures call the sheet by ("report", "annex-members" …), whatever name it is given. */
  readonly key: string;
  /** A sheet the formulas need but nobody reads (the vocabulary): written hidden. */
  readonly hidden?: boolean;
  /** Proposed sheet name; a writer adds " (2)", " (3)" … when the workbook already has it. */
  readonly name: string;
  readonly cells: readonly ReportCell[];
  /** A1 ranges ("A1:F1"). */
  readonly merges: readonly string[];
  /** Column widths in points, as printed. */
  readonly columnWidths: readonly { readonly column: string; readonly points: number }[];
  /** Row heights in points: every row of the sheet, so that the pages break where the layout expects. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly print: PrintSettings;
  readonly charts: readonly ChartSpec[];
}

/** A member's fact the data sheet holds as a value: its formula would not read the cell as core does. */
export interface FixedFact {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly value: string | number;
}

export interface ReportLayout {
  /**
   * Member facts written as values in the data sheet (none on the registers tested): they do not follow later
   * edits of their cells, and the command and the task pane name them.
   */
  readonly fixedCells: readonly FixedFact[];
  /** The report first, then its annexes. */
  readonly sheets: readonly SheetLayout[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly figures: readonly FigureCell[];
  /** Where each input cell is, on the report (first) sheet. */
  readonly inputs: Readonly<Record<InputName, string>>;
}
