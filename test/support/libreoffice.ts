/**
 * LibreOffice as an independent formula engine: it opens .xlsx files, recalculates every formula (cached results
 * are ignored, and exceljs writes none), and saves them again, so the figures can be read back by address.
 *
 * Each call starts soffice once for all the files it is given, in a profile of its own: a profile that says
 * "always recalculate on load" (OOXMLRecalcMode 0; the default asks, and headless means never), and that no
 * other soffice (a user's desktop session, another test file) holds locked.
 */
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/**
 * Converts each file with one soffice start, into `outDir` under the same base name with the new extension.
 * `format`: a --convert-to target ("xlsx", "pdf", "csv:…"). Returns the converted files, in input order.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outDir: string
): Promise<string[]> {
  const names = files.map((file) => basename(file).replace(/\.[^.]+$/, ""));
  if (new Set(names).size !== names.length) {
    throw new Error(`files to convert must have different names: ${names.join(", ")}`);
  }
  const profile = await mkdtemp(join(tmpdir(), "club-report-lo-"));
  try {
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    await mkdir(outDir, { recursive: true });
    // A file left from an earlier run must not pass for this run's output.
    const extension = format.split(":")[0];
    await Promise.all(
      names.map((base) => rm(join(outDir, `${base}.${extension}`), { force: true }))
    );
    const log = await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...files,
      ],
      180_000
    );
    const made = new Set(await readdir(outDir));
    return names.map((base) => {
      const name = `${base}.${extension}`;
      if (!made.has(name)) throw new Error(`LibreOffice did not write ${name}:\n${log}`);
      return join(outDir, name);
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** A recalculated cell: a number, text, boolean, an error ("#VALUE!") or null when blank. */
export type Recalculated = number | string | boolean | { error: string } | null;

function plain(value: ExcelJS.CellValue): Recalculated {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  return null;
}

/**
 * A cell's value, or a formula's result. A formula's result is read from `cell.result`: exceljs's `cell.value`
 * leaves out a result of 0 (it copies only truthy fields), which would read as blank.
 */
function cellValue(cell: ExcelJS.Cell): Recalculated {
  if (cell.type === ExcelJS.ValueType.Formula) return plain(cell.result as ExcelJS.CellValue);
  return plain(cell.value);
}

/** The values of one sheet of a workbook LibreOffice saved, by A1 address. */
export interface RecalculatedSheet {
  readonly name: string;
  value(address: string): Recalculated;
}

export interface RecalculatedWorkbook {
  sheet(name: string): RecalculatedSheet;
}

/**
 * Recalculates each .xlsx with LibreOffice (one start for all) and reads the results back. The originals are
 * left untouched; the recalculated copies live in a temporary folder removed before returning.
 */
export async function recalculate(files: readonly string[]): Promise<RecalculatedWorkbook[]> {
  const outDir = await mkdtemp(join(tmpdir(), "club-report-recalc-"));
  try {
    const converted = await convertWithLibreOffice(files, "xlsx", outDir);
    const workbooks: RecalculatedWorkbook[] = [];
    for (const file of converted) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      workbooks.push({
        sheet(name) {
          const worksheet = workbook.getWorksheet(name);
          if (!worksheet) throw new Error(`LibreOffice's copy of ${file} has no sheet "${name}"`);
          return { name, value: (address) => cellValue(worksheet.getCell(address)) };
        },
      });
    }
    return workbooks;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
