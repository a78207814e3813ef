import * as React from "react";
import { readMemberTable } from "../core/register";
import { CancelledError } from "../excel/read-grid";
import { inExcel, readActiveSheet } from "../excel/workbook";
import type { SheetRegister } from "./analysis";

export type ReaderState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly read: number; readonly total: number }
  | { readonly kind: "read"; readonly register: SheetRegister }
  | { readonly kind: "no-table"; readonly sheet: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly reason: string };

/** Reads the open sheet into a member table, with progress and a way to cancel between chunks. */
export function useSheetReader(): {
  state: ReaderState;
  read: () => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = React.useState<ReaderState>({ kind: "idle" });
  const cancelled = React.useRef(false);

  const read = React.useCallback(async () => {
    cancelled.current = false;
    setState({ kind: "reading", read: 0, total: 0 });
    try {
      const grid = await inExcel((context) =>
        readActiveSheet(context, {
          onProgress: (p) => setState({ kind: "reading", read: p.rowsRead, total: p.rowsTotal }),
          cancelled: () => cancelled.current,
        })
      );
      const table = readMemberTable(grid);
      setState(
        table
          ? { kind: "read", register: { grid, table } }
          : { kind: "no-table", sheet: grid.sheet }
      );
    } catch (error) {
      if (error instanceof CancelledError) setState({ kind: "cancelled" });
      else
        setState({
          kind: "failed",
          reason: error instanceof Error ? error.message : String(error),
        });
    }
  }, []);

  const cancel = React.useCallback(() => {
    cancelled.current = true;
  }, []);

  return { state, read, cancel };
}
