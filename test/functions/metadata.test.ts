/**
 * The functions' metadata as Office reads it: Microsoft's own generator over our JSDoc (as the build runs it), the
 * Vietnamese file made from it, the golden copies checked in beside this test, and the script's bindings.
 * UPDATE_GOLDEN=1 npx jest test/functions/metadata rewrites the golden copies after a deliberate change.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  functionsMetadata,
  METADATA_FILES,
  type FunctionsMetadata,
} from "../../scripts/lib/functions-metadata";
import { customFunctionsRuntime } from "./excel-runtime";

const GOLDEN = join(__dirname, "golden");

interface Parameter {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

let generated: FunctionsMetadata;
let en: { functions: Fn[] };
let vi: { functions: Fn[] };
const byId = (id: string) => en.functions.find((f) => f.id === id) as Fn;

beforeAll(async () => {
  generated = await functionsMetadata();
  en = JSON.parse(generated.files.en);
  vi = JSON.parse(generated.files.vi);
});

describe("custom-functions-metadata on src/functions/functions.ts", () => {
  it("reads every function with no error, and the catalogue describes each one in the JSDoc's words", () => {
    expect(generated.errors).toEqual([]);
  });

  it("declares the fourteen CLUB.* functions, their ids upper case as Office expects and their names the same", () => {
    expect(en.functions.map((f) => f.id)).toEqual([
      "PLANRATE",
      "COUNT",
      "SHARE",
      "WOMENSHARE",
      "MINORITYSHARE",
      "AGE",
      "AGESHARE",
      "GENDER",
      "ETHNICITY",
      "ISMINORITY",
      "UNICODE",
      "CHECKSHARE",
      "ISSUES",
      "STATS",
    ]);
    for (const fn of en.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("keeps PLANRATE's contract: two range parameters, a number", () => {
    expect(byId("PLANRATE")).toMatchObject({ result: { type: "number" } });
    expect(byId("PLANRATE").parameters).toMatchObject([
      { name: "achieved", type: "any", dimensionality: "matrix" },
      { name: "planned", type: "any", dimensionality: "matrix" },
    ]);
  });

  it("takes every argument as `any`, ranges as matrices, in the order the issue fixes", () => {
    const signature = (id: string) =>
      byId(id).parameters.map(
        (p) =>
          `${p.optional ? "[" : ""}${p.name}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "]" : ""}`
      );
    expect(signature("COUNT")).toEqual(["values[][]", "category"]);
    expect(signature("SHARE")).toEqual(["values[][]", "category"]);
    expect(signature("AGE")).toEqual(["birth", "[asOf]"]);
    expect(signature("AGESHARE")).toEqual(["births[][]", "[minAge]", "[asOf]"]);
    expect(signature("CHECKSHARE")).toEqual(["count", "total", "reported", "[tolerance]"]);
    expect(signature("ISSUES")).toEqual(["table[][]", "[reportDate]"]);
    expect(signature("STATS")).toEqual(["table[][]", "[reportDate]", "[ageThreshold]"]);
    for (const fn of en.functions) for (const p of fn.parameters) expect(p.type).toBe("any");
  });

  it("spills ISSUES and STATS as dynamic arrays; the others return one value", () => {
    for (const fn of en.functions) {
      const spills = fn.id === "ISSUES" || fn.id === "STATS";
      expect([fn.id, fn.result.dimensionality === "matrix"]).toEqual([fn.id, spills]);
    }
  });

  // Their date is today's when left out: a function Excel recalculated only when its cells change would keep
  // last year's ages in a workbook opened this year.
  it("marks the functions whose date defaults to today volatile, and gives ISSUES the table's address", () => {
    const optioned = en.functions.filter((f) => f.options).map((f) => [f.id, f.options]);
    expect(optioned).toEqual([
      ["AGE", { volatile: true }],
      ["AGESHARE", { volatile: true }],
      ["ISSUES", { volatile: true, requiresParameterAddresses: true }],
      ["STATS", { volatile: true }],
    ]);
  });

  it("says which denominator SHARE divides by", () => {
    expect(byId("SHARE").description).toContain("÷ the non-blank cells of the range");
  });
});

describe("the Vietnamese metadata served to vi-VN", () => {
  const withoutDescriptions = (metadata: { functions: Fn[] }) =>
    JSON.parse(JSON.stringify(metadata), (key, value) =>
      key === "description" ? undefined : value
    );

  it("has the same ids, names, parameters, results and options as the English one", () => {
    expect(withoutDescriptions(vi)).toEqual(withoutDescriptions(en));
  });

  it("translates every description of a function and of a parameter", () => {
    en.functions.forEach((fn, f) => {
      const viFn = vi.functions[f];
      expect(viFn.description).not.toBe(fn.description);
      expect(viFn.description.length).toBeGreaterThan(10);
      fn.parameters.forEach((p, i) => {
        expect(viFn.parameters[i].description).not.toBe(p.description);
        expect(viFn.parameters[i].description.length).toBeGreaterThan(5);
      });
    });
    expect(vi.functions[0].description).toBe(
      "Tỷ lệ hoàn thành kế hoạch: số đã đạt ÷ số kế hoạch (18 trên 25 → 72 %); có thể vượt 100 %."
    );
  });
});

describe("the golden copies in test/functions/golden", () => {
  it.each(Object.entries(METADATA_FILES))("%s: %s is as generated", (lang, file) => {
    const text = generated.files[lang as keyof typeof METADATA_FILES];
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(join(GOLDEN, file), text);
    expect(text).toBe(readFileSync(join(GOLDEN, file), "utf8"));
  });
});

describe("src/functions/index.ts, the script Excel loads", () => {
  /** Loads the script afresh; returns the functions module it loaded, to compare what it bound with. */
  const load = async () => {
    let loaded: Record<string, unknown> = {};
    await jest.isolateModulesAsync(async () => {
      await import("../../src/functions/index");
      loaded = await import("../../src/functions/functions");
    });
    return loaded;
  };
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  it("binds each id to the function the generator found under it, and nothing else", async () => {
    const bound = new Map<string, unknown>();
    (globalThis as Record<string, unknown>).CustomFunctions = customFunctionsRuntime(bound);
    const loaded = await load();
    expect([...bound.keys()]).toEqual(generated.associate.map((a) => a.id));
    for (const { id, functionName } of generated.associate) {
      expect([id, bound.get(id)]).toEqual([id, loaded[functionName]]);
      expect(bound.get(id)).toBe(loaded[functionName]);
    }
  });

  it("loads without a CustomFunctions runtime, as the task pane page outside Excel does", async () => {
    await expect(load()).resolves.toBeDefined();
  });
});

