/**
 * The report sheet is laid out on a grid of narrow, equal columns, every block spanning a run of them: the
 * heading's two halves, the four columns of every table, the signature block. Equal columns let a rule be
 * centred exactly under its text, which a few columns of different widths cannot do.
 */
import { printable, WIDTH_SLACK } from "../page";

export const GRID_COLUMNS = 40;
export const GRID_WIDTH = (printable("portrait").width - WIDTH_SLACK) / GRID_COLUMNS;

export interface Span {
  readonly from: number;
  readonly to: number;
}

export const ALL: Span = { from: 1, to: GRID_COLUMNS };
/** The heading's and the signature block's halves: the issuer and recipients left, the state and signer right. */
export const LEFT: Span = { from: 1, to: 17 };
export const RIGHT: Span = { from: 18, to: GRID_COLUMNS };

/** Every table of the report: number, label, two figures. */
export const TABLE_COLUMNS = {
  no: { from: 1, to: 3 },
  label: { from: 4, to: 23 },
  first: { from: 24, to: 31 },
  second: { from: 32, to: 40 },
} as const satisfies Record<string, Span>;
