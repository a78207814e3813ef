import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import type { FakeContext } from "../support/fake-excel";
import { fakeExcelInitScript } from "../support/fake-excel-in-browser";

/** The page's window, with the fake workbook the init script put there. */
interface FakeWindow {
  __excel: FakeContext;
}
import { productionBuild } from "../support/production-build";

/** A small club register as a secretary types it: a title row, a header, members with a few faults. */
const REGISTER = [
  ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG"],
  [],
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ"],
  [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Chủ nhiệm"],
  [2, "Vàng A Sử", "Nam", 1960, "Mông", "Phó chủ nhiệm"],
  [3, "Tẩn Láo Mẩy", "nu", 1948, "Dao", "Ủy viên"],
  [4, "Lò Văn Pọm", "Nam", 2031, "Thái", "Thành viên"],
  [5, "Lường Thị Dung", "Nữ", 1972, "Kinhh", "Thành viên"],
  [6, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Thành viên"],
  ["Cộng", "6 người"],
];

/** The built task pane in Chromium, driven by keyboard and mouse, working on a fake Excel workbook. */
describe("the task pane's flows in Chromium, on a fake workbook", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(productionBuild());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.addInitScript(fakeExcelInitScript("Danh sách", REGISTER));
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    // Wait for the outcome, whichever it is, so that a failure shows its message.
    const outcome = page
      .getByText(/^(Trang “Danh sách”|Không đọc được trang tính|Trang .* không có bảng)/)
      .first();
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toMatch(/^Trang “Danh sách”: 6 thành viên, 1 CLB/);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists the register's issues, each located, and selects a cell without changing it", async () => {
    const panel = page.getByRole("tabpanel");
    await expect(panel.getByText(/\d+ lỗi, \d+ cảnh báo/).count()).resolves.toBe(1);
    await expect(panel.textContent()).resolves.toContain("2031");
    // Issues come grouped by rule, the first group open; the others open on request.
    await panel.getByRole("button", { name: /^▸ Giá trị không đọc được \(1\)/ }).click();
    await expect(panel.textContent()).resolves.toContain("Kinhh");
    await expect(panel.textContent()).resolves.toContain("Đề xuất: Kinh");
    await page.screenshot({
      path: join(__dirname, "../../.tmp/screenshots/taskpane-check.png"),
      fullPage: true,
    });
    await panel.getByRole("button", { name: "Chọn ô D7" }).click();
    await expect(
      page.evaluate(() => (window as unknown as FakeWindow).__excel.selection)
    ).resolves.toEqual({
      sheet: "Danh sách",
      address: "D7",
    });
    await expect(
      page.evaluate(
        () => (window as unknown as FakeWindow).__excel.sheet("Danh sách").cells.get("D7")?.formula
      )
    ).resolves.toBe(2031);
  });

  it("shows the shares of the register", async () => {
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    const table = page.getByRole("table", { name: "Chỉ tiêu" });
    await expect(
      table.getByRole("row", { name: /^Số thành viên/ }).textContent()
    ).resolves.toContain("6");
    // 4 women of 6 (the "nu" on row 6 is read as Nữ): 66,7 %, with the count and the base.
    await expect(table.getByRole("row", { name: /^Tỷ lệ nữ/ }).textContent()).resolves.toContain(
      "66,7 % (4/6)"
    );
    await page.getByLabel("Số CLB kế hoạch trong kỳ").fill("2");
    await expect(page.getByText("Hoàn thành kế hoạch: 1/2 = 50 %").count()).resolves.toBe(1);
  });

  it("creates the report as a new sheet of formulas and reads its figures back", async () => {
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByLabel("Cơ quan ban hành").fill("HỘI NCT TỈNH LAI CHÂU");
    await page.getByLabel("Địa danh").fill("Lai Châu");
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await page.getByText("Đã tạo báo cáo ở trang “Báo cáo”").waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as FakeWindow).__excel.workbook.model.map((s) => s.name)
    );
    expect(sheets).toEqual([
      "Danh sách",
      "Báo cáo",
      "Phụ lục 1",
      "Phụ lục 2",
      "Phụ lục 3",
      "Dữ liệu báo cáo",
      "Danh mục",
    ]);
    const formulasOf = (sheet: string) =>
      page.evaluate(
        (name): string[] =>
          [...(window as unknown as FakeWindow).__excel.sheet(name).cells.values()]
            .map((c) => c.formula)
            .filter((f: unknown): f is string => typeof f === "string" && f.startsWith("=")),
        sheet
      );
    // The report counts its data sheet, whose formulas read the member sheet's cells.
    expect((await formulasOf("Báo cáo")).some((f) => f.includes("'Dữ liệu báo cáo'!"))).toBe(true);
    expect((await formulasOf("Dữ liệu báo cáo")).some((f) => f.includes("'Danh sách'!"))).toBe(
      true
    );
    // The fake does not calculate, so every read-back figure differs, and the "nu" cell is named as a cause.
    await expect(page.getByText(/con số của báo cáo khác với kết quả tính/).count()).resolves.toBe(
      1
    );
    await expect(page.getByText("Ô C6 ghi “nu”", { exact: false }).first().count()).resolves.toBe(
      1
    );
    await page.screenshot({
      path: join(__dirname, "../../.tmp/screenshots/taskpane-report.png"),
      fullPage: true,
    });
  });

  it("sets each club beside the norms at 340×600: a club under a norm stands out, an unknown share is unknown", async () => {
    const narrow = await browser.newPage({ viewport: { width: 340, height: 600 } });
    await narrow.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    const header = ["STT", "Họ và tên", "Tên CLB", "Giới tính", "Năm sinh", "Dân tộc"];
    const club = (name: string, women: number, size: number, birth: (i: number) => unknown) =>
      Array.from({ length: size }, (_, i) => [
        i + 1,
        `${name} người ${i + 1}`,
        name,
        i < women ? "Nữ" : "Nam",
        birth(i),
        "Thái",
      ]);
    await narrow.addInitScript(
      fakeExcelInitScript("Ba CLB", [
        header,
        // Nà Lằng: 33 women of 52 (63,5 %); Nà Tăm: 20 of 50 (40 %, under 60 %); Bản Hon: no birth known.
        ...club("Nà Lằng", 33, 52, (i) => (i < 20 ? 1990 : 1950)),
        ...club("Nà Tăm", 20, 50, (i) => (i < 20 ? 1990 : 1950)),
        ...club("Bản Hon", 36, 55, () => "chưa rõ"),
      ])
    );
    await narrow.goto(server.url + "taskpane.html");
    await narrow.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    await narrow.getByText(/^Trang “Ba CLB”: 157 thành viên, 3 CLB/).waitFor();
    await narrow.getByRole("tab", { name: "Chỉ tiêu" }).click();
    const norms = narrow.getByRole("region", { name: "Từng CLB so với chuẩn" });
    const cells = (name: string) =>
      norms
        .getByRole("row", { name: new RegExp(`^${name}`) })
        .getByRole("cell")
        .allTextContents();
    await expect(
      norms
        .getByRole("row", { name: /^Chuẩn/ })
        .getByRole("cell")
        .allTextContents()
    ).resolves.toEqual(["Chuẩn", "50–70", "60 %–70 %", "≥ 60 %", "≥ 30 %", "không quy định"]);
    await expect(cells("Nà Lằng")).resolves.toEqual([
      "Nà Lằng",
      "52",
      "63,5 % (33/52)",
      "61,5 % (32/52)",
      "38,5 % (20/52)",
      "?",
    ]);
    await expect(cells("Nà Tăm")).resolves.toEqual([
      "Nà Tăm",
      "50",
      "✗ 40 % (20/50)",
      "60 % (30/50)",
      "40 % (20/50)",
      "?",
    ]);
    await expect(cells("Bản Hon")).resolves.toEqual([
      "Bản Hon",
      "55",
      "65,5 % (36/55)",
      "?",
      "?",
      "?",
    ]);
    // The word, not only the colour, says it: for a screen reader too.
    await expect(
      norms.getByRole("cell", { name: "40 % (20/50), dưới chuẩn" }).count()
    ).resolves.toBe(1);
    // The table scrolls in its own frame, reached by Tab; the page stays as wide as the pane.
    await expect(narrow.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(340);
    await norms.focus();
    await expect(norms.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await norms.scrollIntoViewIfNeeded();
    await narrow.screenshot({ path: join(__dirname, "../../.tmp/screenshots/taskpane-norms.png") });
    await narrow.keyboard.press("ArrowRight");
    await narrow.keyboard.press("ArrowRight");
    // Scrolling by key is animated: wait for it.
    await norms.evaluate(
      (el) =>
        new Promise<void>((done) => {
          const check = () => (el.scrollLeft > 0 ? done() : requestAnimationFrame(check));
          check();
        })
    );
    await narrow.screenshot({
      path: join(__dirname, "../../.tmp/screenshots/taskpane-norms-scrolled.png"),
    });
    await narrow.close();
  });
});
