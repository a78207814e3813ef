/**
 * A workbook in the 1904 date system (Mac Excel's old default: `date1904` in xl/workbook.xml), built here by
 * editing the zip of an exceljs workbook so that its serials are the 1904 system's: every birth read from it,
 * and the report's reference date written into a copy of it, are the right days. LibreOffice recalculates the
 * report in the copy: its ages match `stats`.
 *
 * The births sit astride the age threshold, so that a day read or written in the wrong system (1,462 days, four
 * years and a day, off) moves a member across it.
 */
import { join } from "node:path";
import { readRegister } from "../../src/cli/registers";
import { readWorkbook } from "../../src/cli/xlsx-grid";
import {
  editZip,
  HEADER,
  runCli,
  statsTotal,
  tempFolder,
  writeBook,
  zipPart,
  DATE,
  recalculatedReport,
} from "./trap-workbooks";

const dir = tempFolder("club-report-1904-");
const DAYS_1900_TO_1904 = 1462;

/** Excel's 1900-system serial of a day. */
const serial1900 = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * At 31/12/2024: Hoa, born 01/06/1971 (a date cell), is 53; Mai, born the same day but typed as a bare serial
 * in General format, is 53; Sử, born 1950 (a year), is 74. Read in the 1900 system, both 1971 births fall in
 * 1967 (aged 57: older).
 */
async function macRegister(name: string): Promise<string> {
  const file = join(dir(), name);
  await writeBook(file, [
    {
      name: "Danh sách",
      rows: [
        HEADER,
        [1, "Lò Thị Hoa", "Nữ", new Date(Date.UTC(1971, 5, 1)), "Thái", "Nà Lằng", "Chủ nhiệm", 5_000_000],
        [2, "Nguyễn Thị Mai", "Nữ", serial1900(1971, 6, 1), "Kinh", "Nà Lằng", "Thành viên", null],
        [3, "Vàng A Sử", "Nam", 1950, "Mông", "Nà Lằng", "Thành viên", null],
      ],
      shape: (sheet) => (sheet.getCell("D2").numFmt = "dd/mm/yyyy"),
    },
  ]); // prettier-ignore
  // As Mac Excel writes it: the system flag, and each serial counted from 1904.
  await editZip(file, {
    "xl/workbook.xml": (xml) => xml.replace("<workbookPr ", '<workbookPr date1904="1" '),
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(
        /(<c r="D[23]"[^>]*>)<v>(\d+)<\/v>/g,
        (_whole, cell: string, serial: string) =>
          `${cell}<v>${Number(serial) - DAYS_1900_TO_1904}</v>`
      ),
  });
  return file;
}

describe("a workbook in the 1904 date system", () => {
  it("is read with its dates on the right days, date cells and bare serials alike", async () => {
    const file = await macRegister("mac.xlsx");
    const { date1904, grids } = await readWorkbook(file);
    expect(date1904).toBe(true);
    expect(grids[0].rows[1][3]).toEqual(new Date(Date.UTC(1971, 5, 1)));
    const register = await readRegister(file);
    if ("failure" in register) throw new Error("the register reads");
    expect(register.tables[0].members.map((m) => m.birth)).toEqual([
      { year: 1971, month: 6, day: 1 },
      { year: 1971, month: 6, day: 1 },
      { year: 1950 },
    ]);
    const { code, total } = await statsTotal([file], ...DATE);
    expect(code).toBe(0);
    expect(total).toMatchObject({ members: 3, olderMembers: 1, youngerMembers: 2, ageUnknown: 0 });
  });

  it("gets a report whose reference date and ages are right in its own system (LibreOffice recalculates)", async () => {
    const file = await macRegister("mac-report.xlsx");
    const out = join(dir(), "bao-cao-mac.xlsx");
    const args = ["report", file, "--out", out, ...DATE];
    const { code, stderr } = await runCli(args);
    expect([code, stderr]).toEqual([0, ""]);
    const report = await recalculatedReport(file, out, args);

    // The copy keeps the 1904 system, and its reference date is the 1904 serial of 31/12/2024.
    expect(await zipPart(out, "xl/workbook.xml")).toMatch(/<workbookPr[^>]* date1904="1"/);
    const dateCell = report.layout.inputs.referenceDate.replace(/\$/g, "");
    const reportSheet = report.written.worksheets[1];
    expect(reportSheet.getCell(dateCell).value).toEqual(new Date(Date.UTC(2024, 11, 31)));
    const sheetXml = await zipPart(out, "xl/worksheets/sheet2.xml");
    const raw = new RegExp(`<c r="${dateCell}"[^>]*><v>(\\d+)</v>`).exec(sheetXml);
    expect(Number(raw?.[1])).toBe(serial1900(2024, 12, 31) - DAYS_1900_TO_1904);

    // Every total the report computes equals stats' figure for the same register.
    const { total } = await statsTotal([file], ...DATE);
    const totals = report.layout.figures.filter(
      (f) => f.club === null && !f.cumulative && total[f.indicator] != null
    );
    expect(totals.map((f) => f.indicator)).toEqual(
      expect.arrayContaining(["olderMembers", "youngerMembers"])
    );
    for (const { indicator } of totals) {
      expect([indicator, report.total(indicator)]).toEqual([
        indicator,
        expect.closeTo(total[indicator] as number, 9),
      ]);
    }
    expect(report.total("olderMembers")).toBe(1);
  });
});
