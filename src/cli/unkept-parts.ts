/**
 * What an exceljs copy of a workbook loses. exceljs reads and writes cells, styles, merges, formulas, names,
 * comments and data validation, but drops charts, pivot tables and slicers without a word (exceljs issues #141,
 * #261, #2607). The report says so rather than hand over a copy that is silently poorer than the original.
 *
 * Part names are stored uncompressed in a zip's headers, so they are found in the raw bytes without unzipping.
 */
import { promises as fs } from "fs";

export type UnkeptPart = "charts" | "pivot-tables" | "slicers";

const PART_FOLDERS: Readonly<Record<UnkeptPart, readonly string[]>> = {
  charts: ["xl/charts/", "xl/chartsheets/"],
  "pivot-tables": ["xl/pivotTables/", "xl/pivotCache/"],
  slicers: ["xl/slicers/", "xl/slicerCaches/"],
};

export async function unkeptParts(file: string): Promise<UnkeptPart[]> {
  const bytes = await fs.readFile(file);
  return (Object.keys(PART_FOLDERS) as UnkeptPart[]).filter((part) =>
    PART_FOLDERS[part].some((folder) => bytes.includes(folder, 0, "latin1"))
  );
}
