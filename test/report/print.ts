/**
 * The report as it prints: a copy of a workbook with only the report's sheets visible, printed to PDF by
 * LibreOffice, and the PDF's words with their boxes as poppler's `pdftotext -bbox` measures them.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../support/libreoffice";

const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? "pdftotext";
const MM_PER_POINT = 25.4 / 72;

/**
 * Hides every sheet but `visible` (their cells still feed the formulas) and makes the first visible one active,
 * as LibreOffice prints the visible sheets in order. Done on the workbook before it is first written: exceljs
 * drops a sheet's page breaks when it reads a file, so a copy read back would print differently.
 */
export function showOnly(workbook: ExcelJS.Workbook, visible: readonly string[]): void {
  for (const sheet of workbook.worksheets) {
    sheet.state = visible.includes(sheet.name) ? "visible" : "hidden";
  }
  const active = workbook.worksheets.findIndex((sheet) => sheet.name === visible[0]);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: active,
      activeTab: active,
      visibility: "visible",
    },
  ];
}

/** Prints the files (one LibreOffice start) into `outDir`; returns the PDFs in order. */
export function printToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  return convertWithLibreOffice(files, "pdf", outDir);
}

export interface Word {
  readonly text: string;
  /** Millimetres from the page's left and top edges. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Box height in points (poppler's box: the font's bounding box at its size). */
  readonly height: number;
}

export interface Page {
  /** Millimetres. */
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every page of a PDF with its words, as `pdftotext -bbox` reports them. */
export async function measurePdf(pdf: string): Promise<Page[]> {
  const html = join(pdf.replace(/[^/]+$/, ""), `${basename(pdf, ".pdf")}.bbox.html`);
  await promisify(execFile)(PDFTOTEXT, ["-bbox", pdf, html]);
  const text = await readFile(html, "utf8");
  return text
    .split("<page ")
    .slice(1)
    .map((page) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
      if (!size) throw new Error(`pdftotext gave a page without a size in ${pdf}`);
      const words = [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ].map((m) => {
        const [xMin, yMin, xMax, yMax] = m.slice(1, 5).map(Number);
        return {
          text: decode(m[5]),
          left: xMin * MM_PER_POINT,
          top: yMin * MM_PER_POINT,
          right: xMax * MM_PER_POINT,
          bottom: yMax * MM_PER_POINT,
          height: yMax - yMin,
        };
      });
      return {
        width: Number(size[1]) * MM_PER_POINT,
        height: Number(size[2]) * MM_PER_POINT,
        words,
      };
    });
}
