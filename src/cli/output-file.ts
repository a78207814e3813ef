/**
 * The report's output file: it may not be an input (inputs are never written), an existing file is replaced
 * only with --force, and it is written whole or not at all (a temporary file renamed over it).
 */
import { promises as fs } from "fs";
import { dirname, join } from "path";
import { fail, type Failure } from "./failure";
import { fileIdentity } from "./file-identity";

/**
 * Checked before any input is read. Files are compared by identity, so an input named by another path is still
 * caught. A path where nothing is yet cannot be an input, which exists.
 */
export async function checkOutput(
  out: string,
  inputs: readonly string[],
  force: boolean
): Promise<Failure | null> {
  if (!out.toLowerCase().endsWith(".xlsx")) return fail("cli.fail.out-not-xlsx", { file: out });
  const target = await fileIdentity(out);
  if (target === null) return null;
  if (target.directory) return fail("cli.fail.out-not-file", { file: out });
  for (const input of inputs) {
    if ((await fileIdentity(input))?.id === target.id) {
      return fail("cli.fail.out-is-input", { file: out });
    }
  }
  return force ? null : fail("cli.fail.out-exists", { file: out });
}

/**
 * Writes through a temporary file in the same folder, so a failed write never leaves half a workbook. The
 * temporary name does not grow with the output's, so an output name the system takes is never refused for it.
 */
export async function writeOutput(
  out: string,
  write: (file: string) => Promise<void>
): Promise<Failure | null> {
  const temporary = join(dirname(out), `.club-report-${process.pid}.tmp`);
  try {
    await write(temporary);
    await fs.rename(temporary, out);
    return null;
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (detail === "ENAMETOOLONG") return fail("cli.fail.name-too-long", { file: out });
    return fail("cli.fail.out-unwritable", { file: out, detail });
  }
}
