/**
 * The standard report (Decree 30/2020/NĐ-CP layout): a member table and the report's parameters → a layout of
 * sheets of cells, formulas and styles that the .xlsx writer and the Excel writer render alike.
 */
export type { ReportInput, ReportParameters, ReportSettings } from "./input";
export type {
  CellContent,
  CellStyle,
  ChartSpec,
  FigureCell,
  InputName,
  Margins,
  PrintSettings,
  ReportCell,
  ReportLayout,
  SheetLayout,
} from "./layout";
export { buildReportLayout, REPORT_SHEET } from "./build-report-layout";
export { placeLayout, type PlacedSheet } from "./sheet-names";
export { isWrittenSheet } from "./written-sheets";
