import type { Browser } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import type { FakeContext } from "../support/fake-excel";
import { fakeExcelInitScript } from "../support/fake-excel-in-browser";
import { productionBuild } from "../support/production-build";

/**
 * Members the user cannot see are counted, and the pane says where they are, as the command line does: rows hidden
 * by hand, rows the sheet's filter hides, on a 340×600 pane over the strict fake.
 */
describe("hidden and filtered-out members in the task pane, in Chromium", () => {
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
});
