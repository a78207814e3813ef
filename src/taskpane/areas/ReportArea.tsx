import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { messages } from "../../core/i18n/messages";
import { say } from "../../core/i18n/text";
import { INDICATOR_BY_ID, computeIndicators, type IndicatorId } from "../../core/indicators";
import { buildReportLayout, REPORT_SHEET } from "../../core/report";
import { PROFILES, unrecordedPoverty } from "../../core/validation";
import {
  compareFigures,
  uncountedCells,
  type FigureDifference,
  type UncountedCell,
} from "../../core/report/readback";
import { freeSheetName } from "../../core/sheet-name";
import { writeMemberSheet } from "../../excel/member-sheet-writer";
import { writeReport } from "../../excel/report-writer";
import { inExcel, listSheets, readCellValues } from "../../excel/workbook";
import { countedSheet, type SheetRegister } from "../analysis";
import { LangContext, formatNumber, formatShare, useT } from "../i18n";
import { PLANNED_CLUBS, useDocumentSetting } from "../document-settings";
import { hostErrorText } from "../host-errors";
import { NumberField } from "../NumberField";
import { type PaneSettings, wholeNumber } from "../settings";

const NUMBER_FIELDS: ReadonlySet<string> = new Set(["plannedClubs", "clubsBefore", "targetClubs"]);

type Outcome =
  | { readonly kind: "idle" }
  | { readonly kind: "writing" }
  | { readonly kind: "confirm"; readonly sheet: string; readonly next: string }
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly checked: number;
      readonly differences: readonly { difference: FigureDifference; cells: UncountedCell[] }[];
    }
  | { readonly kind: "failed"; readonly reason: string };

