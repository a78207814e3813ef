import * as React from "react";
import { readMemberTable } from "../core/register";
import { isWrittenSheet } from "../core/report";
import { CancelledError } from "../excel/read-grid";
import { inExcel, listSheets, readActiveSheet, readNamedSheet } from "../excel/workbook";
import type { SheetRegister } from "./analysis";
import { useDocumentSetting } from "./document-settings";

export type ReaderState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly read: number; readonly total: number }
  | { readonly kind: "read"; readonly register: SheetRegister }
  | { readonly kind: "no-table"; readonly sheet: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly error: unknown };

/** "" is the open sheet; a name is that sheet, whatever sheet is active when it is read again. */
export type SourceChoice = string;

/** Registers the user may pick: the workbook's sheets except those the add-in wrote. */
export function registerSheets(names: readonly string[]): string[] {
  return names.filter((name) => !isWrittenSheet(name));
}

/**
 * Reads the chosen register into a member table, with progress and a way to cancel between chunks. The sheet it
 * read is remembered in the document, so a later read (after "Tạo báo cáo" has shown the report) reads it again.
 */
export function useSheetReader(): {
  state: ReaderState;
  sheets: readonly string[];
  source: SourceChoice;
  choose: (source: SourceChoice) => void;
  listSheets: () => Promise<void>;
  read: () => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = React.useState<ReaderState>({ kind: "idle" });
  const [source, choose] = useDocumentSetting<SourceChoice>("read:source", "");
  const [sheets, setSheets] = React.useState<readonly string[]>([]);
  const cancelled = React.useRef(false);

  const list = React.useCallback(async () => {
    try {
      setSheets(registerSheets(await inExcel(listSheets)));
    } catch {
      setSheets([]);
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
      const grid = await inExcel((context) =>
        source === "" ? readActiveSheet(context, options) : readNamedSheet(context, source, options)
      );
      // The sheet read becomes the register: reading again reads it, not the sheet active then.
      if (source === "" && !isWrittenSheet(grid.sheet)) choose(grid.sheet);
      const table = readMemberTable(grid);
      setState(
        table
          ? { kind: "read", register: { grid, table } }
          : { kind: "no-table", sheet: grid.sheet }
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
