import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../scripts/lib/manifest-check";
import { TEST_PROD_URL, productionBuild } from "./support/production-build";

describe("npm run build", () => {
  let out: string;
  beforeAll(() => {
    out = productionBuild();
  });

  it("emits the task pane, the functions script, their metadata and the icons", () => {
    const files = readdirSync(out);
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "taskpane.js",
        "functions.js",
        "functions.json",
        "manifest.xml",
        "assets",
      ])
    );
    expect(readdirSync(join(out, "assets")).sort()).toEqual([
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
  });

  it("generates functions.json with PLANRATE from the JSDoc", () => {
    const metadata = JSON.parse(readFileSync(join(out, "functions.json"), "utf8"));
    expect(metadata.functions.map((f: { id: string }) => f.id)).toContain("PLANRATE");
  });

  it("binds PLANRATE in the functions script", () => {
    expect(readFileSync(join(out, "functions.js"), "utf8")).toMatch(/associate\("PLANRATE"/);
  });

  it("loads the functions in the task pane page, as the shared runtime needs", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script[^>]*src="?functions\.js/);
    expect(html).toMatch(/<script[^>]*src="?taskpane\.js/);
  });

  it("writes the production address into every URL of the manifest, which still holds together", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(TEST_PROD_URL + "functions.json");
    expect(manifest).toContain("<AppDomain>https://addins.example.vn</AppDomain>");
    expect(checkManifest(manifest)).toEqual([]);
  });
});
