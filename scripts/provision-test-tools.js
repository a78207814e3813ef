#!/usr/bin/env node
/**
 * The programs the tests drive, provisioned before they run (`npm test`'s pretest, and `.ci/run`): Debian's
 * Chromium for the task pane, LibreOffice Calc to recalculate and print reports, poppler's pdftotext to measure
 * printed pages, and the Liberation and Carlito fonts (Times New Roman's and Calibri's metrics) for the print.
 * A missing one is installed with apt-get when this machine can (root, apt-get present); otherwise the run stops
 * at once with one line that names it and the command that installs it. Plain Node with no dependencies: it runs before `npm ci` too.
 */
"use strict";
const { accessSync, constants, existsSync } = require("node:fs");
const { delimiter, join } = require("node:path");
const { spawnSync } = require("node:child_process");

/** Each program: where an environment variable may put it, how to find it otherwise, its Debian package. */
const TOOLS = [
  { label: "chromium", env: "CHROMIUM_PATH", fallback: "/usr/bin/chromium", pkg: "chromium" },
  { label: "soffice", env: "SOFFICE_PATH", command: "soffice", pkg: "libreoffice-calc-nogui" },
  { label: "pdftotext", env: "PDFTOTEXT_PATH", command: "pdftotext", pkg: "poppler-utils" },
  {
    label: "Liberation fonts",
    directory: "/usr/share/fonts/truetype/liberation",
    pkg: "fonts-liberation",
  },
  // Calibri's metric twin: an .xlsx column width counts digits of the workbook's default font (Calibri), so
  // without it LibreOffice draws every column about a fifth wider than Excel and the report's print test fails.
  {
    label: "Carlito font",
    directory: "/usr/share/fonts/truetype/crosextra",
    pkg: "fonts-crosextra-carlito",
  },
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** Null when the tool is there; else what is wrong, in a few words. */
function whatIsMissing(tool) {
  if (tool.directory)
    return existsSync(tool.directory) ? null : `${tool.label} (${tool.directory})`;
  const chosen = tool.env && process.env[tool.env];
  if (chosen) return isExecutable(chosen) ? null : `${tool.label} (${tool.env}=${chosen})`;
  if (tool.command) return onPath(tool.command) ? null : tool.label;
  return isExecutable(tool.fallback) ? null : `${tool.label} (${tool.fallback})`;
}

function missingTools() {
  return TOOLS.map((tool) => ({ tool, missing: whatIsMissing(tool) })).filter((t) => t.missing);
}

function canInstall() {
  return typeof process.getuid === "function" && process.getuid() === 0 && onPath("apt-get");
}

function say(line) {
  process.stderr.write(line + "\n");
}

function run(args) {
  const result = spawnSync(args[0], args.slice(1), {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function main() {
  const missing = missingTools();
  if (missing.length === 0) return 0;
  // A path set by hand that leads nowhere is the user's to correct: installing a package would not change it.
  const misdirected = missing.filter((m) => m.tool.env && process.env[m.tool.env]);
  if (misdirected.length > 0) {
    say(
      `Không tìm thấy / not found: ${misdirected.map((m) => m.missing).join(", ")}: ` +
        `sửa hoặc bỏ biến này / correct or unset that variable.`
    );
    return 1;
  }
  const names = missing.map((m) => m.missing).join(", ");
  const packages = [...new Set(missing.map((m) => m.tool.pkg))];
  const installLine = `apt-get install ${packages.join(" ")}`;
  if (!canInstall()) {
    say(
      `Thiếu chương trình cho kiểm thử / missing for the tests: ${names}. ` +
        `Cài bằng / install with: sudo ${installLine} ` +
        `(hoặc đặt / or set CHROMIUM_PATH, SOFFICE_PATH, PDFTOTEXT_PATH).`
    );
    return 1;
  }
  const started = Date.now();
  say(
    `Cài đặt cho kiểm thử / installing for the tests: ${packages.join(" ")} (lần đầu 1–3 phút / first run 1–3 min)…`
  );
  const installed =
    run([onPath("apt-get"), "update", "-qq"]) &&
    run([onPath("apt-get"), "install", "-y", "-qq", ...packages]);
  const still = missingTools();
  if (!installed || still.length > 0) {
    say(
      `Không cài được / could not install: ${(still.length ? still : missing).map((m) => m.missing).join(", ")}. ` +
        `Thử / try: sudo apt-get update && sudo ${installLine}`
    );
    return 1;
  }
  say(`Đã cài / installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return 0;
}

process.exitCode = main();
