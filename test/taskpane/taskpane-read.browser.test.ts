import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import type { FakeContext } from "../support/fake-excel";
import { fakeExcelInitScript } from "../support/fake-excel-in-browser";
import { productionBuild } from "../support/production-build";

/** The page's window, with the fake workbook and document settings the init script put there. */
interface FakeWindow {
  __excel: FakeContext;
  __settings: { saved: Record<string, unknown> };
}

const SHOTS = "/tmp/shots";
const HEADER = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ"];
const BAN_NA = [
  ["DANH SÁCH THÀNH VIÊN CLB BẢN NÀ LẰNG"],
  [],
  HEADER,
  [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Chủ nhiệm"],
  [2, "Vàng A Sử", "Nam", 1960, "Mông", "Phó chủ nhiệm"],
  [3, "Tẩn Láo Mẩy", "Nữ", 1948, "Dao", "Thành viên"],
];
const TAN_PHONG = [
  ["DANH SÁCH THÀNH VIÊN CLB TÂN PHONG"],
  [],
  HEADER,
  [1, "Lường Thị Dung", "Nữ", 1972, "Thái", "Chủ nhiệm"],
  [2, "Lò Văn Pọm", "Nam", 1950, "Thái", "Thành viên"],
];

/**
 * Choosing what to read, and what the pane keeps in the document, on a 340×600 pane over the strict fake. Every
 * request the page makes must stay on localhost, except office.js (which is refused here).
 */
describe("the task pane's register and remembered settings, in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const leaving: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(productionBuild());
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    expect(leaving).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** Opens the pane on a workbook of two club sheets and a cover sheet, with the document's saved settings. */
  async function open(
    saved: Record<string, unknown> = {},
    tableSheets: Record<string, unknown[][]> = {},
    tables: { sheet: string; name: string; address: string }[] = []
  ): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 340, height: 600 } });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.hostname !== "127.0.0.1" && !/^appsforoffice\.microsoft\.com$/.test(url.hostname))
        leaving.push(request.url());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (m) => {
      if (m.type() === "error" && !/office\.js|ERR_FAILED/.test(m.text())) errors.push(m.text());
    });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.addInitScript(
      fakeExcelInitScript("Bìa", [["SỔ THEO DÕI CLB"]], "vi-VN", saved, {
        "CLB Bản Nà": BAN_NA,
        "CLB Tân Phong": TAN_PHONG,
        ...tableSheets,
      })
    );
    await page.addInitScript((added) => {
      for (const { sheet, name, address } of added)
        (window as unknown as FakeWindow).__excel.sheet(sheet).tables.push({ name, address });
    }, tables);
    await page.goto(server.url + "taskpane.html");
    return page;
  }

  const savedSettings = (page: Page) =>
    page.evaluate(() => (window as unknown as FakeWindow).__settings.saved);
  /** The settings sit folded under one line, so that the issues start high on the pane. */
  const openSettings = (page: Page) =>
    page.getByRole("button", { name: /^(Thiết lập|Settings):/ }).click();
  const found = (page: Page) => page.getByText(/^Trang “.*”: \d+ thành viên/);

  it("reads the sheet picked, and reads it again after the report is shown", async () => {
    const page = await open();
    const picker = page.getByLabel("Danh sách cần đọc");
    const offered = await picker.locator("option").allTextContents();
    // Registers first, told by their first rows; the cover after them, under its own label.
    expect(offered).toEqual([
      "Trang tính đang mở",
      "Tất cả trang CLB (2 trang)",
      "CLB Bản Nà",
      "CLB Tân Phong",
      "Bìa",
    ]);
    await expect(
      picker
        .locator("optgroup")
        .evaluateAll((groups) =>
          groups.map((g) => [g.getAttribute("label"), g.querySelectorAll("option").length])
        )
    ).resolves.toEqual([
      ["Danh sách thành viên", 2],
      ["Trang khác", 1],
    ]);
    // Listing and telling registers apart: one round trip for the names, one for every sheet's first rows.
    const syncs = () => page.evaluate(() => (window as unknown as FakeWindow).__excel.syncs);
    const before = await syncs();
    await picker.blur();
    await picker.focus();
    await page.waitForFunction(
      (n) => (window as unknown as FakeWindow).__excel.syncs >= n,
      before + 2
    );
    await page.waitForTimeout(300);
    expect((await syncs()) - before).toBe(2);
    await picker.selectOption("CLB Tân Phong");
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await expect(found(page).textContent()).resolves.toMatch(/^Trang “CLB Tân Phong”: 2 thành/);
    await page.screenshot({ path: `${SHOTS}/paneread-picked.png` });

    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await page.getByText("Đã tạo báo cáo ở trang “Báo cáo”").waitFor();
    const active = await page.evaluate(
      () => (window as unknown as FakeWindow).__excel.workbook.model.find((s) => s.active)?.name
    );
    expect(active).toBe("Báo cáo");
    // The sheets the report wrote are never offered; reading again reads the register, not the report shown.
    await picker.focus();
    await expect(picker.locator("option").allTextContents()).resolves.toEqual(offered);
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await expect(found(page).textContent()).resolves.toMatch(/^Trang “CLB Tân Phong”: 2 thành/);
    await page.close();
  });

  it("reads an Excel table by its range, and remembers it", async () => {
    // A summary sheet: a table of the club's members, and below it a waiting list that is not the register.
    const summary = [
      ["TỔNG HỢP CLB NÀ TĂM"],
      [],
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Chủ nhiệm"],
      [2, "Vàng A Sử", "Nam", 1960, "Mông", "Thành viên"],
      [3, "Lường Thị Dung", "Nữ", 1972, "Thái", "Thành viên"],
      [],
      ["Danh sách chờ kết nạp"],
      [1, "Lò Văn Pọm", "Nam", 1950, "Thái", ""],
    ];
    const table = [{ sheet: "Tổng hợp", name: "DS_NaTam", address: "A3:F6" }];
    const page = await open({}, { "Tổng hợp": summary }, table);
    const picker = page.getByLabel("Danh sách cần đọc");
    await picker.focus();
    await picker.selectOption({ label: "Bảng “DS_NaTam” (trang Tổng hợp)" });
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await expect(found(page).textContent()).resolves.toMatch(/^Trang “Tổng hợp”: 3 thành viên/);
    await page.screenshot({ path: `${SHOTS}/paneread-table.png` });
    const saved = await savedSettings(page);
    expect(saved["read:source"]).toBe("table:Tổng hợp:DS_NaTam");
    await page.close();

    const reopened = await open(saved, { "Tổng hợp": summary }, table);
    await reopened.getByRole("button", { name: "Đọc danh sách" }).click();
    await expect(found(reopened).textContent()).resolves.toMatch(/^Trang “Tổng hợp”: 3 thành viên/);
    await reopened.close();
  });

  it("asks before adding a second report, and dates the report even with no place", async () => {
    const page = await open({ "read:source": "CLB Bản Nà" });
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await found(page).waitFor();
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    const make = page.getByRole("button", { name: "Tạo báo cáo" });
    await make.click();
    await page.getByText("Đã tạo báo cáo ở trang “Báo cáo”").waitFor();
    const dateLine = await page.evaluate(() =>
      [...(window as unknown as FakeWindow).__excel.sheet("Báo cáo").cells.values()]
        .map((c) => String(c.formula))
        .find((text) => text.includes(" tháng "))
    );
    expect(dateLine).toMatch(/^…+, ngày \d\d? tháng \d\d? năm \d{4}$/);

    await make.click();
    await page.getByText("Sổ đã có trang “Báo cáo”. Tạo thêm một báo cáo mới").waitFor();
    await page.screenshot({ path: `${SHOTS}/paneread-another.png` });
    const sheetCount = () =>
      page.evaluate(() => (window as unknown as FakeWindow).__excel.workbook.model.length);
    const before = await sheetCount();
    await page.getByRole("button", { name: "Dừng" }).click();
    expect(await sheetCount()).toBe(before);
    await make.click();
    await page.getByRole("button", { name: "Tạo thêm báo cáo" }).click();
    await page.getByText("Đã tạo báo cáo ở trang “Báo cáo (2)”").waitFor();
    await page.close();
  });

  it("number fields take what is typed and explain what they refuse", async () => {
    const page = await open({ "read:source": "CLB Bản Nà" });
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await found(page).waitFor();
    await openSettings(page);
    const age = page.getByLabel("Ngưỡng tuổi cao");
    await age.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("60");
    await expect(age.inputValue()).resolves.toBe("60");
    await page.keyboard.press("Backspace");
    await expect(age.inputValue()).resolves.toBe("6");
    await expect(page.getByText("Nhập số từ 40 đến 80.").count()).resolves.toBe(1);
    await page.keyboard.type("5");
    await expect(page.getByText("Nhập số từ 40 đến 80.").count()).resolves.toBe(0);

    await page.getByRole("tab", { name: "Báo cáo" }).click();
    const plan = page.getByLabel("Số CLB kế hoạch trong kỳ");
    await plan.fill("8 CLB");
    await expect(plan.inputValue()).resolves.toBe("8 CLB");
    await page.getByText("Chỉ nhập số nguyên, ví dụ 8 (“8 CLB” không phải là số).").waitFor();
    await page.screenshot({ path: `${SHOTS}/paneread-numbers.png` });
    await page.close();
  });

  it("lets no script or connection reach anywhere but the add-in and Office's script host", async () => {
    const page = await open();
    const blocked: string[] = [];
    page.on("requestfailed", (request) =>
      blocked.push(`${request.url()} ${request.failure()?.errorText}`)
    );
    await page.getByLabel("Danh sách cần đọc").selectOption("CLB Bản Nà");
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await found(page).waitFor();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(policy).toMatch(/connect-src 'self';/);
    // What a script injected into the page would try: each is refused by the browser before any request is made.
    const attempts = await page.evaluate(async () => {
      const refused: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        refused.push(e.effectiveDirective)
      );
      const sent = await fetch("https://example.com/collect", { method: "POST", body: "x" }).then(
        () => "sent",
        () => "blocked"
      );
      const script = document.createElement("script");
      script.src = "https://example.com/x.js";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { sent, refused };
    });
    expect(attempts.sent).toBe("blocked");
    expect(attempts.refused.sort()).toEqual(["connect-src", "script-src-elem"]);
    // The script element's request was stopped by the policy in the browser, not sent: the only one attempted.
    expect(blocked).toEqual(["https://example.com/x.js csp"]);
    leaving.splice(
      0,
      leaving.length,
      ...leaving.filter((url) => url !== "https://example.com/x.js")
    );
    // The browser's own report of the refusals is expected here, and only here.
    errors.splice(0, errors.length, ...errors.filter((e) => !/Content Security Policy/.test(e)));
    await page.close();
  });

  it("keeps settings in the document: closing and reopening the pane finds them again", async () => {
    const page = await open();
    await page.getByLabel("Danh sách cần đọc").selectOption("CLB Bản Nà");
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await found(page).waitFor();
    await openSettings(page);
    const age = page.getByLabel("Ngưỡng tuổi cao");
    await age.fill("60");
    await page.getByLabel("Bộ tiêu chí").selectOption({ label: "Lai Châu (QĐ 307)" });
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByLabel("Địa danh").fill("Lai Châu");
    await page.getByLabel("Số CLB kế hoạch trong kỳ").fill("12");
    await page.getByRole("tab", { name: "English" }).click();
    const saved = await savedSettings(page);
    expect(JSON.stringify(saved)).not.toContain("localStorage");
    await page.close();

    const reopened = await open(saved);
    await expect(reopened.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await expect(
      reopened.getByRole("button", { name: /^Settings: .*older from 60$/ }).count()
    ).resolves.toBe(1);
    await openSettings(reopened);
    await expect(reopened.getByLabel("Register to read").inputValue()).resolves.toBe("CLB Bản Nà");
    await expect(reopened.getByLabel("Older age threshold").inputValue()).resolves.toBe("60");
    await expect(reopened.getByLabel("Rule profile").inputValue()).resolves.toBe("laichau");
    await reopened.getByRole("button", { name: "Read the register" }).click();
    await reopened.getByText(/^Sheet “CLB Bản Nà”: 3 members/).waitFor();
    await reopened.getByRole("tab", { name: "Report" }).click();
    await expect(reopened.getByLabel("Place").inputValue()).resolves.toBe("Lai Châu");
    // The plan figure is typed once: the Indicators tab shows the one typed on the Report tab.
    await reopened.getByRole("tab", { name: "Indicators" }).click();
    await expect(reopened.getByLabel("Clubs planned for the period").inputValue()).resolves.toBe(
      "12"
    );
    await expect(reopened.evaluate(() => Object.keys(window.localStorage).length)).resolves.toBe(0);
    await reopened.screenshot({ path: `${SHOTS}/paneread-reopened.png` });
    await reopened.close();
  });

  it("adds a new standard register, never over a sheet, and reads it once filled", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Tạo danh sách mới" }).click();
    await page.getByLabel("Tên CLB").fill("Nà Lằng");
    await page.getByLabel("Xã/phường").fill("Bản Hon");
    await page.screenshot({ path: `${SHOTS}/paneread-new-register-form.png` });
    await page.getByRole("button", { name: "Thêm trang danh sách" }).click();
    await page.getByText(/^Đã thêm trang “Danh sách thành viên” với 70 dòng để điền/).waitFor();
    await page.screenshot({ path: `${SHOTS}/paneread-new-register-done.png` });
    // A long table name in the picker ("Bảng “DanhSachThanhVien” (trang Danh sách thành viên)") once widened
    // the page to 439 px: the picker now cuts it.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(340);
    const written = await page.evaluate(() => {
      const excel = (window as unknown as FakeWindow).__excel;
      const sheet = excel.sheet("Danh sách thành viên");
      return {
        sheets: excel.workbook.model.map((s) => [s.name, s.visibility]),
        title: sheet.cells.get("A3")?.formula,
        validations: sheet.validations.length,
        tables: sheet.tables.map((t) => [t.name, t.address]),
        frozenAt: sheet.frozenAt,
        active: sheet.active,
      };
    });
    expect(written).toEqual({
      sheets: [
        ["Bìa", "Visible"],
        ["CLB Bản Nà", "Visible"],
        ["CLB Tân Phong", "Visible"],
        ["Danh sách thành viên", "Visible"],
        ["Danh mục", "Hidden"],
      ],
      title: "CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU NÀ LẰNG",
      validations: 12,
      tables: [["DanhSachThanhVien", "A6:L76"]],
      frozenAt: "A1:B6",
      active: true,
    });
    // The new register is the one to read; typed in with the dropdowns' values, it reads with no error.
    await expect(page.getByLabel("Danh sách cần đọc").inputValue()).resolves.toBe(
      "Danh sách thành viên"
    );
    await page.evaluate(() =>
      (window as unknown as FakeWindow).__excel.sheet("Danh sách thành viên").fill(7, 1, [
        [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Bản Hon", "Hộ nghèo", "Chủ nhiệm"],
        [2, "Vàng A Sử", "Nam", 1960, "Mông", "Bản Hon", "Không", "Thành viên"],
      ])
    );
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await expect(found(page).textContent()).resolves.toMatch(
      /^Trang “Danh sách thành viên”: 2 thành viên, 1 CLB \(tiêu đề ở dòng 6\)/
    );
    await expect(page.getByText(/^\d+ lỗi/).textContent()).resolves.toMatch(/^0 lỗi/);
    await page.close();
  });

  it("adds a new register from the keyboard alone: Tab to the form, type, Enter creates, focus stays put", async () => {
    const page = await open();
    const focusedText = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");
    // Once the pane has listed the workbook's sheets, as a person starts once the pane is shown.
    await page.getByRole("option", { name: "CLB Tân Phong" }).waitFor({ state: "attached" });
    // From the top of the page, as a keyboard user gets there.
    let tabs = 0;
    while ((await focusedText()) !== "Tạo danh sách mới") {
      expect(++tabs).toBeLessThan(40);
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Nà Lằng");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Bản Hon");
    await page.keyboard.press("Enter");
    await page.getByText(/^Đã thêm trang “Danh sách thành viên” với 70 dòng để điền/).waitFor();
    // Still in the field Enter was pressed in: not lost to the page's body while the sheets were written.
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)
    ).resolves.toBe("Bản Hon");
    const title = await page.evaluate(
      () =>
        (window as unknown as FakeWindow).__excel.sheet("Danh sách thành viên").cells.get("A3")
          ?.formula
    );
    expect(title).toBe("CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU NÀ LẰNG");
    await page.close();
  });

  it("reads every club sheet as one register: duplicates across sheets, fixes on the right sheet, one report", async () => {
    // A third club whose list repeats a member of Bản Nà and has a spelling to fix; an earlier report.
    const naTam = [
      ["DANH SÁCH THÀNH VIÊN CLB NÀ TĂM"],
      [],
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Chủ nhiệm"],
      [2, "Lò Văn Sơn", "Nam", 1962, "Kinhh", "Thành viên"],
      [3, "Vi Thị Mai", "Nữ", 1999, "Tày", "Thành viên"],
    ];
    const earlier = [["BÁO CÁO"], ["STT", "Họ và tên", "Giới tính"], [1, "Ai đó", "Nữ"]];
    const page = await open({}, { "CLB Nà Tăm": naTam, "Báo cáo": earlier });
    const picker = page.getByLabel("Danh sách cần đọc");
    await picker.focus();
    await picker.selectOption({ label: "Tất cả trang CLB (3 trang)" });
    await page.getByRole("button", { name: "Đọc danh sách" }).click();
    await page
      .getByText("3 danh sách CLB (CLB Bản Nà, CLB Tân Phong, CLB Nà Tăm): 8 thành viên, 3 CLB.")
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/paneread-all-sheets.png` });
    // The same person on two sheets is found, named with the sheet of each row.
    const panel = page.getByRole("tabpanel");
    const group = page.getByRole("button", { name: /^[▸▾] Trùng thành viên ở CLB khác \(/ });
    if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
    await expect(panel.textContent()).resolves.toMatch(/Lò Thị Hoa/);
    // A fix on the third sheet lands there, and undo puts it back.
    const cell = (sheet: string, address: string) =>
      page.evaluate(
        ([s, a]) => (window as unknown as FakeWindow).__excel.sheet(s).cells.get(a)?.formula,
        [sheet, address]
      );
    const unreadable = page.getByRole("button", { name: /^[▸▾] Giá trị không đọc được \(/ });
    if ((await unreadable.getAttribute("aria-expanded")) !== "true") await unreadable.click();
    const kinhh = panel.getByRole("listitem").filter({ hasText: "“Kinhh”" });
    await expect(kinhh.getByRole("button", { name: "Chọn ô CLB Nà Tăm!E5" }).count()).resolves.toBe(
      1
    );
    await kinhh.getByRole("button", { name: "Sửa ô này" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sửa 1 ô" }).click();
    await page.getByText("Đã sửa 1 ô.").waitFor();
    expect(await cell("CLB Nà Tăm", "E5")).toBe("Kinh");
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText("Đã trả lại 1 ô như cũ.").waitFor();
    expect(await cell("CLB Nà Tăm", "E5")).toBe("Kinhh");
    // Figures over the three clubs: 5 women of 8.
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await expect(
      page
        .getByRole("table", { name: "Chỉ tiêu" })
        .getByRole("row", { name: /^Tỷ lệ nữ/ })
        .textContent()
    ).resolves.toContain("62,5 % (5/8)");
    // One report over all: the gathered list is added first, the report counts it and its figures check out.
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByRole("button", { name: "Tạo báo cáo" }).click();
    await page.getByRole("button", { name: "Tạo thêm báo cáo" }).click();
    await page.getByText(/^Đã tạo báo cáo ở trang “Báo cáo \(2\)”/).waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as FakeWindow).__excel.workbook.model.map((s) => s.name)
    );
    expect(sheets.slice(0, 6)).toEqual([
      "Bìa",
      "CLB Bản Nà",
      "CLB Tân Phong",
      "CLB Nà Tăm",
      "Báo cáo",
      "Danh sách tổng hợp",
    ]);
    expect(sheets).toContain("Báo cáo (2)");
    await expect(cell("Danh sách tổng hợp", "B9")).resolves.toBe("Vi Thị Mai");
    await page.screenshot({ path: `${SHOTS}/paneread-all-sheets-report.png` });
    // The choice is kept: reopened, the pane reads all club sheets again.
    const saved = await savedSettings(page);
    expect(saved["read:source"]).toBe("*");
    await page.close();
  });
});
