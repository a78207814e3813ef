import * as React from "react";
import {
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { messages } from "../../core/i18n/messages";
import { say } from "../../core/i18n/text";
import { INDICATOR_BY_ID, planRate, type IndicatorId, type Term } from "../../core/indicators";
import { clubNorms } from "../../core/norms";
import type { Analysis } from "../analysis";
import { PLANNED_CLUBS, useDocumentSetting } from "../document-settings";
import { NumberField } from "../NumberField";
import { wholeNumber } from "../settings";
import { LangContext, formatNumber, formatShare, formatShareOf, useT } from "../i18n";
import { NormsTable } from "./NormsTable";

/** The figures staff ask for first; every other indicator of the catalogue is in the report. */
const SHOWN: readonly IndicatorId[] = [
  "members",
  "women",
  "womenShare",
  "ethnicMinority",
  "ethnicMinorityShare",
  "olderMembers",
  "olderShare",
  "youngerMembers",
  "youngerShare",
  "poor",
  "nearPoor",
  "boardMembers",
  "borrowers",
  "loanTotal",
  "contributionTotal",
];

export function IndicatorsArea(props: {
  analysis: Analysis;
  ageThreshold: number;
}): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const { indicators } = props.analysis;
  const [club, setClub] = React.useState<string>("");
  const [planned, setPlanned] = useDocumentSetting(PLANNED_CLUBS, "");
  const values =
    club === "" ? indicators.total : indicators.clubs.find((c) => c.club === club)?.values;
  const clubs = indicators.total.clubs ?? 0;
  /** A share's count and base, when the catalogue defines it as one figure over another. */
  const termValue = (term: Term | null) =>
    term !== null && "ref" in term ? (values?.[term.ref] ?? null) : null;
  const norms = React.useMemo(
    () => clubNorms(indicators.clubs, props.analysis.profile),
    [indicators.clubs, props.analysis.profile]
  );
  const plan = wholeNumber(planned);
  const rate = plan === null ? null : planRate(clubs, plan);

  return (
    <section>
      <Field label={t("ui.club")}>
        <Select value={club} onChange={(_, data) => setClub(data.value)}>
          <option value="">{t("ui.total")}</option>
          {indicators.clubs.map((c) => (
            <option key={c.club} value={c.club}>
              {c.club}
            </option>
          ))}
        </Select>
      </Field>
      <Table size="small" aria-label={t("ui.area.indicators")}>
        <TableBody>
          {SHOWN.map((id) => {
            const indicator = INDICATOR_BY_ID[id];
            const value = values?.[id] ?? null;
            const shown = indicator.format.includes("%")
              ? formatShareOf(
                  value,
                  termValue(indicator.numerator),
                  termValue(indicator.denominator),
                  lang
                )
              : formatNumber(value, lang);
            return (
              <TableRow key={id}>
                <TableCell>
                  {say(messages[`indicator.${id}`], lang, { ageThreshold: props.ageThreshold })}
                </TableCell>
                <TableCell>{shown}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <NormsTable norms={norms} ageThreshold={props.ageThreshold} />
      <NumberField label={t("ui.plannedClubs")} text={planned} onText={setPlanned} />
      {plan !== null && (
        <Text block>
          {t("ui.planRate", { achieved: clubs, planned: plan, rate: formatShare(rate, lang) })}
        </Text>
      )}
    </section>
  );
}
