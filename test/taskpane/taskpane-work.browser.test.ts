import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveFolder } from "../support/browser";
import type { FakeCell, FakeContext } from "../support/fake-excel";
import { fakeExcelInitScript } from "../support/fake-excel-in-browser";
import { productionBuild } from "../support/production-build";

interface FakeWindow {
  __excel: FakeContext;
  __settings: { saved: Record<string, unknown> };
}

const SHOTS = "/tmp/shots";
const SHEET = "DS";

/** A register with faults a fix can mend: a misspelt ethnic group twice, stray spaces (one in a formula cell). */
const REGISTER = [
  ["DANH SÁCH THÀNH VIÊN CLB BẢN NÀ LẰNG"],
  [],
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
  [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
  [2, "Vàng  A Sử", "Nam", 1960, "Kinhh"],
  [3, "Tẩn Láo Mẩy ", "Nữ", 1948, "Dao"],
  [4, "Lò Văn Pọm", "Nam", 1950, "Kinhh"],
  [5, "Lường  Thị Dung", "Nữ", 1972, "Thái"],
  [6, "Lò Thị Mai", "Nữ", 1958, "Thái"],
];

/** Every cell of the workbook: values, formulas and formats. */
function workbookCells(page: Page): Promise<Record<string, FakeCell>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const sheet of (window as unknown as FakeWindow).__excel.workbook.model)
      for (const [key, cell] of sheet.cells) out[`${sheet.name}!${key}`] = structuredClone(cell);
    return out as Record<string, FakeCell>;
  });
}

/** Opens an issue group by its title, if it is closed. */
async function openGroup(page: Page, title: string): Promise<void> {
  const toggle = page.getByRole("button", { name: new RegExp(`^[▸▾] ${title} \\(`) });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

function syncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as FakeWindow).__excel.syncs);
}

