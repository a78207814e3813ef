import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import type { FakeContext } from "../support/fake-excel";
import { fakeExcelInitScript } from "../support/fake-excel-in-browser";
import { productionBuild } from "../support/production-build";

/**
 * Workbooks that made the pane's figures silently wrong, on a 340×600 pane over the strict fake: members the user
 * cannot see (counted, and named as the command line names them), dates counted from 1904, clubs side by side.
 */
const SHOTS = "/tmp/shots";

describe("workbook traps in the task pane, in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(productionBuild());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("names the hidden rows and the filtered-out rows, and counts their members", async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.addInitScript(
      fakeExcelInitScript("DS CLB Nà Tăm", [
        ["DANH SÁCH THÀNH VIÊN CLB NÀ TĂM"],
        [],
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
        [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
        [2, "Vàng A Sử", "Nam", 1960, "Mông"],
        [3, "Tẩn Láo Mẩy", "Nữ", 1948, "Dao"],
        [4, "Lường Thị Dung", "Nữ", 1972, "Thái"],
        [5, "Lò Văn Pọm", "Nam", 1950, "Thái"],
      ])
    );
    await page.addInitScript(() => {
      const sheet = (window as unknown as { __excel: FakeContext }).__excel.sheet("DS CLB Nà Tăm");
      sheet.hiddenRows.add(5);
      sheet.hiddenRows.add(7);
      sheet.hiddenRows.add(8);
      sheet.autoFilter = { address: "A3:E6", isDataFiltered: true };
    });
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    await page.getByText(/^Trang “DS CLB Nà Tăm”: 5 thành viên/).waitFor();
    // The notes are grouped by rule, folded: one group of two.
    await page.getByRole("button", { name: /Dòng bị ẩn \(2\)/ }).click();
    const body = (await page.locator("body").innerText()).replace(/\s+/g, " ");
    expect(body).toMatch(/Dòng 5 đang bị bộ lọc của trang ẩn đi, nhưng các thành viên ở đó \(1\)/);
    expect(body).toMatch(/Các dòng 7–8 đang bị ẩn, nhưng các thành viên ở đó \(2\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the dates of a workbook counting from 1904 as the days they are", async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    // Births as Excel gives a date cell: its serial, here of the 1904 system. 1 June 1980 is 27911 there; read
    // as a 1900 serial it would be 31 May 1976 — four years older.
    const born1980 = 27911;
    await page.addInitScript(
      fakeExcelInitScript("DS CLB Nà Tăm", [
        ["DANH SÁCH THÀNH VIÊN CLB NÀ TĂM"],
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"],
        [1, "Lò Thị Hoa", "Nữ", born1980, "Thái"],
        [2, "Vàng A Sử", "Nam", born1980, "Mông"],
        [3, "Tẩn Láo Mẩy", "Nữ", 1948, "Dao"],
      ])
    );
    await page.addInitScript(() => {
      (window as unknown as { __excel: FakeContext }).__excel.date1904 = true;
    });
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    await page.getByText(/^Trang “DS CLB Nà Tăm”: 3 thành viên/).waitFor();
    // Aged 46 at the end of 2026, never 50: with the threshold at 48, two members under it, one over.
    await page.getByRole("button", { name: /^Thiết lập:/ }).click();
    const threshold = page.getByLabel("Ngưỡng tuổi cao");
    await threshold.fill("48");
    await threshold.press("Tab");
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    const row = (label: string) =>
      page
        .getByRole("row", { name: new RegExp(`^${label}`) })
        .getByRole("cell")
        .nth(1);
    await expect(row("Dưới 48 tuổi").textContent()).resolves.toBe("2");
    await expect(row("Từ 48 tuổi trở lên").textContent()).resolves.toBe("1");
    expect(errors).toEqual([]);
    await page.close();
  });
  it("reads two club lists side by side on one sheet each as its own, and fixes a cell of the second", async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    const header = ["TT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"];
    await page.addInitScript(
      fakeExcelInitScript("2 CLB", [
        ["CLB LTHTGN THÔN KHE DÒNG", null, null, null, null, null, "CLB LTHTGN THÔN ĐỒNG RUỘNG"],
        [...header, null, ...header],
        [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", null, 1, "Lăng Thị Thơm", "Nữ", 1952, "Tày"],
        [2, "Vàng A Sử", "Nam", 1960, "Mông", null, 2, "Vi Văn Vượng", "Nam", 1966, "Kinhh"],
        [3, "Tẩn Láo Mẩy", "Nữ", 1948, "Dao"],
      ])
    );
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    await page
      .getByText("2 danh sách CLB (2 CLB (A–E), 2 CLB (G–K)): 5 thành viên, 2 CLB.")
      .waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/pane-side-by-side-340.png`, fullPage: true });
    const panel = page.getByRole("tabpanel");
    const unreadable = page.getByRole("button", { name: /^[▸▾] Giá trị không đọc được \(/ });
    if ((await unreadable.getAttribute("aria-expanded")) !== "true") await unreadable.click();
    const kinhh = panel.getByRole("listitem").filter({ hasText: "“Kinhh”" });
    await kinhh.getByRole("button", { name: "Sửa ô này" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sửa 1 ô" }).click();
    await page.getByText("Đã sửa 1 ô.").waitFor();
    const cell = (address: string) =>
      page.evaluate(
        (a) => (window as unknown as { __excel: FakeContext }).__excel.sheet("2 CLB").cells.get(a),
        address
      );
    expect((await cell("K4"))?.formula).toBe("Kinh");
    // The fix is counted in the second list only: still 5 members, and no issue names “Kinhh”.
    await expect(panel.textContent()).resolves.not.toContain("Kinhh");
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await expect(
      page
        .getByRole("table", { name: "Chỉ tiêu" })
        .getByRole("row", { name: /^Tỷ lệ nữ/ })
        .textContent()
    ).resolves.toContain("60 % (3/5)");
    expect(errors).toEqual([]);
    await page.close();
  });
});
