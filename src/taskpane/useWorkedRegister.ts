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
  /** The correction kept for the sheet, if any. */
  readonly mapping: StoredMapping | null;
  /** The correction gave no table; the detected layout is used. */
  readonly mappingFailed: boolean;
  readonly setMapping: (mapping: StoredMapping | null) => Promise<void>;
  /** Cells the workbook now holds, after a fix or an undo. */
  readonly cellsChanged: (cells: readonly ChangedCell[]) => void;
}

export function useWorkedRegister(
  read: SheetRegister | null,
  store: DocumentStore
): WorkedRegister {
  const [edited, setEdited] = React.useState<{ from: SheetRegister; grid: Grid } | null>(null);
  const [version, setVersion] = React.useState(0);
  const grid = read === null ? null : edited?.from === read ? edited.grid : read.grid;
  const mapping = read ? storedMapping(store.get(mappingKey(read.grid.sheet))) : null;
  const mappingText = JSON.stringify(mapping);

  const derived = React.useMemo(() => {
    if (read === null || grid === null) return { register: null, failed: false };
    const corrected = mapping !== null && !isEmptyMapping(mapping);
    if (corrected) {
      const table = readMemberTable(grid, asCorrections(mapping));
      if (table) return { register: { grid, table }, failed: false };
    }
    if (grid === read.grid) return { register: read, failed: corrected };
    const table = readMemberTable(grid);
    return { register: table ? { grid, table } : read, failed: corrected };
    // The mapping is compared by its text: the store hands back a new object on every read.
  }, [read, grid, mappingText, version]);

  const setMapping = React.useCallback(
    async (next: StoredMapping | null) => {
      if (read === null) return;
      await store.set(mappingKey(read.grid.sheet), next ?? { columns: {} });
      setVersion((v) => v + 1);
    },
    [read, store]
  );

  const cellsChanged = React.useCallback(
    (cells: readonly ChangedCell[]) => {
      if (read === null) return;
      setEdited((current) => {
        const base = current?.from === read ? current.grid : read.grid;
        return { from: read, grid: withCellValues(base, cells) };
      });
    },
    [read]
  );

  return {
    register: derived.register,
    mapping,
    mappingFailed: derived.failed,
    setMapping,
    cellsChanged,
  };
}
