/**
 * Renders a report layout into new worksheets through the Excel API — the report, its annexes, its data sheet
 * and vocabulary — in few round trips: one to learn the existing sheet names, then the cells in bands each well
 * under the 5 MB a request may carry (a data sheet of thousands of members' formulas takes several), then the
 * formats. The .xlsx writer (src/cli/xlsx-report.ts) renders the same layout; a test holds the two to identical
 * cells.
 */
import { columnLetters } from "../core/grid";
import { placeLayout, type PlacedSheet, type ReportLayout, REPORT_SHEET } from "../core/report";
import type { BorderWeight, CellStyle, ChartSpec } from "../core/report/layout";
import { pageNumberCode } from "../core/report/page";
import { probeDate1904 } from "./date-system";
import { layoutArrays, rowBands, styleRectangles } from "./layout-arrays";

const POINTS_PER_MM = 72 / 25.4;

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
  sheet.getRange(`${spec.row}:${spec.row}`).format.rowHeight = spec.height;
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

function setUpPages(sheet: Excel.Worksheet, placed: PlacedSheet): void {
  const page = sheet.pageLayout;
  const { print } = placed;
  page.orientation = print.orientation === "portrait" ? "Portrait" : "Landscape";
  page.paperSize = "A4";
  page.zoom = { scale: print.scale };
  page.topMargin = print.margins.top * POINTS_PER_MM;
  page.bottomMargin = print.margins.bottom * POINTS_PER_MM;
  page.leftMargin = print.margins.left * POINTS_PER_MM;
  page.rightMargin = print.margins.right * POINTS_PER_MM;
  page.headerMargin = print.margins.header * POINTS_PER_MM;
  page.footerMargin = print.margins.footer * POINTS_PER_MM;
  page.centerHorizontally = print.horizontallyCentered;
  page.firstPageNumber = 1;
  page.setPrintArea(print.printArea);
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // No number on the first page (Decree 30): a first-page header of its own, left empty.
  const headers = page.headersFooters;
  headers.state = "FirstAndDefault";
  headers.firstPage.centerHeader = "";
  headers.defaultForAllPages.centerHeader = pageNumberCode(
    print.pageNumbers.font,
    print.pageNumbers.size
  );
  for (const row of print.pageBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
}

async function writeSheet(
  context: Excel.RequestContext,
  worksheets: Excel.WorksheetCollection,
  placed: PlacedSheet,
  styles: ReportLayout["styles"],
  date1904: boolean
): Promise<Excel.Worksheet> {
  const sheet = worksheets.add(placed.placedName);
  const arrays = layoutArrays(placed.cells, styles, date1904);
  const columns = arrays.formulas[0]?.length ?? 1;
  const bands = rowBands(arrays.formulas);
  for (const [i, band] of bands.entries()) {
    const range = sheet.getRange(`A${band.first}:${columnLetters(columns)}${band.last}`);
    range.numberFormat = arrays.numberFormats.slice(band.first - 1, band.last);
    range.formulas = arrays.formulas.slice(band.first - 1, band.last);
    // A large sheet is sent band by band (one request must stay under Excel's payload limit);
    // a small one goes with the rest of the report.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (bands.length > 1 && i < bands.length - 1) await context.sync();
  }

  // A merged cell's style covers its whole area, or Excel would draw its borders round the first cell only.
  for (const [key, ranges] of styleRectangles(placed.cells, placed.merges)) {
    const style = styles[key];
    if (!style) continue;
    for (const range of ranges) applyStyle(sheet.getRange(range).format, style);
  }
  for (const merge of placed.merges) sheet.getRange(merge).merge(false);
  if (placed.hidden) sheet.visibility = "Hidden";
  for (const { column, points } of placed.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = points;
  }
  for (const { row, height } of placed.rowHeights) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const chart of placed.charts) addChart(sheet, chart);
  setUpPages(sheet, placed);
  return sheet;
}

/**
 * Writes a layout's sheets after the workbook's, never over one (a name taken gets a number), and returns the
 * name each was given and the sheet written, by key. What else the caller queues before calling (loads it needs
 * known) rides on the first round trip.
 */
export async function writeLayoutSheets(
  context: Excel.RequestContext,
  layout: Pick<ReportLayout, "sheets" | "styles">
): Promise<{ names: Readonly<Record<string, string>>; sheets: Map<string, Excel.Worksheet> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const date1904 = probeDate1904(context);
  await context.sync();
  const { sheets, names } = placeLayout(
    layout,
    worksheets.items.map((s) => s.name)
  );
  const written = new Map<string, Excel.Worksheet>();
  for (const placed of sheets)
    written.set(
      placed.key,
      await writeSheet(context, worksheets, placed, layout.styles, date1904())
    );
  return { names, sheets: written };
}

/**
 * Writes the report's sheets (never over an existing one), shows the report, and returns the name each layout
 * sheet was given, by key.
 */
export async function writeReport(
  context: Excel.RequestContext,
  layout: ReportLayout
): Promise<Readonly<Record<string, string>>> {
  const { names, sheets } = await writeLayoutSheets(context, layout);
  sheets.get(REPORT_SHEET)?.activate();
  await context.sync();
  return names;
}
