/**
 * Output of any size: a sheet of 65,000 names with a trailing space makes 130,000 issue lines (each note and its
 * suggestion), past the ~125,000 at which listing them crashed ("Maximum call stack size exceeded"). The text
 * report lists the first 500 and says how to see the rest; --all lists them all; --json gives them all, written in
 * pieces that make the same text as one JSON.stringify.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { streamedList, streamJson } from "../../src/cli/json-stream";
import { run } from "../../src/cli/main";
import { DATE, HEADER, runCli, tempFolder, writeBook } from "./trap-workbooks";

const dir = tempFolder("club-report-size-");
const ROWS = 65_000;

let file: string;
beforeAll(async () => {
  file = join(dir(), "lon.xlsx");
  // The streaming writer keeps memory flat while the rows are written.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= ROWS; i++) {
    sheet.addRow([i, `Thành viên ${i} `, i % 2 ? "Nữ" : "Nam", 1940 + (i % 60), "Thái", "Nà Lằng", null, null]).commit();
  }
  sheet.commit();
  await workbook.commit();
}); // prettier-ignore

describe("a check with 130,000 issue lines", () => {
  it("lists the first 500 issues in text, with their count and how to see them all", async () => {
    const { code, stdout, stderr } = await runCli(["check", file, ...DATE, "--lang", "en"]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThan(1_100);
    // One note per name, and the club's few warnings (65,000 members, its shares).
    const counts =
      /^ {2}Sheet “Danh sách”: 65000 members; 0 errors, (\d) warnings, 65000 notes$/.exec(lines[1]);
    expect(counts).not.toBeNull();
    const total = ROWS + Number(counts?.[1]);
    expect(lines).toContain(`    … and ${total - 500} more issues on this sheet, not listed.`);
    expect(lines.at(-1)).toBe(
      `Only 500 of the ${total} issues are listed. Add --all to list them all, or --json for all of them as JSON.`
    );
  });

  it("lists every issue with --all, without a crash", async () => {
    const { code, stdout, stderr } = await runCli(["check", file, ...DATE, "--all"]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.split("\n");
    expect(lines.length).toBeGreaterThan(2 * ROWS);
    expect(lines.filter((line) => line.includes("Gợi ý: “Thành viên"))).toHaveLength(ROWS);
    expect(stdout).not.toContain("--all");
  });

  it("gives every issue as JSON", async () => {
    const { code, stdout, stderr } = await runCli(["check", file, ...DATE, "--json"]);
    expect([code, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout);
    const { errors, warnings, infos } = json.summary;
    expect([errors, infos]).toEqual([0, ROWS]);
    expect(json.files[0].sheets[0].issues).toHaveLength(ROWS + warnings);
  });
});

describe("a slow reader", () => {
  it("is waited on: no piece is handed over before the one before it is taken", async () => {
    const small = join(dir(), "vua.xlsx");
    await writeBook(small, [
      {
        name: "Danh sách",
        rows: [
          HEADER,
          ...Array.from({ length: 3_000 }, (_, i) => [
            i + 1,
            `Tên ${i} `,
            "Nữ",
            1950,
            "Thái",
            "Nà Lằng",
            null,
            null,
          ]),
        ],
      },
    ]);
    let pending = 0;
    let most = 0;
    let pieces = 0;
    const code = await run(["check", small, ...DATE, "--json"], {
      // Each piece is taken a moment later, as a pipe to a busy reader would take it.
      out: () => {
        pieces++;
        most = Math.max(most, ++pending);
        return new Promise<void>((resolve) => setImmediate(() => resolve(void pending--)));
      },
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect(pieces).toBeGreaterThan(10);
    expect(most).toBe(1);
  });
});

describe("JSON written in pieces", () => {
  it("is the text JSON.stringify makes of the whole, in newline-ended pieces", () => {
    const issues = Array.from({ length: 3_000 }, (_, i) => ({
      rule: "text.stray-spaces",
      message: `dòng ${i}\n"trích dẫn" \u0000`,
      nested: { list: [i, null, true] },
    }));
    const whole = {
      files: [
        {
          file: "a.xlsx",
          sheets: [
            { sheet: "A", issues },
            { sheet: "B", issues: [] },
          ],
        },
        { file: "b.xlsx", sheets: [] },
      ],
      summary: { errors: 0 },
    };
    const lists: (() => Iterable<unknown>)[] = [];
    const skeleton = {
      ...whole,
      files: whole.files.map((f) => ({
        ...f,
        sheets: f.sheets.map((s) => ({ ...s, issues: streamedList(lists, () => s.issues) })),
      })),
    };
    const pieces = [...streamJson(skeleton, lists)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => piece.endsWith("\n"))).toBe(true);
    expect(pieces.join("")).toBe(JSON.stringify(whole, null, 2) + "\n");
  });
});
