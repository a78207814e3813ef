/**
 * The task pane's doors into the workbook. Each function takes the RequestContext it works in; `inExcel` is the
 * one place that opens a batch with Excel.run.
 */
import type { Grid } from "../core/grid";
import { type ReadOptions, readSheetGrid } from "./read-grid";

/** Runs work in an Excel batch. */
export function inExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(work);
}

/** The active sheet as a grid. */
export function readActiveSheet(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<Grid> {
  return readSheetGrid(context, context.workbook.worksheets.getActiveWorksheet(), options);
}

/** The workbook's sheet names, in tab order. Worksheet collection: ExcelApi 1.1. */
export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

/** A named sheet as a grid; ItemNotFound when it was renamed or deleted. */
export function readNamedSheet(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions = {}
): Promise<Grid> {
  return readSheetGrid(context, context.workbook.worksheets.getItem(name), options);
}

/** Shows a cell to the user: activates its sheet and selects it. Nothing is changed. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}

/** Reads the computed values of a few cells of one sheet in one round trip, keyed by address. */
export async function readCellValues(
  context: Excel.RequestContext,
  sheet: string,
  addresses: readonly string[]
): Promise<Map<string, unknown>> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const ranges = addresses.map((address) => worksheet.getRange(address).load("values"));
  await context.sync();
  return new Map(addresses.map((address, i) => [address, ranges[i].values[0][0]]));
}
