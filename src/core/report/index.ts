/**
 * The standard report (Decree 30/2020/NĐ-CP layout): a member table and the report's parameters → a layout of
 * cells, formulas and styles that the .xlsx writer and the Excel writer render alike.
 */
export type { ReportInput, ReportParameters } from "./input";
export type {
  CellContent,
  CellStyle,
  ChartSpec,
  FigureCell,
  InputName,
  PrintSettings,
  ReportCell,
  ReportLayout,
} from "./layout";
export { buildReportLayout } from "./build-report-layout";
