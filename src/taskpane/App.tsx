import * as React from "react";
import {
  Body1,
  Caption1,
  Card,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { messages, type MessageKey } from "../core/i18n/messages";
import { type Lang, say } from "../core/i18n/text";
import type { HostInfo } from "./office-context";

type Area = "check" | "indicators" | "report";
const AREAS: readonly Area[] = ["check", "indicators", "report"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
  },
});

export function App({ host }: { host: HostInfo }): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(host.lang);
  const [area, setArea] = React.useState<Area>("check");
  const t = (key: MessageKey): string => say(messages[key], lang);

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header>
          <Title3 as="h1" block>{t("ui.title")}</Title3>
          <Body1 as="p" block>{t("ui.subtitle")}</Body1>
        </header>
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
          <Subtitle2 as="h2" block>{t(`ui.area.${area}`)}</Subtitle2>
          <Body1 as="p">{t(`ui.area.${area}.about`)}</Body1>
          <MessageBar intent="info">
            <MessageBarBody>{t("ui.notYet")}</MessageBarBody>
          </MessageBar>
        </Card>
        <Caption1 as="p">{t("ui.functionsHint")}</Caption1>
        {!host.inOffice && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("ui.outsideOffice")}</MessageBarBody>
          </MessageBar>
        )}
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
    </FluentProvider>
  );
}
