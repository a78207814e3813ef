/**
 * Renders the standard member register (core/template) through the Excel API, as the .xlsx writer does with
 * exceljs: its two sheets through the report's sheet writer, then what only a register has — the frozen header,
 * the table over the member rows, each column's validation, the catalogue sheet protected. Sheets are added,
 * never replaced; the register is shown. Requirement sets: data validation ExcelApi 1.8, freezePanes 1.7,
 * tables 1.1 (showBandedRows 1.3), protection 1.2.
 */
import { type RegisterTemplate, TEMPLATE_SHEET, type ValidationRule } from "../core/template";
import { columnLetters } from "../core/grid";
import { freeTableName } from "../core/sheet-name";
import { writeLayoutSheets } from "./report-writer";

/** A list source as the layout writes it: "[[key]]!$A$2:$A$55", a range of one of its own sheets. */
const SHEET_RANGE = /^\[\[([^\]]+)\]\]!(.+)$/;

/** 1900-system serial → "yyyy-mm-dd": a date bound Excel reads as the same day in either date system. */
function isoDay(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function excelRule(
  rule: ValidationRule,
  sheets: ReadonlyMap<string, Excel.Worksheet>
): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list": {
      const [, key, address] = SHEET_RANGE.exec(rule.source) ?? [];
      const sheet = sheets.get(key);
      if (!sheet) throw new Error(`template layout: a list source on no sheet of its own`);
      return { list: { inCellDropDown: true, source: sheet.getRange(address) } };
    }
    case "whole":
      return { wholeNumber: { operator: "Between", formula1: rule.min, formula2: rule.max } };
    case "textLength":
      return { textLength: { operator: "Between", formula1: rule.min, formula2: rule.max } };
    case "decimal":
      return { decimal: { operator: "GreaterThanOrEqualTo", formula1: rule.min } };
    case "date":
      return {
        date: { operator: "Between", formula1: isoDay(rule.min), formula2: isoDay(rule.max) },
      };
  }
}

/** Adds the register and its catalogue sheet, shows the register; returns the name each was given, by key. */
export async function writeTemplate(
  context: Excel.RequestContext,
  template: RegisterTemplate
): Promise<Readonly<Record<string, string>>> {
  const tables = context.workbook.tables.load("items/name");
  const { names, sheets } = await writeLayoutSheets(context, template);
  const register = sheets.get(TEMPLATE_SHEET) as Excel.Worksheet;
  const { rows, columns } = template.frozen;
  register.freezePanes.freezeAt(register.getRange(`A1:${columnLetters(columns)}${rows}`));
  const table = register.tables.add(template.table.range, true);
  table.name = freeTableName(
    template.table.name,
    tables.items.map((t) => t.name)
  );
  table.style = template.table.style;
  table.showBandedRows = false;
  for (const v of template.validations) {
    const validation = register.getRange(v.range).dataValidation;
    validation.ignoreBlanks = true;
    validation.rule = excelRule(v.rule, sheets);
    validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
    validation.errorAlert = {
      showAlert: true,
      style: v.strict ? "Stop" : "Warning",
      title: v.error.title,
      message: v.error.text,
    };
  }
  // Protected without a password: against slips, not against the user.
  for (const [key, sheet] of sheets) if (key !== TEMPLATE_SHEET) sheet.protection.protect();
  register.activate();
  await context.sync();
  return names;
}
