import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Card,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../core/i18n/text";
import { analyse } from "./analysis";
import { CheckArea } from "./areas/CheckArea";
import { IndicatorsArea } from "./areas/IndicatorsArea";
import { MappingPanel } from "./areas/MappingPanel";
import { ReadPanel } from "./areas/ReadPanel";
import { ReportArea } from "./areas/ReportArea";
import { LangContext, useT } from "./i18n";
import type { HostInfo } from "./office-context";
import { type PaneSettings, defaultSettings, fromIsoDate, isoDate } from "./settings";
import { useSheetReader } from "./useSheetReader";
import { memoryStore } from "./document-store";
import { useWorkedRegister } from "./useWorkedRegister";

type Area = "check" | "indicators" | "report";
const AREAS: readonly Area[] = ["check", "indicators", "report"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
  },
  settings: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

function Pane({ host, lang, setLang }: { host: HostInfo; lang: Lang; setLang: (l: Lang) => void }) {
  const styles = useStyles();
  const t = useT();
  const [area, setArea] = React.useState<Area>("check");
  const [settings, setSettings] = React.useState<PaneSettings>(defaultSettings);
  const reader = useSheetReader();
  // Until the pane's document settings land, corrections live as long as the pane.
  const [store] = React.useState(memoryStore);
  const worked = useWorkedRegister(
    reader.state.kind === "read" ? reader.state.register : null,
    store
  );
  const register = worked.register;
  const analysis = React.useMemo(
    () => (register ? analyse(register, settings) : null),
    [register, settings]
  );

  return (
    <main className={styles.root}>
      <header>
        <Subtitle1 as="h1" block>
          {t("ui.title")}
        </Subtitle1>
      </header>
      {!host.inOffice && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("ui.outsideOffice")}</MessageBarBody>
        </MessageBar>
      )}
      <ReadPanel
        state={reader.state}
        inOffice={host.inOffice}
        onRead={() => void reader.read()}
        onCancel={reader.cancel}
      />
      {register && (
        <MappingPanel
          layout={register.table.layout}
          mapping={worked.mapping}
          failed={worked.mappingFailed}
          onChange={(mapping) => void worked.setMapping(mapping)}
        />
      )}
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader size="small">
            {t("ui.settings.title", {
              date: `${settings.referenceDate.day}/${settings.referenceDate.month}/${settings.referenceDate.year}`,
              age: settings.ageThreshold,
            })}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.settings}>
              <Field label={t("ui.referenceDate")}>
                <Input
                  type="date"
                  value={isoDate(settings.referenceDate)}
                  onChange={(_, data) => {
                    const date = fromIsoDate(data.value);
                    if (date) setSettings({ ...settings, referenceDate: date });
                  }}
                />
              </Field>
              <Field label={t("ui.ageThreshold")}>
                <Input
                  type="number"
                  min={40}
                  max={80}
                  value={String(settings.ageThreshold)}
                  onChange={(_, data) => {
                    const age = Number(data.value);
                    if (Number.isInteger(age) && age >= 40 && age <= 80)
                      setSettings({ ...settings, ageThreshold: age });
                  }}
                />
              </Field>
              <Field label={t("ui.profile")}>
                <Select
                  value={settings.profile}
                  onChange={(_, data) =>
                    setSettings({ ...settings, profile: data.value as PaneSettings["profile"] })
                  }
                >
                  <option value="national">{t("ui.profile.national")}</option>
                  <option value="laichau">{t("ui.profile.laichau")}</option>
                </Select>
              </Field>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <TabList
        aria-label={t("ui.areas")}
        selectedValue={area}
        onTabSelect={(_, data) => setArea(data.value as Area)}
      >
        {AREAS.map((a) => (
          <Tab key={a} value={a}>
            {t(`ui.area.${a}`)}
          </Tab>
        ))}
      </TabList>
      <Card role="tabpanel" aria-label={t(`ui.area.${area}`)}>
        {!register || !analysis ? (
          <Caption1 block>{t("ui.readFirst")}</Caption1>
        ) : area === "check" ? (
          <CheckArea
            analysis={analysis}
            inOffice={host.inOffice}
            onCellsChanged={worked.cellsChanged}
          />
        ) : area === "indicators" ? (
          <IndicatorsArea analysis={analysis} ageThreshold={settings.ageThreshold} />
        ) : (
          <ReportArea register={register} settings={settings} inOffice={host.inOffice} />
        )}
        <Caption1 as="p" block>
          {t(`ui.area.${area}.about`)}
        </Caption1>
      </Card>
      <Caption1 as="p">{t("ui.subtitle")}</Caption1>
      <Caption1 as="p">{t("ui.functionsHint")}</Caption1>
      <TabList
        aria-label={t("ui.language")}
        size="small"
        selectedValue={lang}
        onTabSelect={(_, data) => setLang(data.value as Lang)}
      >
        <Tab value="vi">Tiếng Việt</Tab>
        <Tab value="en">English</Tab>
      </TabList>
    </main>
  );
}

export function App({ host }: { host: HostInfo }): React.JSX.Element {
  const [lang, setLang] = React.useState<Lang>(host.lang);
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang}>
      <LangContext.Provider value={lang}>
        <Pane host={host} lang={lang} setLang={setLang} />
      </LangContext.Provider>
    </FluentProvider>
  );
}
