/**
 * Every Office API the add-in calls must be within the requirement sets manifest.xml declares, or Excel versions
 * that lack them would load the add-in and fail mid-way. The sets come from @types/office-js's own notes
 * ("[Api set: ExcelApi 1.2]", "Requirement set: … | Settings"), found by resolving each property the code uses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..", "..");

/** "ExcelApi" → "1.9" as the manifest's <Requirements> declares. */
function declaredSets(): Map<string, string> {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const fallback = /DefaultMinVersion="([\d.]+)"/.exec(block)?.[1] ?? "1.1";
  const sets = new Map<string, string>();
  for (const m of block.matchAll(/<Set Name="(\w+)"(?: MinVersion="([\d.]+)")?/g))
    sets.set(m[1], m[2] ?? fallback);
  return sets;
}

function versionAbove(a: string, b: string): boolean {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor !== bMajor ? aMajor > bMajor : aMinor > bMinor;
}

/** The requirement sets a declaration's documentation names. */
function setsOf(declaration: ts.Declaration): { name: string; version: string }[] {
  const text = declaration
    .getSourceFile()
    .text.slice(declaration.getFullStart(), declaration.getStart());
  const found = [...text.matchAll(/\[Api set: (\w+) ([\d.]+)/g)].map((m) => ({
    name: m[1],
    version: m[2],
  }));
  for (const m of text.matchAll(/\*\*Requirement set\*\*: \{@link [^|]*\| (\w+)(?: ([\d.]+))?\}/g))
    found.push({ name: m[1], version: m[2] ?? "1.1" });
  return found;
}

/** Each Office API the add-in's code uses, with the sets it needs. */
function usedApis(): Map<string, { name: string; version: string }[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    }
  ) as ts.ParsedCommandLine;
  const faces = /[\\/]src[\\/](excel|taskpane|functions)[\\/]/;
  const files = config.fileNames.filter((f) => faces.test(f));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, { name: string; version: string }[]>();
  for (const file of program.getSourceFiles()) {
    if (!faces.test(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const declaration of symbol?.declarations ?? []) {
          if (!declaration.getSourceFile().fileName.includes("@types/office-js")) continue;
          const parent = (declaration.parent as { name?: ts.Node }).name?.getText() ?? "";
          used.set(`${parent}.${node.name.text}`, setsOf(declaration));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

describe("Office requirement sets", () => {
  const declared = declaredSets();
  const used = usedApis();

  it("finds the Office APIs the add-in uses", () => {
    expect(used.has("Range.getResizedRange")).toBe(true);
    expect(used.has("Settings.saveAsync")).toBe(true);
  });

  it("uses no API beyond the sets manifest.xml declares", () => {
    const beyond = [...used].flatMap(([api, sets]) =>
      sets
        .filter((set) => {
          const version = declared.get(set.name);
          return version === undefined || versionAbove(set.version, version);
        })
        .map((set) => `${api} needs ${set.name} ${set.version}`)
    );
    expect(beyond).toEqual([]);
  });

  it("declares no more of ExcelApi than the highest version it uses", () => {
    const highest = [...used.values()]
      .flat()
      .filter((set) => set.name === "ExcelApi")
      .reduce((a, set) => (versionAbove(set.version, a) ? set.version : a), "1.1");
    process.stdout.write(`API sets: ExcelApi ${highest} over ${used.size} Office APIs used\n`);
    expect(declared.get("ExcelApi")).toBe(highest);
  });
});
