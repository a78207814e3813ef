import { promises as fs } from "fs";

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
