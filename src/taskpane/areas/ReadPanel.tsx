import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { columnLetters, lastColumn } from "../../core/grid";
import { hostErrorText } from "../host-errors";
import { useT } from "../i18n";
import { membersOf, type SheetPart, type SheetRegister } from "../analysis";
import { ALL_CLUB_SHEETS, type SourceChoice, tableOf, tableSource } from "../source";
import type { ReaderState, SheetChoices } from "../useSheetReader";

/** A long sheet or table name is cut with "…" in the closed picker, never widening the pane past its edge. */
const usePickerStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/** The one way into a register: pick the sheet to read, read it with progress and cancel, see what was found. */
export function ReadPanel(props: {
  state: ReaderState;
  inOffice: boolean;
  sheets: SheetChoices;
  source: SourceChoice;
  onChoose: (source: SourceChoice) => void;
  onList: () => void;
  onRead: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const pickerStyles = usePickerStyles();
  const { state, inOffice, onList } = props;
  React.useEffect(() => {
    if (inOffice) onList();
  }, [inOffice, onList]);
  const { registers, tables, others } = props.sheets;
  const tableSources = tables.map(tableSource);
  /** A sheet by its name; a table by its name and its sheet's. */
  const label = (source: SourceChoice) => {
    const table = tableOf(source);
    if (source === ALL_CLUB_SHEETS) return t("ui.source.allClubs", { sheets: "…" });
    return table ? t("ui.source.table", { table: table.table, sheet: table.sheet }) : source;
  };
  const options = (sources: readonly SourceChoice[]) =>
    sources.map((source) => (
      <option key={source} value={source}>
        {label(source)}
      </option>
    ));
  // A remembered source stays in the list even before the workbook's sheets are listed.
  const listed =
    props.source === "" ||
    (props.source === ALL_CLUB_SHEETS && registers.length > 1) ||
    [...registers, ...tableSources, ...others].includes(props.source);
  const grouped = registers.length > 0 || tables.length > 0;
  return (
    <section aria-live="polite">
      <Field label={t("ui.source")}>
        <Select
          className={pickerStyles.root}
          select={{ className: pickerStyles.select }}
          value={props.source}
          disabled={!inOffice || state.kind === "reading"}
          onFocus={onList}
          onChange={(_, data) => props.onChoose(data.value)}
        >
          <option value="">{t("ui.source.active")}</option>
          {registers.length > 1 && (
            <option value={ALL_CLUB_SHEETS}>
              {t("ui.source.allClubs", { sheets: registers.length })}
            </option>
          )}
          {!listed && options([props.source])}
          {registers.length > 0 && (
            <optgroup label={t("ui.source.registers")}>{options(registers)}</optgroup>
          )}
          {tables.length > 0 && (
            <optgroup label={t("ui.source.tables")}>{options(tableSources)}</optgroup>
          )}
          {others.length > 0 &&
            (grouped ? (
              <optgroup label={t("ui.source.others")}>{options(others)}</optgroup>
            ) : (
              options(others)
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
      {state.kind === "read" && <FoundText register={state.register} />}
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

/** A part's sheet, with its columns when its sheet holds tables side by side: "2 CLB (A–F)". */
function partName(part: SheetPart, _index: number, parts: readonly SheetPart[]): string {
  const { grid, table } = part;
  if (parts.filter((other) => other.grid.sheet === grid.sheet).length < 2) return table.sheet;
  return `${table.sheet} (${columnLetters(grid.originCol)}–${columnLetters(lastColumn(grid))})`;
}

/** What was found: the sheet, its members and clubs and header rows; for several sheets, their names and totals. */
function FoundText({ register }: { register: SheetRegister }): React.JSX.Element {
  const t = useT();
  const members = membersOf(register);
  const clubs = new Set(members.map((m) => m.club)).size;
  const [only] = register.sheets;
  return (
    <Text block>
      {register.sheets.length === 1
        ? t("ui.tableFound", {
            sheet: only.table.sheet,
            members: members.length,
            clubs,
            header: only.table.headerRows.join("–"),
          })
        : t("ui.tableFoundSheets", {
            sheets: register.sheets.length,
            names: register.sheets.map(partName).join(", "),
            members: members.length,
            clubs,
          })}
    </Text>
  );
}
