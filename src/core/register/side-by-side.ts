/**
 * Registers laid side by side on one sheet: a commune's clubs printed in two blocks across the page, each with its
 * own title, header and "Cộng" row, a blank column between. Read as one table, the block on the right was set
 * aside as extra columns and its members were never counted. Each block is cut out as a grid of its own (sheet
 * columns kept, so cells keep their addresses) and read as the table it is.
 */
import { type Grid, isBlank } from "../grid";
import { detectLayout } from "./detect-layout";
import { headerKey, isNameHeader } from "./header-synonyms";

/** The sheet's tables, left to right: the grid itself when it holds one (or none). */
export function tablesSideBySide(grid: Grid): Grid[] {
  const split = blockSplit(grid);
  if (split === null) return [grid];
  return [
    columnsOf(grid, grid.originCol, split.leftEnd),
    ...tablesSideBySide(columnsOf(grid, split.rightStart)),
  ];
}

/**
 * The blank column that parts two tables: blank from the header down, with a name column in the header on each
 * side. A blank column inside one table (a spacer) has no second name column after it, and is not a split; the
 * second table's header is on the first's rows, as both are printed across one page.
 */
function blockSplit(grid: Grid): { leftEnd: number; rightStart: number } | null {
  const layout = detectLayout(grid);
  if (layout === null) return null;
  const headerTop = layout.headerRows[0] - grid.originRow;
  const headerBottom = layout.headerRows[layout.headerRows.length - 1] - grid.originRow;
  const width = Math.max(...grid.rows.slice(headerTop, headerBottom + 1).map((row) => row.length));
  const isNameAt = (c: number) => {
    for (let r = headerTop; r <= headerBottom; r++) {
      const text = grid.rows[r][c];
      if (typeof text === "string" && isNameHeader(headerKey(text))) return true;
    }
    return false;
  };
  const isBlankFromHeader = (c: number) => {
    for (let r = headerTop; r < grid.rows.length; r++) if (!isBlank(grid.rows[r][c])) return false;
    return true;
  };
  let nameSeen = false;
  for (let c = 0; c < width; c++) {
    if (isNameAt(c)) nameSeen = true;
    else if (nameSeen && isBlankFromHeader(c)) {
      let next = c + 1;
      while (next < width && isBlankFromHeader(next)) next++;
      for (let d = next; d < width; d++) {
        if (isNameAt(d))
          return { leftEnd: grid.originCol + c - 1, rightStart: grid.originCol + next };
      }
      return null;
    }
  }
  return null;
}

/** The grid's columns from `first` to `last` (sheet columns, inclusive; to the end when `last` is absent). */
function columnsOf(grid: Grid, first: number, last?: number): Grid {
  const from = first - grid.originCol;
  const to = last === undefined ? undefined : last - grid.originCol + 1;
  return { ...grid, originCol: first, rows: grid.rows.map((row) => row.slice(from, to)) };
}
