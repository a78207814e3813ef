/**
 * Renders a report layout into a new worksheet through the Excel API, in two round trips whatever the report's
 * size: one to learn the existing sheet names, one to write everything. The .xlsx writer (src/cli/xlsx-report.ts)
 * renders the same layout; a test holds the two to identical cells.
 */
import type { ReportLayout } from "../core/report";
import type { BorderWeight, CellStyle, ChartSpec } from "../core/report/layout";
import { freeSheetName } from "../core/sheet-name";
import { layoutArrays } from "./layout-arrays";

/** Excel measures column widths in points; layouts speak in characters of the default font (7 px + 5 px padding). */
export function columnWidthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const POINTS_PER_INCH = 72;
/** Addresses per RangeAreas call, well under Excel's limit on the length of an address list. */
const ADDRESSES_PER_CALL = 150;

const HORIZONTAL = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
} as const;
const BORDER: Record<BorderWeight, { style: "Continuous" | "Dot"; weight: "Thin" | "Medium" }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  dotted: { style: "Dot", weight: "Thin" },
};

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  format.font.name = style.font.name;
  format.font.size = style.font.size;
  format.font.bold = style.font.bold ?? false;
  format.font.italic = style.font.italic ?? false;
  format.font.underline = style.font.underline ? "Single" : "None";
  format.horizontalAlignment = HORIZONTAL[style.horizontal];
  format.verticalAlignment = VERTICAL[style.vertical];
  format.wrapText = style.wrap;
  for (const [side, weight] of Object.entries(style.border ?? {})) {
    if (!weight) continue;
    const edge = format.borders.getItem(EDGES[side as keyof typeof EDGES]);
    edge.style = BORDER[weight].style;
    edge.weight = BORDER[weight].weight;
  }
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(first.values), "Columns");
  chart.title.text = spec.title;
  chart.setPosition(`${spec.fromColumn}${spec.row}`, `${spec.toColumn}${spec.row}`);
  const categories = sheet.getRange(spec.categories);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const more of others) {
    const series = chart.series.add(more.name);
    series.setValues(sheet.getRange(more.values));
    series.setXAxisValues(categories);
  }
}

/** Writes the layout into a new sheet (never over an existing one) and returns the sheet's name. */
export async function writeReport(
  context: Excel.RequestContext,
  layout: ReportLayout
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = freeSheetName(
    layout.sheetName,
    sheets.items.map((s) => s.name)
  );

  const sheet = sheets.add(name);
  const arrays = layoutArrays(layout);
  const all = sheet.getRange(arrays.range);
  all.numberFormat = arrays.numberFormats;
  all.formulas = arrays.formulas;

  // A merged cell's style covers its whole area, or Excel would draw its borders round the first cell only.
  const mergeAt = new Map(layout.merges.map((range) => [range.split(":")[0], range]));
  const byStyle = new Map<string, string[]>();
  for (const cell of layout.cells) {
    const list = byStyle.get(cell.style) ?? [];
    list.push(mergeAt.get(cell.address) ?? cell.address);
    byStyle.set(cell.style, list);
  }
  for (const [key, addresses] of byStyle) {
    const style = layout.styles[key];
    if (!style) continue;
    for (let i = 0; i < addresses.length; i += ADDRESSES_PER_CALL) {
      applyStyle(
        sheet.getRanges(addresses.slice(i, i + ADDRESSES_PER_CALL).join(",")).format,
        style
      );
    }
  }
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);
  for (const { column, width } of layout.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthInPoints(width);
  }
  for (const { row, height } of layout.rowHeights) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const chart of layout.charts) {
    sheet.getRange(`${chart.row}:${chart.row}`).format.rowHeight = chart.height;
    addChart(sheet, chart);
  }

  const page = sheet.pageLayout;
  const { print } = layout;
  page.orientation = "Portrait";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  page.topMargin = print.margins.top * POINTS_PER_INCH;
  page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  page.leftMargin = print.margins.left * POINTS_PER_INCH;
  page.rightMargin = print.margins.right * POINTS_PER_INCH;
  page.headerMargin = print.margins.header * POINTS_PER_INCH;
  page.footerMargin = print.margins.footer * POINTS_PER_INCH;
  page.centerHorizontally = print.horizontallyCentered;
  page.setPrintArea(print.printArea);

  sheet.activate();
  await context.sync();
  return name;
}