describe("errors the generator and the catalogue check meet are seen", () => {
  const source = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), "cf-")), "functions.ts");
    writeFileSync(file, text);
    return file;
  };

  it("a function whose JSDoc the generator cannot read (its command line would exit 0)", async () => {
    const broken = source(
      "/**\n * @customfunction BAD NAME\n * @param {Date} x\n */\nexport function bad(x: Date): number { return 1; }\n"
    );
    expect((await generateCustomFunctionsMetadata(broken, false)).errors.length).toBeGreaterThan(0);
    expect((await functionsMetadata(broken)).errors.length).toBeGreaterThan(0);
  });

  it("a function the message catalogue has no Vietnamese for, or describes in other words", async () => {
    const undescribed = source(
      "/**\n * Something new.\n * @customfunction NEWTHING\n * @param x A number.\n */\nexport function newThing(x: number): number { return x; }\n" +
        "/**\n * Share of women.\n * @customfunction WOMENSHARE\n * @param genders The gender column, without its header.\n */\nexport function womenShare(genders: number[][]): number { return 1; }\n"
    );
    const { errors, files } = await functionsMetadata(undescribed);
    expect(errors).toEqual([
      "fn.help.NEWTHING is missing from the message catalogue",
      "fn.help.NEWTHING.x is missing from the message catalogue",
      'fn.help.WOMENSHARE: the JSDoc says "Share of women.", the catalogue "Share of women: cells read as “Nữ” ÷ non-blank cells."',
    ]);
    expect(files).toEqual({ en: "", vi: "" });
  });
});
