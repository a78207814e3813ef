/**
 * Renders the standard member register (core/template) with exceljs: its two sheets through the report's sheet
 * writer, then what only a register has — frozen header, the table over the member rows, each column's
 * validation, and the catalogue sheet hidden and protected. Sheets are added, never replaced.
 */
import ExcelJS from "exceljs";
import { placeLayout, resolveSheetRefs } from "../core/report/sheet-names";
import {
  CATALOGUE_SHEET,
  TEMPLATE_SHEET,
  type RegisterTemplate,
  type ValidationRule,
} from "../core/template";
import { freeTableName } from "../core/sheet-name";
import { addSheet, styleResolver } from "./xlsx-report";

const MS_PER_DAY = 86_400_000;
/** Serial of 1 January 1970 in the 1900 date system: exceljs writes a date bound from a Date. */
const UNIX_EPOCH_SERIAL = 25_569;
const asDate = (serial: number) => new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);

function validationOf(
  rule: ValidationRule,
  names: Readonly<Record<string, string>>
): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [resolveSheetRefs(rule.source, names)] };
    case "whole":
      return { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "textLength":
      return { type: "textLength", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] };
    case "date":
      return { type: "date", operator: "between", formulae: [asDate(rule.min), asDate(rule.max)] };
  }
}

/** The names of the workbook's tables. */
function tableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) =>
    Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables ?? {})
  );
}

/** Adds the register and its catalogue sheet; returns the name each was given, by key. */
export async function addTemplateSheets(
  workbook: ExcelJS.Workbook,
  template: RegisterTemplate
): Promise<Readonly<Record<string, string>>> {
  const { sheets, names } = placeLayout(
    template,
    workbook.worksheets.map((sheet) => sheet.name)
  );
  const styleOf = styleResolver(template.styles);
  for (const sheet of sheets) addSheet(workbook, sheet, styleOf);

  const register = workbook.getWorksheet(names[TEMPLATE_SHEET]) as ExcelJS.Worksheet;
  register.views = [
    {
      state: "frozen",
      xSplit: template.frozen.columns,
      ySplit: template.frozen.rows,
      showGridLines: false,
    },
  ];
  const [from, to] = template.table.range.split(":").map((a) => register.getCell(a));
  const headers: string[] = [];
  for (let c = Number(from.col); c <= Number(to.col); c++) {
    headers.push(String(register.getCell(Number(from.row), c).value));
  }
  const rows = Number(to.row) - Number(from.row);
  register.addTable({
    name: freeTableName(template.table.name, tableNames(workbook)),
    ref: from.address,
    headerRow: true,
    // The layout names one of Excel's built-in styles, which exceljs lists by the same names.
    style: {
      theme: template.table.style as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: false,
    },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: rows }, () => headers.map(() => null)),
  });

  for (const v of template.validations) {
    (
      register as unknown as {
        dataValidations: { add(r: string, v: ExcelJS.DataValidation): void };
      }
    ).dataValidations.add(v.range, {
      ...validationOf(v.rule, names),
      allowBlank: true,
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.text,
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
      errorTitle: v.error.title,
      error: v.error.text,
    });
  }
  // Protected without a password: against slips, not against the user.
  await (workbook.getWorksheet(names[CATALOGUE_SHEET]) as ExcelJS.Worksheet).protect("", {});
  return names;
}