describe("the task pane at 340×600: mapping, issues and fixes", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveFolder(productionBuild());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 340, height: 600 } });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.addInitScript(fakeExcelInitScript(SHEET, REGISTER));
    // Row 9's name is a formula whose result has a stray space: a fix must leave it alone.
    await page.addInitScript(() => {
      const cell = (window as unknown as FakeWindow).__excel.sheet("DS").cell(9, 2);
      cell.formula = '=TRIM("Lò Thị Mai")&" "';
      cell.value = "Lò Thị Mai ";
      (window as unknown as FakeWindow).__excel.sheet("DS").cell(5, 5).numberFormat = "@";
    });
    await page.goto(server.url + "taskpane.html");
    await page.getByRole("button", { name: "Đọc trang tính đang mở" }).click();
    await page.getByText(/^Trang “DS”: 6 thành viên/).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the first issue above the fold, grouped by rule, with a real button to select its cell", async () => {
    await page.screenshot({ path: `${SHOTS}/paneissues-check-340.png` });
    const first = page.getByRole("tabpanel").getByRole("listitem").nth(1);
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    // Recorded for the report: where the first issue starts and ends.
    console.log(`first issue: y=${box?.y} bottom=${(box?.y ?? 0) + (box?.height ?? 0)}`);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThan(600);
    await expect(
      page.getByRole("button", { name: /^[▸▾] Giá trị không đọc được \(2\)/ }).count()
    ).resolves.toBe(1);
    await expect(
      page.getByRole("button", { name: /^[▸▾] Khoảng trắng thừa \(4\)/ }).count()
    ).resolves.toBe(1);
    const pageHeight = await page.evaluate(() => document.body.scrollHeight);
    expect(pageHeight).toBeLessThan(2000);
  });

  it("colours the cells of errors and warnings, and switched off gives every cell its own fill back", async () => {
    // Fills of the user's own: a pattern on an error cell, a solid colour on a warned cell and on a clean one.
    await page.evaluate(() => {
      const sheet = (window as unknown as FakeWindow).__excel.sheet("DS");
      sheet.cell(5, 5).fill = {
        color: "#DDEBF7",
        pattern: "Gray25",
        patternColor: "#FF0000",
        tintAndShade: 0,
        patternTintAndShade: 0.4,
      };
      sheet.cell(6, 2).fill = {
        color: "#C6E0B4",
        pattern: "Solid",
        patternColor: "#000000",
        tintAndShade: -0.25,
        patternTintAndShade: 0,
      };
      sheet.cell(1, 1).fill = {
        color: "#FFFF00",
        pattern: "Solid",
        patternColor: "#000000",
        tintAndShade: 0,
        patternTintAndShade: 0,
      };
    });
    const before = await workbookCells(page);
    const start = await syncs(page);
    await page.getByRole("switch", { name: "Tô màu ô có lỗi, cảnh báo trong trang tính" }).click();
    await page.getByText(/^Đã tô \d+ ô/).waitFor();
    // One round trip reads the cells' fills, one sets the marks.
    expect((await syncs(page)) - start).toBe(2);
    const marked = await workbookCells(page);
    const fillOf = (address: string) => marked[`${SHEET}!${address}`]?.fill?.color;
    expect([fillOf("E5"), fillOf("E7")]).toEqual(["#F8CBAD", "#F8CBAD"]);
    // Every cell whose fill changed is a cell an issue is about; no value changed anywhere.
    const changed = Object.keys(marked).filter(
      (key) => JSON.stringify(marked[key].fill) !== JSON.stringify(before[key]?.fill)
    );
    expect(changed.length).toBeGreaterThanOrEqual(2);
    for (const key of Object.keys(marked))
      expect([key, marked[key].formula]).toEqual([key, before[key]?.formula ?? ""]);
    expect(fillOf("A1")).toBe("#FFFF00");
    await page.screenshot({ path: `${SHOTS}/paneissues-marks-340.png` });
    // Kept in the document, so that marks set before the pane was closed can still be taken off.
    const saved = await page.evaluate(() => (window as unknown as FakeWindow).__settings.saved);
    expect(Array.isArray(saved["marks:fills"])).toBe(true);

    // The marks follow the issues: fixed cells lose theirs (their own fill back), undone ones get them again.
    const e5FillIs = (color: string) =>
      page.waitForFunction(
        (c) => (window as unknown as FakeWindow).__excel.sheet("DS").cell(5, 5).fill?.color === c,
        color
      );
    await openGroup(page, "Giá trị không đọc được");
    await page.getByRole("button", { name: "Sửa cả 2 ô “Kinhh”" }).first().click();
    await page.getByRole("dialog").getByRole("button", { name: "Sửa 2 ô" }).click();
    await page.getByText("Đã sửa 2 ô.").waitFor();
    await e5FillIs("#DDEBF7");
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText("Đã trả lại 2 ô như cũ.").waitFor();
    await e5FillIs("#F8CBAD");

    await page.getByRole("switch", { name: "Tô màu ô có lỗi, cảnh báo trong trang tính" }).click();
    await page.waitForFunction(
      () => (window as unknown as FakeWindow).__settings.saved["marks:fills"] === null
    );
    expect(await workbookCells(page)).toEqual(before);
  });

  it("fixes one spelling in every cell after a confirmation, updates the list, and undo restores every cell", async () => {
    const before = await workbookCells(page);
    await openGroup(page, "Giá trị không đọc được");
    const start = await syncs(page);
    await page.getByRole("button", { name: "Sửa cả 2 ô “Kinhh”" }).first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.textContent()).resolves.toContain("Sẽ thay giá trị của 2 ô");
    await page.screenshot({ path: `${SHOTS}/paneissues-fix-confirm-340.png` });
    await dialog.getByRole("button", { name: "Sửa 2 ô" }).click();
    await page.getByText("Đã sửa 2 ô.").waitFor();
    expect((await syncs(page)) - start).toBe(2);
    const after = await workbookCells(page);
    expect(after[`${SHEET}!E5`].formula).toBe("Kinh");
    expect(after[`${SHEET}!E7`].formula).toBe("Kinh");
    // The list follows without a new read: no issue names "Kinhh" any more.
    await expect(page.getByRole("tabpanel").textContent()).resolves.not.toContain("Kinhh");
    await page.screenshot({ path: `${SHOTS}/paneissues-fix-done-340.png` });

    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText("Đã trả lại 2 ô như cũ.").waitFor();
    expect(await workbookCells(page)).toEqual(before);
    await expect(page.getByRole("tabpanel").textContent()).resolves.toContain("Kinhh");
  });

  it("fixes a whole group, leaving the formula cell alone, and undo restores every cell", async () => {
    const before = await workbookCells(page);
    await openGroup(page, "Khoảng trắng thừa");
    await page.getByRole("button", { name: "Sửa cả nhóm (4 ô)" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Sửa 4 ô" }).click();
    await page.getByText("Đã sửa 3 ô.").waitFor();
    await expect(page.getByText(/Bỏ qua 1 ô có công thức: B9/).count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/paneissues-fix-group-340.png`, fullPage: true });
    const after = await workbookCells(page);
    expect(after[`${SHEET}!B5`].formula).toBe("Vàng A Sử");
    expect(after[`${SHEET}!B9`]).toEqual(before[`${SHEET}!B9`]);
    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await page.getByText("Đã trả lại 3 ô như cũ.").waitFor();
    expect(await workbookCells(page)).toEqual(before);
  });

  it("on a protected sheet, a fix and the marks say how to unprotect it and change nothing", async () => {
    const setProtected = (on: boolean) =>
      page.evaluate(
        ([sheet, on]) =>
          ((window as unknown as FakeWindow).__excel.sheet(sheet as string).isProtected =
            on as boolean),
        [SHEET, on] as const
      );
    const before = await workbookCells(page);
    await setProtected(true);
    try {
      await openGroup(page, "Giá trị không đọc được");
      await page.getByRole("button", { name: "Sửa cả 2 ô “Kinhh”" }).first().click();
      await page.getByRole("dialog").getByRole("button", { name: "Sửa 2 ô" }).click();
      await page
        .getByText(/Trang tính hoặc sổ đang được bảo vệ/)
        .first()
        .waitFor();
      await page.getByRole("switch", { name: /Tô màu ô có lỗi/ }).click();
      await expect(page.getByText(/Trang tính hoặc sổ đang được bảo vệ/).count()).resolves.toBe(2);
      // Said in the user's words, not Excel's code or text.
      await expect(page.textContent("body")).resolves.not.toContain("AccessDenied");
      expect(await workbookCells(page)).toEqual(before);
      // Nothing was done, so there is nothing to undo.
      await expect(page.getByRole("button", { name: "Hoàn tác" }).count()).resolves.toBe(0);
    } finally {
      await setProtected(false);
    }
  });

  it("shows each column's field, and a corrected mapping changes the figures", async () => {
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    const women = () =>
      page
        .getByRole("table")
        .getByRole("row", { name: /^Thành viên nữ/ })
        .textContent();
    await expect(women()).resolves.toContain("4");
    await page.getByRole("button", { name: /^Cột đã đọc/ }).click();
    const gender = page.getByLabel("Cột C: Giới tính");
    await expect(gender.inputValue()).resolves.toBe("gender");
    await page.screenshot({ path: `${SHOTS}/paneissues-mapping-340.png`, fullPage: true });
    await gender.selectOption({ label: "Không dùng" });
    await expect(women()).resolves.not.toContain("4");
    await expect(page.getByLabel(/Cột C: Giới tính \(đã sửa\)/).inputValue()).resolves.toBe(
      "ignore"
    );
    await page.screenshot({
      path: `${SHOTS}/paneissues-mapping-corrected-340.png`,
      fullPage: true,
    });
    // The correction is saved into the document: a pane opened later on the same workbook reads with it.
    const saved = await page.evaluate(() => (window as unknown as FakeWindow).__settings.saved);
    expect(saved["mapping:DS"]).toEqual({ columns: { "3": "ignore" } });
    const reopened = await browser.newPage({ viewport: { width: 340, height: 600 } });
    await reopened.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await reopened.addInitScript(fakeExcelInitScript(SHEET, REGISTER, "vi-VN", saved));
    await reopened.goto(server.url + "taskpane.html");
    // The register read before is remembered too: the button reads it by name.
    await reopened.getByRole("button", { name: "Đọc danh sách" }).click();
    await reopened.getByText(/^Trang “DS”: 6 thành viên/).waitFor();
    await reopened.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await expect(
      reopened
        .getByRole("table")
        .getByRole("row", { name: /^Thành viên nữ/ })
        .textContent()
    ).resolves.not.toContain("4");
    await reopened.close();
    await page.getByRole("button", { name: "Dùng lại cột tự nhận" }).click();
    await expect(women()).resolves.toContain("4");
  });
});
