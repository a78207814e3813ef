import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/** Microsoft's own generator reads our JSDoc, as the webpack plugin does at build time. */
describe("custom-functions-metadata on src/functions", () => {
  let result: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  beforeAll(async () => {
    result = await generateCustomFunctionsMetadata(
      join(__dirname, "../../src/functions/functions.ts"),
      false
    );
  });

  it("reports no errors", () => {
    expect(result.errors).toEqual([]);
  });

  it("declares PLANRATE with its two range parameters, described in Vietnamese and English", () => {
    const metadata = JSON.parse(result.metadataJson);
    const fn = metadata.functions.find((f: { id: string }) => f.id === "PLANRATE");
    expect(fn).toMatchObject({ id: "PLANRATE", name: "PLANRATE", result: { type: "number" } });
    expect(fn.description).toMatch(/Tỷ lệ hoàn thành kế hoạch/);
    expect(fn.description).toMatch(/Share of a plan achieved/);
    expect(fn.parameters.map((p: { name: string }) => p.name)).toEqual(["achieved", "planned"]);
    for (const p of fn.parameters) {
      expect(p).toMatchObject({ type: "any", dimensionality: "matrix" });
      expect(p.description.length).toBeGreaterThan(20);
    }
  });

  it("associates the JavaScript function planRate with the id PLANRATE", () => {
    expect(result.associate).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "PLANRATE", functionName: "planRate" }),
      ])
    );
  });
});

describe("the generator's errors are visible to this test", () => {
  it("flags a function whose JSDoc it cannot read", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "cf-")), "broken.ts");
    writeFileSync(
      file,
      "/**\n * @customfunction BAD NAME\n * @param {Date} x\n */\nexport function bad(x: Date): number { return 1; }\n"
    );
    const broken = await generateCustomFunctionsMetadata(file, false);
    expect(broken.errors.length).toBeGreaterThan(0);
  });
});
