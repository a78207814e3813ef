import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../core/grid";
import type { MessageKey } from "../../core/i18n/messages";
import { parseHeaderRows, roleName, ROLE_NAMES, type RegisterLayout } from "../../core/register";
import { useT } from "../i18n";
import type { StoredMapping } from "../mapping";

const useStyles = makeStyles({
  panel: { display: "grid", gap: tokens.spacingVerticalS },
});

/** Which column was read as which field, and the header rows: shown, and correctable one column at a time. */
export function MappingPanel(props: {
  layout: RegisterLayout;
  mapping: StoredMapping | null;
  failed: boolean;
  onChange: (mapping: StoredMapping | null) => void;
}): React.JSX.Element {
  const t = useT();
  const styles = useStyles();
  const { layout } = props;
  const mapping: StoredMapping = props.mapping ?? { columns: {} };
  const shownRows = layout.headerRows.length
    ? `${layout.headerRows[0]}-${layout.headerRows[layout.headerRows.length - 1]}`
    : "";
  const [rowsText, setRowsText] = React.useState(shownRows);
  React.useEffect(() => setRowsText(shownRows), [shownRows]);
  const rowsValid = rowsText.trim() === "" || parseHeaderRows(rowsText) !== null;

  const commitRows = () => {
    if (!rowsValid || rowsText === shownRows) return;
    props.onChange({ ...mapping, headerRows: parseHeaderRows(rowsText) ?? undefined });
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="mapping">
        <AccordionHeader size="small">
          {t("ui.mapping.title", { count: layout.columns.length })}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 block>{t("ui.mapping.about")}</Caption1>
          {props.failed && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("ui.mapping.failed")}</MessageBarBody>
            </MessageBar>
          )}
          <Field
            label={t("ui.mapping.headerRows")}
            hint={t("ui.mapping.headerRowsHint")}
            validationMessage={
              rowsValid ? undefined : t("ui.mapping.headerRowsBad", { value: rowsText })
            }
          >
            <Input
              value={rowsText}
              onChange={(_, data) => setRowsText(data.value)}
              onBlur={commitRows}
              onKeyDown={(event) => event.key === "Enter" && commitRows()}
            />
          </Field>
          {layout.columns.map((column) => {
            const letter = columnLetters(column.column);
            const label = t("ui.mapping.column", { letter, header: column.header });
            return (
              <Field
                key={column.column}
                label={column.reason === "user" ? `${label} (${t("ui.mapping.corrected")})` : label}
              >
                <Select
                  value={roleName(column.role)}
                  onChange={(_, data) =>
                    props.onChange({
                      ...mapping,
                      columns: { ...mapping.columns, [column.column]: data.value },
                    })
                  }
                >
                  {[...ROLE_NAMES.keys()].map((name) => (
                    <option key={name} value={name}>
                      {t(`ui.role.${name}` as MessageKey)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          {props.mapping !== null && (
            <Button onClick={() => props.onChange(null)}>{t("ui.mapping.reset")}</Button>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
