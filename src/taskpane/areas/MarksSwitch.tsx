import * as React from "react";
import { Caption1, Switch } from "@fluentui/react-components";
import { markedCells, type Issue } from "../../core/validation";
import { clearMarks, markCells, type SavedFill } from "../../excel/marks";
import { inExcel } from "../../excel/workbook";
import { useDocumentSetting } from "../document-settings";
import { hostErrorText } from "../host-errors";
import { useT } from "../i18n";

/** Cells marked at most: each costs a little of a request's 5 MB, and a sheet of thousands is not read by colour. */
export const MARK_LIMIT = 2_000;

/**
 * "Tô màu ô có lỗi": marks the cells of errors and warnings in the sheet, and takes the marks off again, every
 * cell with its own fill back. The fills saved are kept in the document, so marks set before the pane was closed
 * can still be cleared. While on, the marks follow the issues: after a fix, an undo or a new read the old marks
 * are cleared and the cells of the issues now found are marked.
 */
export function MarksSwitch(props: {
  issues: readonly Issue[];
  inOffice: boolean;
}): React.JSX.Element {
  const t = useT();
  const [saved, setSaved] = useDocumentSetting<SavedFill[] | null>("marks:fills", null);
  const [note, setNote] = React.useState<string | null>(null);
  const on = saved !== null;
  const current = React.useRef(saved);
  current.current = saved;

  const mark = React.useCallback(
    async (issues: readonly Issue[]) => {
      const { cells, left } = markedCells(issues, MARK_LIMIT);
      try {
        const fills = await inExcel(async (context) => {
          if (current.current) await clearMarks(context, current.current);
          return markCells(context, cells);
        });
        setSaved(fills);
        const more = left > 0 ? ` ${t("ui.marks.more", { left, limit: MARK_LIMIT })}` : "";
        setNote(t("ui.marks.on", { count: cells.length }) + more);
      } catch (error) {
        setNote(t("ui.marks.failed", { reason: hostErrorText(error, t) }));
      }
    },
    [setSaved, t]
  );
  const clear = async () => {
    try {
      if (current.current) await inExcel((context) => clearMarks(context, current.current ?? []));
      setSaved(null);
      setNote(null);
    } catch (error) {
      setNote(t("ui.marks.failed", { reason: hostErrorText(error, t) }));
    }
  };

  // The marks follow the issues while they are on.
  const marked = React.useRef<readonly Issue[] | null>(null);
  React.useEffect(() => {
    if (!on || !props.inOffice || marked.current === props.issues) return;
    marked.current = props.issues;
    void mark(props.issues);
  }, [on, props.inOffice, props.issues, mark]);

  return (
    <div>
      <Switch
        label={t("ui.marks")}
        checked={on}
        disabled={!props.inOffice}
        onChange={(_, data) => {
          if (data.checked) {
            marked.current = props.issues;
            void mark(props.issues);
          } else void clear();
        }}
      />
      {note && <Caption1 block>{note}</Caption1>}
    </div>
  );
}
