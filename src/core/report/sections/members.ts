/**
 * II.2: the members of all clubs together — women, ethnic minority, aged at or above the threshold and below it,
 * poor and near-poor households, each a count and a share, and board members — one line each. Above the table,
 * the two input cells the ages depend on: the reference date and the age threshold.
 */
import { messages, type MessageKey } from "../../i18n/messages";
import type { IndicatorId } from "../../indicators/catalogue";
import { text, type ReportContext } from "../context";
import { thresholdLabel } from "../figure-table";
import { totalFigureScope } from "../figure-scopes";
import { indicatorFormula } from "../indicator-formulas";
import type { InputName } from "../layout";
import type { SheetBuilder } from "../sheet-builder";
import {
  endTable,
  FIRST,
  SECOND,
  startTable,
  writeCell,
  writeRowLabel,
  writeTotal,
} from "./summary-table";

const DATE_CELL = { from: 11, to: 17 };
const OLDER_FROM = { from: 20, to: 29 };
const THRESHOLD_CELL = { from: 30, to: 32 };
const OLDER_UNIT = { from: 33, to: 40 };

/** The lines of the table: a count and, for a group, its share. */
export const MEMBER_LINES: readonly {
  readonly label: MessageKey;
  readonly count: IndicatorId;
  readonly share?: IndicatorId;
}[] = [
  { label: "report.row.members", count: "members" },
  { label: "report.col.women", count: "women", share: "womenShare" },
  { label: "report.row.genderUnknown", count: "genderUnknown" },
  { label: "report.col.ethnicMinority", count: "ethnicMinority", share: "ethnicMinorityShare" },
  { label: "report.row.ethnicityUnknown", count: "ethnicityUnknown" },
  { label: "report.col.older", count: "olderMembers", share: "olderShare" },
  { label: "report.col.younger", count: "youngerMembers", share: "youngerShare" },
  { label: "report.row.ageUnknown", count: "ageUnknown" },
  { label: "report.col.poor", count: "poor", share: "poorShare" },
  { label: "report.col.nearPoor", count: "nearPoor", share: "nearPoorShare" },
  { label: "report.row.povertyUnknown", count: "povertyUnknown" },
  { label: "report.row.board", count: "boardMembers" },
  { label: "report.row.formerMembers", count: "formerMembers" },
];

export function membersInputs(
  sheet: SheetBuilder,
  row: number
): Pick<Record<InputName, string>, "referenceDate" | "ageThreshold"> {
  return {
    referenceDate: sheet.ref(row + 1, DATE_CELL.from),
    ageThreshold: sheet.ref(row + 1, THRESHOLD_CELL.from),
  };
}

/** Days from Excel's day 0 (30 December 1899) to a date: the serial the reference-date cell holds. */
function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function writeMembers(ctx: ReportContext, row: number, annex: number): number {
  const sheet = ctx.sheet;
  const p = ctx.params;
  // The heading, the line of the inputs the ages depend on, then the table.
  const head = startTable(
    ctx,
    row,
    "report.results.members",
    ["report.col.no", "report.col.indicator", "report.col.people", "report.col.share"],
    1
  );

  // A year alone is counted at its end, as `ageAt` does.
  const ref = p.referenceDate;
  const inputs = row + 1;
  sheet.value(inputs, 1, text(ctx, "report.referenceDate"), "label", DATE_CELL.from - 1);
  sheet.value(
    inputs,
    DATE_CELL.from,
    excelSerial(ref.year, ref.month ?? 12, ref.day ?? 31),
    "inputDate",
    DATE_CELL.to
  );
  sheet.value(inputs, OLDER_FROM.from, text(ctx, "report.olderFrom"), "label", OLDER_FROM.to);
  sheet.value(inputs, THRESHOLD_CELL.from, p.ageThreshold, "inputNumber", THRESHOLD_CELL.to);
  sheet.value(inputs, OLDER_UNIT.from, text(ctx, "report.olderUnit"), "label", OLDER_UNIT.to);

  const cells = new Map<IndicatorId, string>();
  const scope = totalFigureScope(ctx, cells);
  MEMBER_LINES.forEach((line, i) => {
    const r = head + i;
    const template = messages[line.label][ctx.lang];
    const label = text(ctx, line.label, { ageThreshold: p.ageThreshold });
    writeRowLabel(
      ctx,
      r,
      i + 1,
      label,
      template.includes("{ageThreshold}") ? thresholdLabel(ctx, template) : undefined
    );
    cells.set(
      line.count,
      writeTotal(ctx, r, FIRST, line.count, indicatorFormula(line.count, scope))
    );
    if (line.share) {
      writeTotal(ctx, r, SECOND, line.share, indicatorFormula(line.share, scope));
    } else {
      writeCell(ctx, r, SECOND, { kind: "value", value: null }, "tdText");
    }
  });
  return endTable(ctx, row, head + MEMBER_LINES.length - 1, annex);
}