/** "Tạo báo cáo": writes the standard report as a new sheet, then reads its figures back and compares them. */
export function ReportArea(props: {
  register: SheetRegister;
  settings: PaneSettings;
  inOffice: boolean;
}): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const [texts, setTexts] = useDocumentSetting("report:form", {
    issuingBody: "HỘI NGƯỜI CAO TUỔI",
    place: "",
    period: `năm ${props.settings.referenceDate.year}`,
    reportNumber: "",
    clubsBefore: "",
    targetClubs: "",
  });
  const [plannedClubsText, setPlannedClubs] = useDocumentSetting(PLANNED_CLUBS, "");
  const form = { ...texts, plannedClubs: plannedClubsText };
  const setForm = ({ plannedClubs, ...rest }: typeof form) => {
    if (plannedClubs !== plannedClubsText) setPlannedClubs(plannedClubs);
    else setTexts(rest);
  };
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: "idle" });
  const set = (key: keyof typeof form) => (_: unknown, data: { value: string }) =>
    setForm({ ...form, [key]: data.value });

  /** A report already in the workbook: the user says whether to add another rather than getting "(2)" unasked. */
  const make = async (another = false) => {
    setOutcome({ kind: "writing" });
    try {
      const existing = await inExcel(listSheets);
      const name = say(messages["report.sheetName"], lang);
      const same = existing.find((s) => s.toLocaleLowerCase("vi") === name.toLocaleLowerCase("vi"));
      if (same !== undefined && !another) {
        setOutcome({ kind: "confirm", sheet: same, next: freeSheetName(name, existing) });
        return;
      }
      // Several club sheets: their members gathered in one list the report counts, added before it.
      const gathered = props.register.sheets.length > 1;
      const { table, grid } = countedSheet(
        props.register,
        freeSheetName(say(messages["cli.report.members-sheet"], lang), existing),
        lang
      );
      const tables = props.register.sheets.map((part) => part.table);
      const plannedClubs = wholeNumber(form.plannedClubs);
      const layout = buildReportLayout({
        table,
        grid,
        profile: { ...PROFILES[props.settings.profile], olderAge: props.settings.ageThreshold },
        unrecordedPoverty: unrecordedPoverty(tables),
        params: {
          lang,
          referenceDate: props.settings.referenceDate,
          ageThreshold: props.settings.ageThreshold,
          plannedClubs,
          clubsBefore: wholeNumber(form.clubsBefore),
          plannedClubsTotal: wholeNumber(form.targetClubs),
          issuingBody: form.issuingBody,
          place: form.place,
          // The report is dated the day its figures are counted at: the date line is never left as "… tháng …".
          reportDate: props.settings.referenceDate,
          period: form.period,
          ...(form.reportNumber ? { reportNumber: form.reportNumber } : {}),
        },
      });
      const names = await inExcel(async (context) => {
        if (gathered) await writeMemberSheet(context, grid);
        return writeReport(context, layout);
      });
      const indicators = computeIndicators(table.members, {
        unrecordedPoverty: unrecordedPoverty(tables),
        referenceDate: props.settings.referenceDate,
        ageThreshold: props.settings.ageThreshold,
        ...(plannedClubs === null ? {} : { plannedClubs }),
      });
      const plan = {
        clubsBefore: wholeNumber(form.clubsBefore),
        plannedClubsTotal: wholeNumber(form.targetClubs),
      };
      // The figures are on the report and its annexes: each sheet's read and compared on its own.
      const differences: { difference: FigureDifference; cells: UncountedCell[] }[] = [];
      for (const [key, name] of Object.entries(names)) {
        const figures = layout.figures.filter((f) => f.sheet === key);
        const values = await inExcel((context) =>
          readCellValues(
            context,
            name,
            figures.map((f) => f.address)
          )
        );
        for (const difference of compareFigures(figures, values, indicators, plan)) {
          // Named with its sheet: the report's and its annexes' cells share addresses.
          const address = `${name}!${difference.address}`;
          const cells = uncountedCells(difference, table, grid);
          differences.push({ difference: { ...difference, address }, cells });
        }
      }
      const sheet = names[REPORT_SHEET];
      setOutcome({ kind: "written", sheet, checked: layout.figures.length, differences });
    } catch (error) {
      setOutcome({ kind: "failed", reason: hostErrorText(error, t) });
    }
  };

  /** A figure as the report formats it: shares as percentages, an empty cell as a dash. */
  const shown = (indicator: IndicatorId, value: unknown): string => {
    if (typeof value !== "number") return "–";
    return INDICATOR_BY_ID[indicator].format.includes("%")
      ? formatShare(value, lang)
      : formatNumber(value, lang);
  };
  const fields: [keyof typeof form, Parameters<typeof t>[0]][] = [
    ["issuingBody", "ui.issuingBody"],
    ["place", "ui.place"],
    ["period", "ui.period"],
    ["reportNumber", "ui.reportNumber"],
    ["plannedClubs", "ui.plannedClubs"],
    ["clubsBefore", "ui.clubsBefore"],
    ["targetClubs", "ui.targetClubs"],
  ];
  return (
    <section>
      {fields.map(([key, label]) =>
        NUMBER_FIELDS.has(key) ? (
          <NumberField
            key={key}
            label={t(label)}
            text={form[key]}
            onText={(value) => set(key)(null, { value })}
          />
        ) : (
          <Field key={key} label={t(label)}>
            <Input value={form[key]} onChange={set(key)} />
          </Field>
        )
      )}
      <Button
        appearance="primary"
        disabled={!props.inOffice || outcome.kind === "writing" || outcome.kind === "confirm"}
        onClick={() => void make()}
      >
        {t("ui.makeReport")}
      </Button>
      {outcome.kind === "writing" && <Spinner size="tiny" label={t("ui.writing")} />}
      {outcome.kind === "confirm" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("ui.reportExists", { sheet: outcome.sheet, next: outcome.next })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void make(true)}>
              {t("ui.reportAddAnother")}
            </Button>
            <Button onClick={() => setOutcome({ kind: "idle" })}>{t("ui.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("ui.reportFailed", { reason: outcome.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "written" && (
        <div aria-live="polite">
          <Text block>{t("ui.reportWritten", { sheet: outcome.sheet })}</Text>
          {outcome.differences.length === 0 ? (
            <Text block>{t("ui.reportAgrees", { count: outcome.checked })}</Text>
          ) : (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t("ui.reportDiffers", { count: outcome.differences.length })}
                <ul>
                  {outcome.differences.map(({ difference, cells }) => (
                    <li key={difference.address}>
                      {t("ui.difference", {
                        figure: say(messages[`indicator.${difference.indicator}`], lang, {
                          ageThreshold: props.settings.ageThreshold,
                        }),
                        club: difference.club ?? t("ui.total"),
                        cell: difference.address,
                        report: shown(difference.indicator, difference.report),
                        core: shown(difference.indicator, difference.core),
                      })}
                      <ul>
                        {cells.map((cell) => (
                          <li key={cell.cell}>
                            {cell.expected === null
                              ? t("ui.uncountedDate", { cell: cell.cell, value: cell.value })
                              : t("ui.uncountedText", {
                                  cell: cell.cell,
                                  value: cell.value,
                                  expected: cell.expected,
                                })}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </section>
  );
}
