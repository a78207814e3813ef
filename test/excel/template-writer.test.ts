/**
 * The Excel writer of the standard register (the task pane's "Tạo danh sách mới") against the .xlsx writer the
 * command line uses (tested itself against the catalogues and LibreOffice): the same sheets, cells, validation on
 * every column, table, frozen header and protected lists, from one core layout.
 */
import ExcelJS from "exceljs";
import { addTemplateSheets } from "../../src/cli/xlsx-template";
import { buildRegisterTemplate, CATALOGUE_SHEET, TEMPLATE_SHEET } from "../../src/core/template";
import { writeTemplate } from "../../src/excel/template-writer";
import { FakeContext, type FakeSheet } from "../support/fake-excel";

const OPTIONS = { lang: "vi", currentYear: 2026, club: "Nà Lằng", commune: "Bản Hon" } as const;

type XlsxValidation = {
  type: string;
  operator?: string;
  formulae: unknown[];
  promptTitle: string;
  prompt: string;
  errorStyle: string;
  errorTitle: string;
  error: string;
  allowBlank: boolean;
};

/** The validation the .xlsx writer added over a range, as exceljs holds it before writing. */
function xlsxValidation(sheet: ExcelJS.Worksheet, range: string): XlsxValidation {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, XlsxValidation> } })
    .dataValidations.model;
  return model[range];
}

const day = (value: unknown) => (value as Date).toISOString().slice(0, 10);

/** The Excel writer's rule in the .xlsx writer's terms. */
function asXlsx(rule: Record<string, Record<string, unknown>>): Partial<XlsxValidation> {
  const [[kind, body]] = Object.entries(rule);
  const type = {
    list: "list",
    wholeNumber: "whole",
    textLength: "textLength",
    decimal: "decimal",
    date: "date",
  }[kind];
  const bounds = [body.formula1, body.formula2].filter((b) => b !== undefined);
  if (kind === "list") {
    const [sheet, address] = String(body.source).split("!");
    return { type, formulae: [`'${sheet}'!${address}`] };
  }
  return { type, formulae: bounds };
}

describe.each(["year", "split"] as const)(
  "the register (%s births) written by the two writers",
  (birth) => {
    const template = buildRegisterTemplate({ ...OPTIONS, birth });
    let xlsx: ExcelJS.Workbook;
    let xlsxNames: Readonly<Record<string, string>>;
    let excel: FakeContext;
    let names: Readonly<Record<string, string>>;
    let register: FakeSheet;

    beforeAll(async () => {
      xlsx = new ExcelJS.Workbook();
      xlsx.addWorksheet("Danh sách thành viên");
      xlsxNames = await addTemplateSheets(xlsx, template);
      excel = new FakeContext(["Danh sách thành viên"]);
      excel.sheet("Danh sách thành viên").fill(1, 1, [["Danh sách cũ, giữ nguyên"]]);
      names = await writeTemplate(excel.asExcel(), template);
      register = excel.sheet(names[TEMPLATE_SHEET]);
    });

    it("adds both sheets under free names, shows the register, and leaves the sheet of that name as it was", () => {
      expect(names).toEqual(xlsxNames);
      expect(names[TEMPLATE_SHEET]).toBe("Danh sách thành viên (2)");
      expect(excel.sheet("Danh sách thành viên").cells.get("A1")?.formula).toBe(
        "Danh sách cũ, giữ nguyên"
      );
      expect(excel.sheet("Danh sách thành viên").cells.size).toBe(1);
      expect(register.active).toBe(true);
    });

    it("writes the same cells", () => {
      for (const key of [TEMPLATE_SHEET, CATALOGUE_SHEET]) {
        const a = xlsx.getWorksheet(xlsxNames[key])!;
        const b = excel.sheet(names[key]);
        const layout = template.sheets.find((s) => s.key === key)!;
        for (const { address } of layout.cells) {
          expect([key, address, b.cells.get(address)?.formula]).toEqual([
            key,
            address,
            a.getCell(address).value ?? "",
          ]);
        }
      }
    });

    it("validates every column as the .xlsx writer does: rule, bounds, list range, input message and error alert", () => {
      expect(template.validations.length).toBeGreaterThanOrEqual(12);
      for (const v of template.validations) {
        const a = xlsxValidation(xlsx.getWorksheet(xlsxNames[TEMPLATE_SHEET])!, v.range);
        const b = register.validations.find((r) => r.address === v.range);
        expect(b).toBeDefined();
        const ours = asXlsx(b!.rule!);
        const theirs = {
          type: a.type,
          formulae: a.type === "date" ? a.formulae.map(day) : a.formulae,
        };
        expect([v.range, ours]).toEqual([v.range, theirs]);
        expect(b!.ignoreBlanks).toBe(a.allowBlank);
        expect(b!.prompt).toEqual({ showPrompt: true, title: a.promptTitle, message: a.prompt });
        expect(b!.errorAlert).toEqual({
          showAlert: true,
          style: a.errorStyle === "stop" ? "Stop" : "Warning",
          title: a.errorTitle,
          message: a.error,
        });
      }
      // Nothing validated that the layout does not say.
      expect(register.validations.map((r) => r.address).sort()).toEqual(
        template.validations.map((v) => v.range).sort()
      );
    });

    it.each(["vi", "en"] as const)(
      "keeps each input message and error alert within what Excel accepts (%s)",
      (lang) => {
        // Excel refuses a validation whose title is over 32 characters or whose text is over 255 (its
        // DataValidation dialog's limits); the fake writes anything.
        for (const v of buildRegisterTemplate({ ...OPTIONS, lang, birth }).validations) {
          for (const { title, text } of [v.prompt, v.error]) {
            expect([v.range, title.length <= 32, text.length <= 255]).toEqual([
              v.range,
              true,
              true,
            ]);
          }
        }
      }
    );

    it("puts the table over the member rows, freezes the header and the names, hides and protects the lists", () => {
      expect(register.tables).toEqual([
        {
          name: "DanhSachThanhVien",
          address: template.table.range,
          style: "TableStyleLight1",
          showBandedRows: false,
        },
      ]);
      // The .xlsx writer's table wears the same style, named by the one layout.
      const xlsxTable = xlsx
        .getWorksheet(xlsxNames[TEMPLATE_SHEET])!
        .getTable("DanhSachThanhVien") as unknown as {
        table: { style: { theme: string; showRowStripes: boolean } };
      };
      expect(xlsxTable.table.style).toMatchObject({
        theme: template.table.style,
        showRowStripes: false,
      });
      const view = xlsx.getWorksheet(xlsxNames[TEMPLATE_SHEET])!.views[0] as {
        xSplit: number;
        ySplit: number;
      };
      expect(register.frozenAt).toBe(`A1:B${view.ySplit}`);
      expect(view.xSplit).toBe(2);
      const lists = excel.sheet(names[CATALOGUE_SHEET]);
      expect([lists.visibility, lists.isProtected]).toEqual(["Hidden", true]);
      expect(register.isProtected).toBe(false);
    });

    it("a second register is added beside the first, its table under a name of its own", async () => {
      const again = await writeTemplate(excel.asExcel(), template);
      expect(again[TEMPLATE_SHEET]).toBe("Danh sách thành viên (3)");
      expect(excel.sheet(again[TEMPLATE_SHEET]).tables.map((t) => t.name)).toEqual([
        "DanhSachThanhVien2",
      ]);
      expect(register.tables.map((t) => t.name)).toEqual(["DanhSachThanhVien"]);
    });
  }
);
