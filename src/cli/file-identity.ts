/**
 * Which register a file holds, so that none is counted twice in one run: by the file a path names (a link,
 * "./a.xlsx", another letter case), and by its content (the same register copied under another name).
 */
import { createHash } from "crypto";
import { promises as fs } from "fs";
import { type CellValue, type Grid, isCellError } from "../core/grid";

export interface FileIdentity {
  /** Device and inode: the same for every path that names the file — a link, "./a.xlsx", another letter case. */
  readonly id: string;
  readonly directory: boolean;
}

/** Which file a path names; null when nothing is there. */
export async function fileIdentity(path: string): Promise<FileIdentity | null> {
  try {
    const stats = await fs.stat(path, { bigint: true });
    return { id: `${stats.dev}:${stats.ino}`, directory: stats.isDirectory() };
  } catch {
    return null;
  }
}

/** A cell as the content identity sees it: its kind and its value, so that 1955 and "1955" differ. */
function cellKey(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return "d" + value.getTime();
  if (isCellError(value)) return "e" + value.error;
  return (typeof value)[0] + String(value);
}

/**
 * The content of the member sheets of a file: their names and every cell. Two files with the same identity
 * hold the same register, whatever their names and however each was saved (zip timestamps, styles).
 */
export function contentIdentity(grids: readonly Grid[]): string {
  const hash = createHash("sha256");
  for (const grid of grids) {
    hash.update(`\u0001${grid.sheet}\u0001${grid.originRow}:${grid.originCol}\n`);
    for (const row of grid.rows) hash.update(row.map(cellKey).join("\u0000") + "\n");
  }
  return hash.digest("hex");
}
