import * as React from "react";
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/text";
import { NORM_MEASURES, type ClubNorms, type NormFigure, type NormMeasure } from "../../core/norms";
import { formatNumber, formatShare, formatShareOf, useT, LangContext } from "../i18n";

/**
 * Each club beside the profile's norms (core/norms): a row per club, a column per norm, the norm itself under
 * the column's name. A figure outside its norm stands out by a mark and a word as well as by colour; an unknown
 * share is "?", never 0 %. The table scrolls inside its own frame, the club's name kept in view, so the pane
 * never grows wider than its 340 px.
 */
const useStyles = makeStyles({
  frame: { overflowX: "auto", maxWidth: "100%" },
  // Figures on one line ("63,5 % (33/52)"): the frame scrolls instead.
  table: { width: "auto" },
  figure: { whiteSpace: "nowrap" },
  club: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  off: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
  },
});

/** The norm as a reader knows it: "50–70", "≥ 60 %", "≤ 70 %". */
function normText(
  norm: NormFigure["norm"],
  measure: NormMeasure,
  lang: Lang,
  none: string
): string {
  if (norm === null) return none;
  const show = (v: number) =>
    measure === "members" ? formatNumber(v, lang) : formatShare(v, lang);
  if (norm.min !== null && norm.max !== null) return `${show(norm.min)}–${show(norm.max)}`;
  if (norm.min !== null) return `≥ ${show(norm.min)}`;
  return norm.max === null ? none : `≤ ${show(norm.max)}`;
}

function figureText(figure: NormFigure, measure: NormMeasure, lang: Lang): string {
  if (figure.status === "unknown") return "?";
  return measure === "members"
    ? formatNumber(figure.count, lang)
    : formatShareOf(figure.share, figure.count, figure.of, lang);
}

export function NormsTable(props: {
  norms: readonly ClubNorms[];
  ageThreshold: number;
}): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const styles = useStyles();
  const params = { ageThreshold: props.ageThreshold };
  const first = props.norms[0];
  return (
    <section>
      <Text weight="semibold" block>
        {t("ui.norms.title")}
      </Text>
      <div
        className={styles.frame}
        role="region"
        aria-label={t("ui.norms.title")}
        // The frame scrolls: reachable by Tab, then by the arrow keys.
        tabIndex={0}
      >
        <Table size="extra-small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.club}>{t("ui.club")}</TableHeaderCell>
              {NORM_MEASURES.map((m) => (
                <TableHeaderCell key={m}>{t(`ui.norms.${m}`, params)}</TableHeaderCell>
              ))}
            </TableRow>
            {first && (
              <TableRow>
                <TableCell className={styles.club}>{t("ui.norms.norm")}</TableCell>
                {NORM_MEASURES.map((m) => (
                  <TableCell key={m} className={styles.figure}>
                    {normText(first.figures[m].norm, m, lang, t("ui.norms.none"))}
                  </TableCell>
                ))}
              </TableRow>
            )}
          </TableHeader>
          <TableBody>
            {props.norms.map((club) => (
              <TableRow key={club.club}>
                <TableCell className={styles.club}>{club.club}</TableCell>
                {NORM_MEASURES.map((m) => {
                  const figure = club.figures[m];
                  const off = figure.status === "below" || figure.status === "above";
                  const word =
                    off || figure.status === "unknown" ? t(`ui.norms.${figure.status}`) : "";
                  return (
                    <TableCell
                      key={m}
                      className={mergeClasses(styles.figure, off && styles.off)}
                      aria-label={`${figureText(figure, m, lang)}${word ? `, ${word}` : ""}`}
                    >
                      {off ? "✗ " : ""}
                      {figureText(figure, m, lang)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Caption1 block>{t("ui.norms.caption")}</Caption1>
    </section>
  );
}
