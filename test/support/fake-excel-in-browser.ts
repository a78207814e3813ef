import { buildSync } from "esbuild";
import { join } from "node:path";

/**
 * The strict fake of the Excel API (fake-excel.ts), bundled for a browser page: an init script that gives the
 * task pane an `Office` host and an `Excel.run` working on a fake workbook holding `rows` in the sheet `sheet`.
 * The page can reach the fake as `window.__excel` to check what the task pane did to the workbook.
 */
export function fakeExcelInitScript(
  sheet: string,
  rows: unknown[][],
  displayLanguage = "vi-VN",
  /** The document's saved settings (Settings 1.1); the page reaches them as `window.__settings`. */
  savedSettings: Record<string, unknown> = {},
  /** More sheets after the first, by name, with their rows. */
  moreSheets: Record<string, unknown[][]> = {}
): string {
  const bundle = buildSync({
    entryPoints: [join(__dirname, "fake-excel.ts")],
    bundle: true,
    format: "iife",
    globalName: "FakeExcel",
    platform: "browser",
    write: false,
  }).outputFiles[0].text;
  return `${bundle}
    (() => {
      const sheets = { ${JSON.stringify(sheet)}: ${JSON.stringify(rows)}, ...${JSON.stringify(moreSheets)} };
      const context = new FakeExcel.FakeContext(Object.keys(sheets));
      for (const [name, sheetRows] of Object.entries(sheets)) context.sheet(name).fill(1, 1, sheetRows);
      window.__excel = context;
      window.__settings = new FakeExcel.FakeDocumentSettings(${JSON.stringify(savedSettings)});
      window.Office = {
        onReady: (callback) => callback(),
        context: {
          displayLanguage: ${JSON.stringify(displayLanguage)},
          officeTheme: { bodyBackgroundColor: "#ffffff" },
          document: { settings: window.__settings },
        },
      };
      window.Excel = { run: (work) => work(context) };
    })();`;
}
