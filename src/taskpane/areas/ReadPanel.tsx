import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
} from "@fluentui/react-components";
import { hostErrorText } from "../host-errors";
import { useT } from "../i18n";
import type { ReaderState, SourceChoice } from "../useSheetReader";

/** The one way into a register: pick the sheet to read, read it with progress and cancel, see what was found. */
export function ReadPanel(props: {
  state: ReaderState;
  inOffice: boolean;
  sheets: readonly string[];
  source: SourceChoice;
  onChoose: (source: SourceChoice) => void;
  onList: () => void;
  onRead: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const { state, inOffice, onList } = props;
  React.useEffect(() => {
    if (inOffice) onList();
  }, [inOffice, onList]);
  // A remembered sheet stays in the list even before the workbook's sheets are listed.
  const choices =
    props.source && !props.sheets.includes(props.source)
      ? [props.source, ...props.sheets]
      : props.sheets;
  return (
    <section aria-live="polite">
      <Field label={t("ui.source")}>
        <Select
          value={props.source}
          disabled={!inOffice || state.kind === "reading"}
          onFocus={onList}
          onChange={(_, data) => props.onChoose(data.value)}
        >
          <option value="">{t("ui.source.active")}</option>
          {choices.map((sheet) => (
            <option key={sheet} value={sheet}>
              {sheet}
            </option>
          ))}
        </Select>
      </Field>
      {state.kind === "reading" ? (
        <>
          <ProgressBar value={state.total ? state.read / state.total : undefined} />
          <Text>
            {state.total
              ? t("ui.reading", { read: state.read, total: state.total })
              : t("ui.readingStart")}
          </Text>{" "}
          <Button onClick={props.onCancel}>{t("ui.cancel")}</Button>
        </>
      ) : (
        <Button appearance="primary" disabled={!inOffice} onClick={props.onRead}>
          {props.source ? t("ui.readSource") : t("ui.readSheet")}
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
          <MessageBarBody>
            {t("ui.readFailed", { reason: hostErrorText(state.error, t) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
