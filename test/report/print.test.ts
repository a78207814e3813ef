/**
 * The report as it prints. LibreOffice prints the report and its annexes to PDF for a 3-club register (the
 * sample) and a 30-club one, and poppler's `pdftotext -bbox` measures every word: A4 pages, Decree 30's margins
 * (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), the text at full size (median word at least 12 pt,
 * 95 % at least 11 pt), page numbers at the top centre from page 2 of each sheet and none on a first page, the
 * annexes' header rows on every page. Set REPORT_PRINT_DIR to keep the PDFs (to look at them: pdftoppm -r 60 -png).
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addReportSheets } from "../../src/cli/xlsx-report";
import { buildReportLayout, REPORT_SHEET, type ReportParameters } from "../../src/core/report";
import { LAICHAU_PROFILE } from "../../src/core/validation";
import { measurePdf, printToPdf, showOnly, type Page, type Word } from "./print";
import { readTable, writeWorkbook } from "./workbooks";

const SAMPLE = join(__dirname, "../../assets/samples/clb-lai-chau-mau.xlsx");

/**
 * poppler's word box is the font's bounding box at its size: 1.30 em for Liberation Serif, the Times New Roman
 * the print uses (checked against the page numbers, printed at 13 pt).
 */
const BOX_PER_POINT = 1.3;
const A4 = { short: 210, long: 297 };

const PARAMS: ReportParameters = {
  lang: "vi",
  referenceDate: { year: 2024, month: 12, day: 31 },
  ageThreshold: 55,
  plannedClubs: 7,
  clubsBefore: 11,
  plannedClubsTotal: 40,
  parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM",
  issuingBody: "HỘI NCT TỈNH LAI CHÂU",
  place: "Lai Châu",
  reportDate: { year: 2024, month: 12, day: 20 },
  reportNumber: "15",
  period: "năm 2024",
  plan: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu",
  recipients: ["Trung ương Hội NCT Việt Nam", "UBND tỉnh Lai Châu"],
  signerName: "Nguyễn Văn A",
};

const ETHNIC = ["Thái", "Mông", "Dao", "Kinh", "Giáy", "Hà Nhì", "Khơ Mú", "Lự"];
const POVERTY = ["Hộ nghèo", "Cận nghèo", null, "Hoàn cảnh khó khăn", null];

/** 30 clubs of 48–62 members, some with long names, as a district's register. */
function thirtyClubs(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ["STT", "Họ và tên", "Tên CLB", "Giới tính", "Năm sinh", "Dân tộc", "Hoàn cảnh", "Chức vụ", "Đóng góp", "Số tiền vay"],
  ]; // prettier-ignore
  let n = 0;
  for (let club = 1; club <= 30; club++) {
    const name =
      club % 4 === 0 ? `CLB Liên thế hệ tự giúp nhau bản Nậm Cuổi ${club}` : `CLB bản Nà ${club}`;
    for (let m = 0; m < 48 + (club % 15); m++) {
      n++;
      rows.push([
        n,
        `Thành viên ${n}`,
        name,
        n % 3 === 0 ? "Nam" : "Nữ",
        1940 + (n % 45),
        ETHNIC[n % ETHNIC.length],
        POVERTY[n % POVERTY.length],
        m < 5 ? ["Chủ nhiệm", "Phó chủ nhiệm", "Ủy viên", "Ủy viên", "Ủy viên"][m] : "Thành viên",
        100_000 + (n % 7) * 50_000,
        n % 4 === 0 ? 5_000_000 : null,
      ]);
    }
  }
  return rows;
}

interface Printed {
  readonly pages: Page[];
  /** Each sheet's pages, the report's first. */
  readonly sheets: Page[][];
}

const sizeOf = (word: Word) => word.height / BOX_PER_POINT;
/** The page number: digits alone in the top margin. */
const isPageNumber = (word: Word) => word.top < 20 && /^\d+$/.test(word.text);
const body = (page: Page) => page.words.filter((word) => !isPageNumber(word));

