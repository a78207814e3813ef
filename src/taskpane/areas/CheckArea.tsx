import * as React from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { cellAddress } from "../../core/grid";
import { fixKey, fixPlan, isFixable, type CellFix } from "../../core/fixes";
import type { MessageKey } from "../../core/i18n/messages";
import { issueCell, issueMessage, type Issue, type Severity } from "../../core/validation";
import { applyFixes, undoFixes, type FixOutcome, type HeldCell } from "../../excel/fixes";
import { inExcel, selectCell } from "../../excel/workbook";
import type { Analysis } from "../analysis";
import { hostErrorText } from "../host-errors";
import { LangContext, useT } from "../i18n";
import type { ChangedCell } from "../useWorkedRegister";
import { MarksSwitch } from "./MarksSwitch";

/** Issues shown per group before "show more": no page runs to thousands of pixels. */
const PAGE = 20;
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  groups: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  groupHead: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    alignItems: "center",
  },
});

interface Group {
  readonly rule: Issue["rule"];
  readonly severity: Severity;
  readonly issues: readonly Issue[];
}

/** Groups by rule, errors first, then warnings, then notes; within a severity in the order met. */
function groupsOf(issues: readonly Issue[]): Group[] {
  const groups = new Map<Issue["rule"], Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.rule);
    if (list) list.push(issue);
    else groups.set(issue.rule, [issue]);
  }
  return [...groups]
    .map(([rule, list]) => ({ rule, severity: list[0].severity, issues: list }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** What the workbook holds again after an undo, as the grid reads it. */
function asChanged(held: readonly HeldCell[]): ChangedCell[] {
  return held.map((h) => ({ ...h, value: h.formula === "" ? null : h.formula }));
}

/**
 * The issues of the register grouped by rule, filtered by severity; each names its cell and can select it. A fix
 * (one cell, every cell of one spelling, a whole group) changes cells only after a confirmation, and can be undone.
 */
export function CheckArea(props: {
  analysis: Analysis;
  /** The register spans several sheets: a cell is named with its sheet, as Excel names it. */
  sheetsNamed: boolean;
  inOffice: boolean;
  onCellsChanged: (cells: readonly ChangedCell[]) => void;
}): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const styles = useStyles();
  const { issues, summary } = props.analysis.validation;
  const [severity, setSeverity] = React.useState<Severity | "all">("all");
  const [open, setOpen] = React.useState<ReadonlySet<string> | null>(null);
  const [shown, setShown] = React.useState<Readonly<Record<string, number>>>({});
  const [pending, setPending] = React.useState<CellFix[] | null>(null);
  // The count stays on the dialog while it fades out.
  const asked = React.useRef(0);
  if (pending) asked.current = pending.length;
  // Every fix applied, last first: each undo takes back the latest.
  const [history, setHistory] = React.useState<readonly FixOutcome[]>([]);
  const done = history[0] ?? null;
  // Cells found to hold a formula: never offered again.
  const [formulaCells, setFormulaCells] = React.useState<ReadonlySet<string>>(new Set());
  const fixable = (issue: Issue) =>
    props.inOffice && isFixable(issue) && !formulaCells.has(fixKey(issue as CellFix));
  const [note, setNote] = React.useState<string | null>(null);

  const groups = React.useMemo(
    () => groupsOf(severity === "all" ? issues : issues.filter((i) => i.severity === severity)),
    [issues, severity]
  );
  // The first group is open until the user opens or closes one.
  const isOpen = (rule: string) => (open === null ? rule === groups[0]?.rule : open.has(rule));
  const toggle = (rule: string) => {
    const next = new Set<string>(groups.filter((g) => isOpen(g.rule)).map((g) => g.rule));
    if (next.has(rule)) next.delete(rule);
    else next.add(rule);
    setOpen(next);
  };
  const counts = {
    errors: summary.bySeverity.error ?? 0,
    warnings: summary.bySeverity.warning ?? 0,
    infos: summary.bySeverity.info ?? 0,
  };

  const show = (sheet: string, cell: string) => {
    void inExcel((context) => selectCell(context, sheet, cell));
  };
  const failed = (error: unknown) =>
    setNote(t("ui.fix.failed", { reason: hostErrorText(error, t) }));
  const apply = async (plan: readonly CellFix[]) => {
    setPending(null);
    try {
      const outcome = await inExcel((context) => applyFixes(context, plan));
      setHistory([outcome, ...history]);
      setNote(null);
      const skipped = new Set(outcome.skipped);
      if (skipped.size > 0)
        setFormulaCells(new Set([...formulaCells, ...outcome.skipped.map(fixKey)]));
      props.onCellsChanged(plan.filter((f) => !skipped.has(f)));
    } catch (error) {
      failed(error);
    }
  };
  const undo = async () => {
    if (!done) return;
    try {
      await inExcel((context) => undoFixes(context, done.undo));
      props.onCellsChanged(asChanged(done.undo));
      setNote(t("ui.fix.undone", { count: done.undo.length }));
      setHistory(history.slice(1));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section>
      <div className={styles.bar}>
        <Text weight="semibold">
          {t("ui.summary", counts)} {counts.errors === 0 ? t("ui.clean") : ""}
        </Text>
        <Select
          size="small"
          aria-label={t("ui.filter")}
          value={severity}
          onChange={(_, data) => setSeverity(data.value as Severity | "all")}
        >
          <option value="all">{t("ui.filter.all")}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`ui.severity.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("ui.fix.done", { count: done.undo.length })}{" "}
            {done.skipped.length > 0 &&
              t("ui.fix.skipped", {
                count: done.skipped.length,
                cells: done.skipped.map((f) => cellAddress(f.row, f.column)).join(", "),
              })}{" "}
            <Button size="small" onClick={() => void undo()}>
              {t("ui.fix.undo")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar>
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.groups}>
        {groups.map((group) => {
          const groupPlan = fixPlan(group.issues.filter(fixable));
          const limit = shown[group.rule] ?? PAGE;
          return (
            <li key={group.rule}>
              <div className={styles.groupHead}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-expanded={isOpen(group.rule)}
                  onClick={() => toggle(group.rule)}
                >
                  {isOpen(group.rule) ? "▾ " : "▸ "}
                  {t("ui.group.toggle", {
                    title: t(`ui.rule.${group.rule}` as MessageKey),
                    count: group.issues.length,
                  })}
                </Button>
                {props.inOffice && groupPlan.length > 1 && (
                  <Button size="small" onClick={() => setPending(groupPlan)}>
                    {t("ui.fix.group", { count: groupPlan.length })}
                  </Button>
                )}
              </div>
              {isOpen(group.rule) && (
                <ul className={styles.list}>
                  {group.issues.slice(0, limit).map((issue, i) => (
                    <IssueItem
                      key={i}
                      issue={issue}
                      group={group.issues}
                      fixable={fixable}
                      onShow={show}
                      onFix={setPending}
                      lang={lang}
                      sheetNamed={props.sheetsNamed}
                    />
                  ))}
                  {group.issues.length > limit && (
                    <li>
                      <Button
                        size="small"
                        onClick={() => setShown({ ...shown, [group.rule]: limit + PAGE })}
                      >
                        {t("ui.showMore", { count: Math.min(PAGE, group.issues.length - limit) })}
                      </Button>
                    </li>
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <MarksSwitch issues={issues} inOffice={props.inOffice} />
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("ui.fix.confirmTitle")}</DialogTitle>
            <DialogContent>{t("ui.fix.confirm", { count: asked.current })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => pending && void apply(pending)}>
                {t("ui.fix.apply", { count: asked.current })}
              </Button>
              <Button onClick={() => setPending(null)}>{t("ui.fix.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function IssueItem(props: {
  issue: Issue;
  group: readonly Issue[];
  fixable: (issue: Issue) => boolean;
  onShow: (sheet: string, cell: string) => void;
  onFix: (plan: CellFix[]) => void;
  lang: "vi" | "en";
  sheetNamed: boolean;
}): React.JSX.Element {
  const t = useT();
  const styles = useStyles();
  const { issue } = props;
  const { sheet } = issue;
  const cell = issueCell(issue);
  const fixable = props.fixable(issue);
  // Every cell of the group holding the same text with the same proposal: one spelling, fixed at once.
  const same = fixable
    ? props.group.filter(
        (other) =>
          other.value === issue.value &&
          other.suggestion === issue.suggestion &&
          props.fixable(other)
      )
    : [];
  return (
    <li className={styles.item}>
      <Text>
        <Badge size="small" color={COLOR[issue.severity]}>
          {t(`ui.severity.${issue.severity}`)}
        </Badge>{" "}
        {issueMessage(issue, props.lang)}
      </Text>
      {issue.suggestion !== null && (
        <Text italic>{t("ui.suggestion", { value: issue.suggestion })}</Text>
      )}
      <span className={styles.actions}>
        {sheet !== null && cell !== null && (
          <Button size="small" onClick={() => props.onShow(sheet, cell)}>
            {t("ui.goToCell", { cell: props.sheetNamed ? `${sheet}!${cell}` : cell })}
          </Button>
        )}
        {fixable && (
          <Button size="small" onClick={() => props.onFix(fixPlan([issue]))}>
            {t("ui.fix.one")}
          </Button>
        )}
        {same.length > 1 && (
          <Button size="small" onClick={() => props.onFix(fixPlan(same))}>
            {t("ui.fix.same", { count: same.length, value: String(issue.value) })}
          </Button>
        )}
      </span>
    </li>
  );
}
