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
    const table = page.getByRole("table");
    await expect(
      table.getByRole("row", { name: /^Số thành viên/ }).textContent()
    ).resolves.toContain("6");
    // 4 women of 6 (the "nu" on row 6 is read as Nữ): 66,7 %.
    await expect(table.getByRole("row", { name: /^Tỷ lệ nữ/ }).textContent()).resolves.toContain(
      "66,7 %"
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
});