describe("the report printed by LibreOffice", () => {
  let dir: string;
  const printed: Record<string, Printed> = {};

  beforeAll(async () => {
    const keep = process.env.REPORT_PRINT_DIR;
    dir = keep ?? (await mkdtemp(join(tmpdir(), "club-report-print-")));
    await mkdir(dir, { recursive: true });
    const thirty = join(dir, "ba-muoi-clb.xlsx");
    await writeWorkbook(thirty, [{ name: "Danh sách", rows: thirtyClubs() }]);

    const cases: [string, string, string][] = [
      ["three", SAMPLE, "Danh sách"],
      ["thirty", thirty, "Danh sách"],
    ];
    const files: string[] = [];
    const sheetNames: Record<string, string[]> = {};
    for (const [key, register, sheet] of cases) {
      const { table, grid } = await readTable(register, sheet);
      const layout = buildReportLayout({ table, grid, profile: LAICHAU_PROFILE, params: PARAMS });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(register);
      const names = addReportSheets(workbook, layout);
      // The sheets a person prints: the report and its annexes, not the hidden data sheets.
      sheetNames[key] = layout.sheets.filter((s) => !s.hidden).map((s) => names[s.key]);
      expect(names[REPORT_SHEET]).toBe("Báo cáo");
      // Printed as written: exceljs would drop the page breaks of a copy it read back.
      showOnly(workbook, sheetNames[key]);
      const file = join(dir, `in-${key}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    const pdfs = await printToPdf(files, dir);
    for (const [i, [key]] of cases.entries()) {
      const pages = await measurePdf(pdfs[i]);
      // A sheet starts on a page without a number.
      const sheets: Page[][] = [];
      for (const page of pages) {
        if (!page.words.some(isPageNumber)) sheets.push([]);
        sheets[sheets.length - 1].push(page);
      }
      printed[key] = { pages, sheets };
    }
  }, 300_000);

  afterAll(async () => {
    if (!process.env.REPORT_PRINT_DIR) await rm(dir, { recursive: true, force: true });
  });

  it.each(["three", "thirty"])(
    "prints the %s-club report and its three annexes, each numbered from page 2",
    (key) => {
      const { sheets } = printed[key];
      expect(sheets).toHaveLength(4);
      expect(
        body(sheets[0][0])
          .slice(0, 5)
          .map((w) => w.text)
          .join(" ")
      ).toBe("TRUNG ƯƠNG HỘI NCT VIỆT");
      sheets.slice(1).forEach((pages, i) => {
        expect(
          body(pages[0])
            .slice(0, 3)
            .map((w) => w.text)
        ).toEqual(["Phụ", "lục", String(i + 1)]);
      });
      for (const pages of sheets) {
        pages.forEach((page, i) => {
          const numbers = page.words.filter(isPageNumber);
          expect(numbers.map((n) => n.text)).toEqual(i === 0 ? [] : [String(i + 1)]);
          for (const number of numbers) {
            // Top centre: centred between the margins, inside the top margin, at 13 pt.
            expect((number.left + number.right) / 2).toBeCloseTo((30 + page.width - 15) / 2, 0);
            expect(sizeOf(number)).toBeCloseTo(13, 0);
          }
        });
      }
    }
  );

  it.each(["three", "thirty"])(
    "prints the %s-club report on A4 within Decree 30's margins",
    (key) => {
      const { pages, sheets } = printed[key];
      for (const page of pages) {
        const portrait = page.height > page.width;
        expect([page.width, page.height].map((mm) => Math.round(mm))).toEqual(
          portrait ? [A4.short, A4.long] : [A4.long, A4.short]
        );
        const words = body(page);
        const edges = {
          top: Math.min(...words.map((w) => w.top)),
          bottom: page.height - Math.max(...words.map((w) => w.bottom)),
          left: Math.min(...words.map((w) => w.left)),
          right: page.width - Math.max(...words.map((w) => w.right)),
        };
        expect(edges.top).toBeGreaterThanOrEqual(20);
        expect(edges.top).toBeLessThanOrEqual(25);
        expect(edges.bottom).toBeGreaterThanOrEqual(20);
        expect(edges.left).toBeGreaterThanOrEqual(30);
        expect(edges.left).toBeLessThanOrEqual(35);
        expect(edges.right).toBeGreaterThanOrEqual(15);
      }
      // Each sheet's text reaches the right margin somewhere: full width is used, not shrunk.
      for (const sheet of sheets) {
        const right = Math.min(
          ...sheet.map((page) => page.width - Math.max(...body(page).map((w) => w.right)))
        );
        expect(right).toBeLessThanOrEqual(20);
      }
    }
  );

  it.each(["three", "thirty"])(
    "prints the %s-club report at full size: median word 12 pt or more, 95 %% at 11 or more",
    (key) => {
      const sizes = printed[key].pages
        .flatMap((page) => body(page).map(sizeOf))
        .sort((a, b) => a - b);
      const at = (share: number) => sizes[Math.floor(share * (sizes.length - 1))];
      expect(sizes.length).toBeGreaterThan(500);
      expect(at(0.5)).toBeGreaterThanOrEqual(12 - 0.05);
      expect(at(0.05)).toBeGreaterThanOrEqual(11 - 0.05);
      expect(sizes[0]).toBeGreaterThanOrEqual(11 - 0.05);
    }
  );

  it("prints the annex header rows on every page of the 30-club annexes", () => {
    const { sheets } = printed.thirty;
    expect(sheets[1].length).toBeGreaterThan(1);
    expect(sheets[3].length).toBeGreaterThan(1);
    for (const pages of sheets.slice(1)) {
      pages.forEach((page, i) => {
        const words = body(page).map((w) => w.text);
        expect(words.join(" ")).toContain("Tên câu lạc bộ");
        // After the first page, the header rows are the first thing printed.
        if (i > 0) expect(words[0]).toBe("TT");
      });
    }
  });

  it("keeps each of the report's tables on one page, with its heading", () => {
    for (const key of ["three", "thirty"]) {
      const [report] = printed[key].sheets;
      const pageWith = (text: string) =>
        report.findIndex((page) =>
          body(page)
            .map((w) => w.text)
            .join(" ")
            .includes(text)
        );
      for (const [heading, last] of [
        ["1. Thành lập câu lạc bộ", "Tỷ lệ hoàn thành kế hoạch"],
        ["2. Thành viên câu lạc bộ", "Phụ lục 1 kèm theo"],
        ["3. Huy động quỹ và cho vay vốn", "Phụ lục 2 kèm theo"],
        ["4. Đối chiếu với tiêu chí", "Phụ lục 3 kèm theo"],
        ["Nơi nhận:", "Nguyễn Văn A"],
      ]) {
        expect([key, heading, pageWith(heading)]).toEqual([key, heading, pageWith(last)]);
        expect(pageWith(heading)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
