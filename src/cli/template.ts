/**
 * `club-report template --out FILE.xlsx [--club NAME] [--commune NAME] [--split-birth]`: a new workbook holding
 * the standard member register (core/template) and its catalogue lists. An existing file is replaced only with
 * --force; the file is written whole or not at all.
 */
import ExcelJS from "exceljs";
import { messages } from "../core/i18n/messages";
import { say } from "../core/i18n/text";
import { buildRegisterTemplate, TEMPLATE_ROWS, TEMPLATE_SHEET } from "../core/template";
import { checkOutput, writeOutput } from "./output-file";
import type { Io, Outcome, Settings } from "./settings";
import { addTemplateSheets } from "./xlsx-template";

export async function runTemplate(settings: Settings, io: Io): Promise<Outcome> {
  const out = settings.out as string;
  const refused = await checkOutput(out, [], settings.force);
  if (refused) return { hasErrors: false, failures: [refused] };

  const { club, commune, splitBirth } = settings.template;
  const template = buildRegisterTemplate({
    lang: settings.lang,
    currentYear: settings.reportDate.year,
    birth: splitBirth ? "split" : "year",
    ...(club === null ? {} : { club }),
    ...(commune === null ? {} : { commune }),
  });
  const workbook = new ExcelJS.Workbook();
  const names = await addTemplateSheets(workbook, template);
  const unwritten = await writeOutput(out, (file) => workbook.xlsx.writeFile(file));
  if (unwritten) return { hasErrors: false, failures: [unwritten] };
  io.out(
    say(messages["cli.template.written"], settings.lang, {
      file: out,
      sheet: names[TEMPLATE_SHEET],
      rows: TEMPLATE_ROWS,
    }) + "\n"
  );
  return { hasErrors: false, failures: [] };
}
