/**
 * The register the pane works on: the one read, with the user's mapping kept in the document applied, and the
 * cells fixed since (or put back by undo) — so figures and issues follow a correction or a fix without reading
 * the sheet again.
 */
import * as React from "react";
import { withCellValues } from "../core/fixes";
import type { CellValue, Grid } from "../core/grid";
import { readMemberTable } from "../core/register";
import type { SheetRegister } from "./analysis";
import type { DocumentStore } from "./document-settings";
import {
  asCorrections,
  isEmptyMapping,
  mappingKey,
  storedMapping,
  type StoredMapping,
} from "./mapping";

export interface ChangedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

export interface WorkedRegister {
  readonly register: SheetRegister | null;
  /** The correction kept for the sheet of a one-sheet register, if any. */
  readonly mapping: StoredMapping | null;
  /** The correction gave no table; the detected layout is used. */
  readonly mappingFailed: boolean;
  readonly setMapping: (mapping: StoredMapping | null) => Promise<void>;
  /** Cells the workbook now holds, after a fix or an undo. */
  readonly cellsChanged: (cells: readonly ChangedCell[]) => void;
}

const NO_EDITS: ReadonlyMap<string, Grid> = new Map();

/**
 * A sheet can hold several tables, side by side or a year's list under another: each part of a register is its
 * sheet and top-left cell.
 */
function partKey(grid: Grid): string {
  return `${grid.sheet}\u0000${grid.originRow}\u0000${grid.originCol}`;
}

/** The changed cells that fall in a part's columns (a table beside it on the same sheet has its own). */
function cellsIn(grid: Grid, cells: readonly ChangedCell[]): ChangedCell[] {
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return cells.filter(
    (cell) => cell.column >= grid.originCol && cell.column < grid.originCol + width
  );
}

export function useWorkedRegister(
  read: SheetRegister | null,
  store: DocumentStore
): WorkedRegister {
  // The grids of the parts fixed (or put back by undo) since the read, by part.
  const [edited, setEdited] = React.useState<{
    from: SheetRegister;
    grids: ReadonlyMap<string, Grid>;
  } | null>(null);
  const [version, setVersion] = React.useState(0);
  const edits = read !== null && edited?.from === read ? edited.grids : NO_EDITS;
  // Each sheet's correction is used by every read of it; the pane shows and edits it for a one-sheet register.
  const mappings = (read?.sheets ?? []).map((part) =>
    storedMapping(store.get(mappingKey(part.grid.sheet)))
  );
  const mappingsText = JSON.stringify(mappings);
  const single = read?.sheets.length === 1 ? read.sheets[0] : null;

  const derived = React.useMemo(() => {
    if (read === null) return { register: null, failed: false };
    let failed = false;
    const sheets = read.sheets.map((part, i) => {
      const grid = edits.get(partKey(part.grid)) ?? part.grid;
      const mapping = mappings[i];
      if (mapping !== null && !isEmptyMapping(mapping)) {
        const table = readMemberTable(grid, asCorrections(mapping));
        if (table) return { grid, table };
        failed = true;
      }
      if (grid === part.grid) return part;
      const table = readMemberTable(grid);
      return table ? { grid, table } : part;
    });
    const register = sheets.every((part, i) => part === read.sheets[i])
      ? read
      : { ...read, sheets };
    return { register, failed };
    // The mappings are compared by their text: the store hands back new objects on every read.
  }, [read, edits, mappingsText, version]);

  const setMapping = React.useCallback(
    async (next: StoredMapping | null) => {
      if (single === null) return;
      await store.set(mappingKey(single.grid.sheet), next ?? { columns: {} });
      setVersion((v) => v + 1);
    },
    [single, store]
  );

  const cellsChanged = React.useCallback(
    (cells: readonly ChangedCell[]) => {
      if (read === null) return;
      setEdited((current) => {
        const grids = new Map(current?.from === read ? current.grids : NO_EDITS);
        for (const part of read.sheets) {
          const key = partKey(part.grid);
          const before = grids.get(key) ?? part.grid;
          const after = withCellValues(before, cellsIn(part.grid, cells));
          if (after !== before) grids.set(key, after);
        }
        return { from: read, grids };
      });
    },
    [read]
  );

  return {
    register: derived.register,
    mapping: single === null ? null : mappings[0],
    mappingFailed: derived.failed,
    setMapping,
    cellsChanged,
  };
}
