import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";

/** DESIGN.md §4: src/core is pure. Any import of a framework, an Office API or a Node built-in breaks the rule. */
const FORBIDDEN = [
  /^react(-dom)?(\/|$)/,
  /^@fluentui\//,
  /^exceljs(\/|$)/,
  /^office-addin/,
  /^@microsoft\/office-js/,
  /^node:/,
  new RegExp(`^(${builtinModules.filter((m) => !m.startsWith("_")).join("|")})(/|$)`),
];
const OFFICE_GLOBALS = /\b(Excel|Office|CustomFunctions)\.[A-Za-z]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

export function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...source.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
  ];
  return specifiers.map((m) => m[1]);
}

export function violations(source: string): string[] {
  const found = importsOf(source).filter((spec) => FORBIDDEN.some((re) => re.test(spec)));
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  if (OFFICE_GLOBALS.test(code)) found.push("the Office API");
  return found;
}

describe("src/core stays pure", () => {
  const root = join(__dirname, "../src/core");
  const files = sourceFiles(root);

  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    "%s imports no framework or built-in",
    (_n, file) => {
      expect(violations(readFileSync(file, "utf8"))).toEqual([]);
    }
  );

  it.each([
    ['import * as React from "react";', "react"],
    ['import { Button } from "@fluentui/react-components";', "@fluentui/react-components"],
    ['import ExcelJS from "exceljs";', "exceljs"],
    ['import { readFileSync } from "fs";', "fs"],
    ['import { join } from "node:path";', "node:path"],
    ['const os = require("os");', "os"],
    ["await Excel.run(async (context) => {});", "the Office API"],
  ])("the rule catches %s", (source, culprit) => {
    expect(violations(source)).toEqual([culprit]);
  });

  it("lets relative imports through", () => {
    expect(violations('import { foldKey } from "../text/fold";')).toEqual([]);
  });
});
