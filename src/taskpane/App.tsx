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
import { NewRegisterPanel } from "./areas/NewRegisterPanel";
import { ReadPanel } from "./areas/ReadPanel";
import { ReportArea } from "./areas/ReportArea";
import { documentStore, useDocumentSetting } from "./document-settings";
import { LangContext, useT } from "./i18n";
import { NumberField } from "./NumberField";
import type { HostInfo } from "./office-context";
import { type PaneSettings, defaultSettings, fromIsoDate, isoDate, wholeNumber } from "./settings";
import { useSheetReader } from "./useSheetReader";
import { useWorkedRegister } from "./useWorkedRegister";

type Area = "check" | "indicators" | "report";
const MIN_AGE = 40;
const MAX_AGE = 80;

/** The age threshold and profile are kept in the document; the reference date is today's unless changed. */
function usePaneSettings(): [PaneSettings, (settings: PaneSettings) => void] {
  const defaults = React.useMemo(defaultSettings, []);
  const [kept, setKept] = useDocumentSetting("pane:settings", {
    ageThreshold: defaults.ageThreshold,
    profile: defaults.profile,
  });
  const [referenceDate, setReferenceDate] = React.useState(defaults.referenceDate);
  const set = React.useCallback(
    (next: PaneSettings) => {
      setReferenceDate(next.referenceDate);
      setKept({ ageThreshold: next.ageThreshold, profile: next.profile });
    },
    [setKept]
  );
  const settings = React.useMemo(() => ({ ...kept, referenceDate }), [kept, referenceDate]);
  return [settings, set];
}
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
  const [settings, setSettings] = usePaneSettings();
  const [ageText, setAgeText] = React.useState(String(settings.ageThreshold));
  const reader = useSheetReader();
  const listSheets = React.useCallback(() => void reader.listSheets(), [reader.listSheets]);
  // A new register is offered at once: listed, and chosen as the register to read.
  const registerCreated = React.useCallback(
    (sheet: string) => {
      reader.choose(sheet);
      void reader.listSheets();
    },
    [reader.choose, reader.listSheets]
  );
  // Mapping corrections are kept in the document beside the pane's other settings.
  const [store] = React.useState(documentStore);
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
        sheets={reader.sheets}
        source={reader.source}
        onChoose={reader.choose}
        onList={listSheets}
        onRead={() => void reader.read()}
        onCancel={reader.cancel}
      />
      {register && register.sheets.length === 1 && (
        <MappingPanel
          layout={register.sheets[0].table.layout}
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
          {/* No opening animation on panels with text fields: keys typed while it ran (Enter, Tab, typing
              at once) landed at the field's start, “Nà Lằng” becoming “LằngNà”. */}
          <AccordionPanel collapseMotion={null}>
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
              <NumberField
                label={t("ui.ageThreshold")}
                text={ageText}
                min={MIN_AGE}
                max={MAX_AGE}
                onText={(text) => {
                  setAgeText(text);
                  const age = wholeNumber(text);
                  if (age !== null && age >= MIN_AGE && age <= MAX_AGE)
                    setSettings({ ...settings, ageThreshold: age });
                }}
              />
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
        <AccordionItem value="newRegister">
          <AccordionHeader size="small">{t("ui.newRegister")}</AccordionHeader>
          <AccordionPanel collapseMotion={null}>
            <NewRegisterPanel inOffice={host.inOffice} onCreated={registerCreated} />
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
            sheetsNamed={register.sheets.length > 1}
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
  const [lang, setLang] = useDocumentSetting<Lang>("pane:lang", host.lang);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang}>
      <LangContext.Provider value={lang}>
        <Pane host={host} lang={lang} setLang={setLang} />
      </LangContext.Provider>
    </FluentProvider>
  );
}
