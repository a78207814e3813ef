/**
 * `npm test`'s pretest provisions the programs the tests drive. Where it cannot install them (no root or no
 * apt-get), it must stop with one line that names what is missing and how to install it — never pass.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = join(__dirname, "..", "..", "scripts", "provision-test-tools.js");

function provision(env: Record<string, string>) {
  return spawnSync(process.execPath, [SCRIPT], { env, encoding: "utf8" });
}

test("on this machine every program the tests need is present", () => {
  const result = provision({ ...process.env } as Record<string, string>);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

/** A PATH holding only node: no apt-get, soffice or pdftotext. */
function pathWithOnlyNode(): string {
  const bin = join(mkdtempSync(join(tmpdir(), "club-report-nopath-")), "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  return bin;
}

test("a missing program with no way to install it stops the run with one line naming it", () => {
  const bin = pathWithOnlyNode();
  const result = provision({ PATH: bin, CHROMIUM_PATH: "/usr/bin/chromium" });
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("soffice, pdftotext");
  expect(lines[0]).toContain("sudo apt-get install libreoffice-calc-nogui poppler-utils");
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
});

test("a program path set by hand that leads nowhere is named, not installed over", () => {
  const result = provision({
    ...(process.env as Record<string, string>),
    SOFFICE_PATH: "/nowhere/soffice",
  });
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split("\n")).toEqual([
    expect.stringContaining("soffice (SOFFICE_PATH=/nowhere/soffice)"),
  ]);
});
