/**
 * The built functions script and metadata as Office loads them: dist/functions.js run the way Excel's
 * custom-functions runtime runs it (a CustomFunctions global, 2-D arrays in and out), and the same script loaded
 * where there is no such runtime (Node, the task pane page in Chromium), where it must load without an error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import type { Browser } from "playwright-core";
import { METADATA_FILES } from "../../scripts/lib/functions-metadata";
import { messages } from "../../src/core/i18n/messages";
import { launchChromium, serveFolder } from "../support/browser";
import { productionBuild, TEST_PROD_URL } from "../support/production-build";
import { customFunctionsRuntime, excelResult, RuntimeError } from "./excel-runtime";

let dist: string;
let script: string;
beforeAll(() => {
  dist = productionBuild();
  script = readFileSync(join(dist, "functions.js"), "utf8");
});

const metadata = (file: string) =>
  JSON.parse(readFileSync(join(dist, file), "utf8")) as { functions: { id: string }[] };

describe("the built metadata", () => {
  it.each(Object.values(METADATA_FILES))("%s is the golden copy", (file) => {
    expect(readFileSync(join(dist, file), "utf8")).toBe(
      readFileSync(join(__dirname, "golden", file), "utf8")
    );
  });

  it("the task pane's hint names only functions that exist", () => {
    const ids = new Set(metadata(METADATA_FILES.en).functions.map((f) => f.id));
    for (const text of Object.values(messages["ui.functionsHint"])) {
      const named = [...text.matchAll(/=?CLUB\.([A-Z]+)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(2);
      for (const id of named) expect(ids).toContain(id);
    }
  });

  it("is named by the built manifest: English by default, Vietnamese for vi-VN", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).toContain(`DefaultValue="${TEST_PROD_URL}${METADATA_FILES.en}"`);
    expect(manifest).toContain(
      `<bt:Override Locale="vi-VN" Value="${TEST_PROD_URL}${METADATA_FILES.vi}"/>`
    );
  });
});

describe("dist/functions.js in Excel's custom-functions runtime", () => {
  const bound = new Map<string, (...args: unknown[]) => unknown>();
  beforeAll(() => {
    runInNewContext(script, { CustomFunctions: customFunctionsRuntime(bound) });
  });

  it("binds exactly the ids of both metadata files, upper case", () => {
    for (const file of Object.values(METADATA_FILES)) {
      expect([...bound.keys()]).toEqual(metadata(file).functions.map((f) => f.id));
    }
    for (const id of bound.keys()) expect(id).toBe(id.toUpperCase());
  });

  const call = (id: string, ...args: unknown[]) =>
    excelResult(() => (bound.get(id) as (...a: unknown[]) => unknown)(...args));

  it("takes 2-D arrays and scalars, and gives values, dynamic arrays and CustomFunctions errors", () => {
    const genders = [["Nữ"], ["nu"], ["Nam"], [""]];
    expect(call("PLANRATE", [[18]], [[25]])).toBeCloseTo(0.72, 12);
    expect(call("COUNT", genders, "NỮ")).toBe(2);
    expect(call("SHARE", genders, "Nữ")).toBeCloseTo(2 / 3, 12);
    expect(call("WOMENSHARE", genders)).toBeCloseTo(2 / 3, 12);
    expect(call("MINORITYSHARE", [["Mông"], ["Kinh"]])).toBe(0.5);
    expect(call("AGE", 1955, 2019)).toBe(64);
    expect(call("AGESHARE", [[1950], [1980]], null, 2019)).toBe(0.5);
    expect(call("GENDER", "nu")).toBe("Nữ");
    expect(call("ETHNICITY", "Hmông")).toBe("Mông");
    expect(call("ISMINORITY", "Kinh")).toBe(false);
    expect(call("UNICODE", "NguyÔn")).toBe("Nguyễn");
    expect(call("CHECKSHARE", 231, 325, 0.71, null)).toBe("OK");
    expect(call("ETHNICITY", "Kinhh")).toEqual({
      code: "#N/A",
      message: "Không có dân tộc “Kinhh” trong danh mục 54 dân tộc Việt Nam. Có phải là “Kinh”?",
    });
    expect(call("SHARE", [[""]], "Nữ")).toEqual({ code: "#DIV/0!", message: "" });
    const register = [
      ["Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
      ["Lò Thị Hoa", "Nữ", 1950, "Kinhh"],
    ];
    const issues = call("ISSUES", register, "31/12/2025", {
      parameterAddresses: ["Sheet1!C3:F4"],
    }) as string[][];
    expect(issues).toContainEqual(["F4", "Lỗi", expect.stringContaining("Kinhh"), "Kinh"]);
    const stats = call("STATS", register, "31/12/2025", null) as [string, unknown][];
    expect(stats[0]).toEqual(["Số thành viên", 1]);
  });

  it("throws only the runtime's own error class", () => {
    try {
      (bound.get("AGE") as (...a: unknown[]) => unknown)("không rõ");
      throw new Error("AGE accepted an unreadable birth");
    } catch (error) {
      expect(error).toBeInstanceOf(RuntimeError);
    }
  });
});

describe("dist/functions.js outside Excel's runtime", () => {
  it("loads in a plain Node context with no CustomFunctions, binding nothing", () => {
    expect(() => runInNewContext(script, {})).not.toThrow();
  });

  describe("in Chromium", () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveFolder>>;
    beforeAll(async () => {
      server = await serveFolder(dist);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /**
     * Loads a page of the built folder (`html` stands in for its content) and returns the errors it raised and the
     * ids the functions script bound, when `runtime` gives the page a CustomFunctions global. Office.js from
     * Microsoft's CDN is unreachable here, as outside Office.
     */
    async function load(path: string, options: { html?: string; runtime?: boolean } = {}) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
      const { html, runtime } = options;
      if (html !== undefined) {
        await page.route(server.url + path, (route) =>
          route.fulfill({ contentType: "text/html", body: html })
        );
      }
      if (runtime) {
        await page.addInitScript(() => {
          const bound: string[] = [];
          Object.assign(window, {
            bound,
            CustomFunctions: { associate: (id: string) => bound.push(id) },
          });
        });
      }
      await page.goto(server.url + path, { waitUntil: "load" });
      await page.waitForTimeout(200);
      const bound = await page.evaluate(
        () => (window as unknown as { bound?: string[] }).bound ?? null
      );
      await page.close();
      return { errors, bound };
    }

    const PLAIN_PAGE = `<!doctype html><script src="functions.js"></script>`;

    it("loads the task pane page, which also loads the functions, without an error", async () => {
      await expect(load("taskpane.html")).resolves.toEqual({ errors: [], bound: null });
    });

    it("loads the functions script alone in a plain page without an error", async () => {
      await expect(load("plain.html", { html: PLAIN_PAGE })).resolves.toEqual({
        errors: [],
        bound: null,
      });
    });

    it("runs there: given the runtime's global, the same page binds every function", async () => {
      const { errors, bound } = await load("plain.html", { html: PLAIN_PAGE, runtime: true });
      expect(errors).toEqual([]);
      expect(bound).toEqual(metadata(METADATA_FILES.en).functions.map((f) => f.id));
    });
  });
});
