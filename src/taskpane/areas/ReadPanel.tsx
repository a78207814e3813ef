import * as React from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { useT } from "../i18n";
import type { ReaderState } from "../useSheetReader";

/** The one way into a register: read the open sheet, with progress, cancel, and what was found. */
export function ReadPanel(props: {
  state: ReaderState;
  inOffice: boolean;
  onRead: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const { state } = props;
  return (
    <section aria-live="polite">
      {state.kind === "reading" ? (
        <>
          <ProgressBar value={state.total ? state.read / state.total : undefined} />
          <Text>{t("ui.reading", { read: state.read, total: state.total })}</Text>{" "}
          <Button onClick={props.onCancel}>{t("ui.cancel")}</Button>
        </>
      ) : (
        <Button appearance="primary" disabled={!props.inOffice} onClick={props.onRead}>
          {t("ui.readSheet")}
        </Button>
      )}
      {state.kind === "read" && (
        <Text block>
          {t("ui.tableFound", {
            sheet: state.register.table.sheet,
            members: state.register.table.members.length,
            clubs: new Set(state.register.table.members.map((m) => m.club)).size,
            header: state.register.table.headerRows.join("–"),
          })}
        </Text>
      )}
      {state.kind === "no-table" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("ui.noTable", { sheet: state.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "cancelled" && <Text block>{t("ui.cancelled")}</Text>}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("ui.readFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
