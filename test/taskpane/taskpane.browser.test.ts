import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import { productionBuild } from "../support/production-build";

/** The built task pane, rendered by a real headless Chromium. Office.js from the CDN is unreachable here. */
describe("the task pane in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const shots = join(__dirname, "../../.tmp/screenshots");

  beforeAll(async () => {
    server = await serveFolder(productionBuild());
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the pane; `office` stands in for the host Office would provide (language and theme). */
  async function open(office?: {
    displayLanguage: string;
    bodyBackgroundColor: string;
  }): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    if (office) {
      await page.addInitScript((host) => {
        (window as unknown as Record<string, unknown>).Office = {
          onReady: (callback: () => void) => callback(),
          context: {
            displayLanguage: host.displayLanguage,
            officeTheme: { bodyBackgroundColor: host.bodyBackgroundColor },
          },
        };
      }, office);
    }
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("tablist").first().waitFor();
    return page;
  }

  it("speaks Vietnamese by default and shows the three areas", async () => {
    const page = await open();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Báo cáo CLB"
    );
    const areas = page.getByRole("tablist", { name: "Các chức năng" }).getByRole("tab");
    await expect(areas.count()).resolves.toBe(3);
    for (const [i, name] of ["Kiểm tra dữ liệu", "Chỉ tiêu", "Báo cáo"].entries()) {
      // Fluent's Tab repeats its label in a hidden element that reserves the bold width: compare the first.
      await expect(areas.nth(i).locator("span").first().textContent()).resolves.toBe(name);
    }
    await expect(page.getByRole("tabpanel").textContent()).resolves.toContain(
      "bấm “Đọc trang tính đang mở” ở phía trên"
    );
    await expect(page.getByText("Đang chạy ngoài Excel").count()).resolves.toBe(1);
    await expect(
      page.getByRole("button", { name: "Đọc trang tính đang mở" }).isDisabled()
    ).resolves.toBe(true);
    await page.screenshot({ path: join(shots, "taskpane-vi.png") });
    await page.close();
  });

  it("moves between areas with the keyboard", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "Kiểm tra dữ liệu" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tabpanel").getAttribute("aria-label")).resolves.toBe("Chỉ tiêu");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const panel = page.getByRole("tabpanel");
    await expect(panel.getAttribute("aria-label")).resolves.toBe("Báo cáo");
    await expect(panel.textContent()).resolves.toContain("Lập báo cáo theo mẫu hành chính");
    await page.close();
  });

  it("follows Office: English display language and a dark theme", async () => {
    const page = await open({ displayLanguage: "en-US", bodyBackgroundColor: "#262626" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Club Report"
    );
    await expect(page.getByRole("tab", { name: "Check data" }).count()).resolves.toBe(1);
    await expect(page.getByText("Running outside Excel").count()).resolves.toBe(0);
    const background = await page
      .locator("main")
      .evaluate((main) => getComputedStyle(main.parentElement as Element).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({ path: join(shots, "taskpane-en-dark.png") });
    await page.close();
  });

  it("switches to English on request and back", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Club Report"
    );
    await page.getByRole("tab", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Báo cáo CLB"
    );
    await page.close();
  });
});
