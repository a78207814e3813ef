import * as React from "react";
import {
  gridFrom1904,
  looksLikeRegister,
  PEEK_COLUMNS,
  PEEK_ROWS,
  readMemberTable,
  tablesOfSheet,
} from "../core/register";
import { leaveOutCopies } from "../core/validation";
import { isWrittenSheet } from "../core/report";
import type { Grid } from "../core/grid";
import { probeDate1904 } from "../excel/date-system";
import { CancelledError, type ReadOptions } from "../excel/read-grid";
import { peekSheets } from "../excel/peek-sheets";
import {
  inExcel,
  listSheetsAndTables,
  readActiveSheet,
  readNamedSheet,
  readTable,
  type TableRef,
} from "../excel/workbook";
import type { SheetRegister } from "./analysis";
import { useDocumentSetting } from "./document-settings";
import { ALL_CLUB_SHEETS, type SourceChoice, tableOf } from "./source";

export type ReaderState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly read: number; readonly total: number }
  | { readonly kind: "read"; readonly register: SheetRegister }
  | { readonly kind: "no-table"; readonly sheet: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly error: unknown };

/** What the user may pick: sheets whose first rows hold a register, the tables, then the other sheets. */
export interface SheetChoices {
  readonly registers: readonly string[];
  readonly tables: readonly TableRef[];
  readonly others: readonly string[];
}

/** Never a sheet the add-in wrote; registers told by their first rows, read in one batch. */
async function sheetChoices(context: Excel.RequestContext): Promise<SheetChoices> {
  const listed = await listSheetsAndTables(context);
  const names = listed.sheets.filter((name) => !isWrittenSheet(name));
  const tops = await peekSheets(context, names, PEEK_ROWS, PEEK_COLUMNS);
  const registers = new Set(tops.filter(looksLikeRegister).map((top) => top.sheet));
  return {
    registers: names.filter((name) => registers.has(name)),
    tables: listed.tables.filter((t) => !isWrittenSheet(t.sheet)),
    others: names.filter((name) => !registers.has(name)),
  };
}

const NO_SHEETS: SheetChoices = { registers: [], tables: [], others: [] };

/** A sheet's or table's grid; in a workbook counting dates from 1904, with its date serials made the days they are. */
async function readOne(
  context: Excel.RequestContext,
  source: SourceChoice,
  options: ReadOptions
): Promise<Grid> {
  // Known after the read's first round trip: no round trip of its own.
  const date1904 = probeDate1904(context);
  const table = tableOf(source);
  const grid = await (source === ""
    ? readActiveSheet(context, options)
    : table
      ? readTable(context, table, options)
      : readNamedSheet(context, source, options));
  return date1904() ? gridFrom1904(grid) : grid;
}

/**
 * The grids of the source: one, or every club sheet's, one after the other, the rows counted over all of them
 * as they become known (a sheet's size is known when it is opened).
 */
async function readSource(
  context: Excel.RequestContext,
  source: SourceChoice,
  options: ReadOptions
): Promise<Grid[]> {
  if (source !== ALL_CLUB_SHEETS) return [await readOne(context, source, options)];
  const { registers } = await sheetChoices(context);
  const grids: Grid[] = [];
  // Rows of the sheets read before this one: progress runs on over all of them.
  let done = 0;
  for (const sheet of registers) {
    let rows = 0;
    // One sheet after another: each read is already chunked, with its own round trips.
    const grid = await readOne(context, sheet, {
      ...options,
      onProgress: (p) => {
        rows = p.rowsTotal;
        options.onProgress?.({ rowsRead: done + p.rowsRead, rowsTotal: done + p.rowsTotal });
      },
    });
    done += rows;
    grids.push(grid);
  }
  return grids;
}

/**
 * Reads the chosen register into a member table, with progress and a way to cancel between chunks. The sheet it
 * read is remembered in the document, so a later read (after "Tạo báo cáo" has shown the report) reads it again.
 */
export function useSheetReader(): {
  state: ReaderState;
  sheets: SheetChoices;
  source: SourceChoice;
  choose: (source: SourceChoice) => void;
  listSheets: () => Promise<void>;
  read: () => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = React.useState<ReaderState>({ kind: "idle" });
  const [source, choose] = useDocumentSetting<SourceChoice>("read:source", "");
  const [sheets, setSheets] = React.useState<SheetChoices>(NO_SHEETS);
  const cancelled = React.useRef(false);

  const list = React.useCallback(async () => {
    try {
      setSheets(await inExcel(sheetChoices));
    } catch {
      // The picker is a convenience: without it the open sheet, or the remembered one, can still be read.
      setSheets(NO_SHEETS);
    }
  }, []);

  const read = React.useCallback(async () => {
    cancelled.current = false;
    setState({ kind: "reading", read: 0, total: 0 });
    try {
      const options = {
        onProgress: (p: { rowsRead: number; rowsTotal: number }) =>
          setState({ kind: "reading", read: p.rowsRead, total: p.rowsTotal }),
        cancelled: () => cancelled.current,
      };
      const grids = await inExcel((context) => readSource(context, source, options));
      // The sheet read becomes the register: reading again reads it, not the sheet active then.
      const [first] = grids;
      if (source === "" && first && !isWrittenSheet(first.sheet)) choose(first.sheet);
      // Tables side by side on one sheet are read each as its own, as the command line reads them.
      const parts = grids.flatMap(tablesOfSheet).flatMap((grid) => {
        const table = readMemberTable(grid);
        return table ? [{ grid, table }] : [];
      });
      // A sheet listing the others' members again (a summary of the club sheets) is not counted twice.
      const { kept, copies } = leaveOutCopies(parts.map((part) => part.table));
      const sheets = parts.filter((part) => kept.includes(part.table));
      setState(
        sheets.length > 0
          ? { kind: "read", register: { sheets, copies } }
          : { kind: "no-table", sheet: first?.sheet ?? "" }
      );
    } catch (error) {
      if (error instanceof CancelledError) setState({ kind: "cancelled" });
      else setState({ kind: "failed", error });
    }
  }, [source, choose]);

  const cancel = React.useCallback(() => {
    cancelled.current = true;
  }, []);

  return { state, sheets, source, choose, listSheets: list, read, cancel };
}
