/**
 * Renders the standard report for a register (default: the sample, assets/samples/clb-lai-chau-mau.xlsx) so it
 * can be looked at: .tmp/report/report.xlsx, LibreOffice's recalculated PDF of the report and its annexes, and a
 * PNG per page (pdftoppm, from poppler-utils). Run: npx tsx scripts/render-report.ts [register.xlsx] [vi|en]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../src/cli/xlsx-grid";
import { addReportSheets } from "../src/cli/xlsx-report";
import { readMemberTable } from "../src/core/register";
import { buildReportLayout } from "../src/core/report";
import { LAICHAU_PROFILE } from "../src/core/validation";
import { printToPdf, showOnly } from "../test/report/print";

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
    profile: LAICHAU_PROFILE,
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
      plan: "Quyết định số 307/QĐ-UBND ngày 24/3/2017 của UBND tỉnh Lai Châu",
      recipients: ["Trung ương Hội NCT Việt Nam", "UBND tỉnh Lai Châu"],
      signerName: "Nguyễn Văn A",
    },
  });

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REGISTER);
  const names = Object.values(addReportSheets(workbook, layout));
  const xlsx = join(OUT, "report.xlsx");
  await workbook.xlsx.writeFile(xlsx);

  const printable = join(OUT, "report-print.xlsx");
  showOnly(workbook, names);
  await workbook.xlsx.writeFile(printable);
  const [pdf] = await printToPdf([printable], OUT);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(OUT, "report")]);
  console.log(`${xlsx}\n${pdf}\n${join(OUT, "report-*.png")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
