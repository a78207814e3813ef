/**
 * Renders the standard report for the sample register (assets/samples/clb-lai-chau-mau.xlsx) so it can be
 * looked at: .tmp/report/report.xlsx, LibreOffice's recalculated PDF of the report sheet, and a PNG per page
 * (pdftoppm, from poppler-utils). Run: npx tsx scripts/render-report.ts [register.xlsx] [vi|en]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../src/cli/xlsx-grid";
import { addReportSheet } from "../src/cli/xlsx-report";
import { readMemberTable } from "../src/core/register";
import { buildReportLayout } from "../src/core/report";
import { convertWithLibreOffice } from "../test/support/libreoffice";

const OUT = join(__dirname, "..", ".tmp", "report");
const REGISTER =
  process.argv[2] ?? join(__dirname, "..", "assets", "samples", "clb-lai-chau-mau.xlsx");
const LANG = process.argv[3] === "en" ? "en" : "vi";

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const grids = await readWorkbookGrids(REGISTER);
  const found = grids
    .map((grid) => ({ grid, table: readMemberTable(grid) }))
    .find((entry) => entry.table !== null);
  if (!found || !found.table) throw new Error(`no member table in ${REGISTER}`);

  const layout = buildReportLayout({
    table: found.table,
    grid: found.grid,
    params: {
      lang: LANG,
      referenceDate: { year: 2019, month: 12, day: 31 },
      ageThreshold: 55,
      plannedClubs: 7,
      clubsBefore: 11,
      plannedClubsTotal: 25,
      issuingBody: "HỘI NCT TỈNH LAI CHÂU",
      parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM",
      place: "Lai Châu",
      reportNumber: "15",
      reportDate: { year: 2019, month: 12, day: 20 },
      period: LANG === "vi" ? "năm 2019" : "2019",
      recipients: ["- Trung ương Hội NCT Việt Nam;", "- UBND tỉnh Lai Châu;", "- Lưu: VT."],
      signerName: "Nguyễn Văn A",
    },
  });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REGISTER);
  const name = addReportSheet(workbook, layout);
  const xlsx = join(OUT, "report.xlsx");
  await workbook.xlsx.writeFile(xlsx);

  // Only the report is printed: the other sheets are hidden in a copy (their cells still feed the formulas).
  // The active sheet is shown even when hidden, so the report is made the active one.
  for (const sheet of workbook.worksheets) if (sheet.name !== name) sheet.state = "hidden";
  const active = workbook.worksheets.findIndex((sheet) => sheet.name === name);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: active,
      activeTab: active,
      visibility: "visible",
    },
  ];
  const printable = join(OUT, "report-print.xlsx");
  await workbook.xlsx.writeFile(printable);
  const [pdf] = await convertWithLibreOffice([printable], "pdf", OUT);
  execFileSync("pdftoppm", ["-png", "-r", "110", pdf, join(OUT, "report")]);
  console.log(`${xlsx}\n${pdf}\n${join(OUT, "report-*.png")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
