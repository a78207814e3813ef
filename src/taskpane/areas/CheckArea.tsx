import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { issueCell, issueMessage } from "../../core/validation";
import { inExcel, selectCell } from "../../excel/workbook";
import type { Analysis } from "../analysis";
import { LangContext, useT } from "../i18n";

const PAGE = 100;
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: { display: "grid", gap: tokens.spacingVerticalXXS },
});

/** The issues of the register, all of them, paged; each names its cell and can select it. Nothing is changed. */
export function CheckArea({ analysis }: { analysis: Analysis }): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const styles = useStyles();
  const [shown, setShown] = React.useState(PAGE);
  const { issues, summary } = analysis.validation;
  const counts = {
    errors: summary.bySeverity.error ?? 0,
    warnings: summary.bySeverity.warning ?? 0,
    infos: summary.bySeverity.info ?? 0,
  };
  const show = (sheet: string, cell: string) => {
    void inExcel((context) => selectCell(context, sheet, cell));
  };
  return (
    <section>
      <Text block weight="semibold">
        {t("ui.summary", counts)} {counts.errors === 0 ? t("ui.clean") : ""}
      </Text>
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, i) => {
          const { sheet } = issue;
          const cell = issueCell(issue);
          return (
            <li key={i} className={styles.item}>
              <span>
                <Badge color={COLOR[issue.severity]}>{t(`ui.severity.${issue.severity}`)}</Badge>{" "}
                {sheet !== null && cell !== null && (
                  <Button size="small" appearance="transparent" onClick={() => show(sheet, cell)}>
                    {t("ui.goToCell", { cell })}
                  </Button>
                )}
              </span>
              <Text>{issueMessage(issue, lang)}</Text>
              {issue.suggestion !== null && (
                <Text italic>{t("ui.suggestion", { value: issue.suggestion })}</Text>
              )}
            </li>
          );
        })}
      </ul>
      {issues.length > shown && (
        <Button onClick={() => setShown(shown + PAGE)}>
          {t("ui.showMore", { count: Math.min(PAGE, issues.length - shown) })}
        </Button>
      )}
    </section>
  );
}
