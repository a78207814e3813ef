/**
 * Inputs the system refuses, each named as it is in one line with exit code 2 — a folder, a file the user may
 * not read, a name longer than 255 bytes, a named pipe (refused at once, not waited on), a sheet name Excel does
 * not allow — and values out of range named as out of range rather than as malformed.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { FIRST_YEAR, LAST_YEAR } from "../../src/core/values";
import {
  checkIssues,
  editZip,
  HEADER,
  type Ran,
  runCli,
  STACK_FRAME,
  tempFolder,
  writeBook,
  memberRow,
} from "./trap-workbooks";

const ROOT = join(__dirname, "../..");
const dir = tempFolder("club-report-files-");

async function register(name: string): Promise<string> {
  return writeBook(join(dir(), name), [
    {
      name: "Danh sách",
      rows: [HEADER, memberRow(1, "Lò Thị Hoa", { birth: 1899 })],
    },
  ]);
}

/** One line on stderr, exit 2, nothing on stdout, no stack. */
function expectOneLine(ran: Ran, line: string): void {
  expect([ran.code, ran.stdout, ran.stderr]).toEqual([2, "", line + "\n"]);
  expect(ran.stderr).not.toMatch(STACK_FRAME);
}

/**
 * The command in one file anyone may read: a checkout under a private home (/root on CI) is closed to "nobody".
 */
function bundledCommand(): string {
  const out = join(dir(), "club-report.cjs");
  buildSync({
    // The entry runs itself when it is the program, as it is here.
    entryPoints: [join(ROOT, "src/cli/main.ts")],
    bundle: true,
    platform: "node",
    outfile: out,
    logLevel: "error",
  });
  chmodSync(out, 0o755);
  return out;
}

/**
 * The command as another user: root reads every file whatever its mode, so a denied read is shown by running
 * as "nobody" (when the tests run as root), as a user without the right would.
 */
function spawnAs(uid: number | undefined, args: readonly string[]): Promise<Ran> {
  const command = bundledCommand();
  return new Promise((resolve) => {
    const options =
      uid === undefined ? {} : { uid, gid: uid, env: { ...process.env, HOME: "/tmp" } };
    execFile(process.execPath, [command, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

describe("inputs the system refuses", () => {
  it("a folder is named as a folder", async () => {
    const folder = join(dir(), "thu-muc.xlsx");
    mkdirSync(folder);
    expectOneLine(
      await runCli(["check", folder, "--lang", "en"]),
      `club-report: error: “${folder}” is a folder, not a file; name the .xlsx files in it.`
    );
  });

  it("a named pipe is refused at once, not waited on", async () => {
    const pipe = join(dir(), "ong.xlsx");
    execFileSync("mkfifo", [pipe]);
    expectOneLine(
      await runCli(["stats", pipe, "--lang", "en"]),
      `club-report: error: “${pipe}” is not a regular file (it may be a pipe, a device or a socket); name an .xlsx file.`
    );
  });

  it("a name longer than 255 bytes is named as too long", async () => {
    // 100 letters of two bytes each and an extension: 205 characters, 305 bytes.
    const long = join(dir(), "đ".repeat(100) + "a".repeat(100) + ".xlsx");
    expectOneLine(
      await runCli(["check", long]),
      `club-report: lỗi: tên “${long}” quá dài: mỗi tên tệp hoặc thư mục chỉ được tối đa 255 byte. Hãy đổi sang tên ngắn hơn.`
    );
  });

  it("an output name longer than 255 bytes is named as too long, and nothing is written", async () => {
    const file = await register("dau-vao.xlsx");
    const long = join(dir(), "b".repeat(260) + ".xlsx");
    expectOneLine(
      await runCli(["report", file, "--out", long, "--lang", "en"]),
      `club-report: error: the name “${long}” is too long: a file or folder name may have at most 255 bytes. Rename it to something shorter.`
    );
    expect(readdirSync(dir()).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a file the user may not read is named as such", async () => {
    const file = await register("khong-quyen.xlsx");
    chmodSync(file, 0o000);
    chmodSync(dir(), 0o755);
    const asRoot = process.getuid?.() === 0;
    const ran = await spawnAs(asRoot ? 65534 : undefined, ["check", file, "--lang", "en"]);
    expectOneLine(
      ran,
      `club-report: error: no permission to read “${file}”. Ask for read access, or copy the file to a folder of your own and run again.`
    );
  });

  it("a sheet name Excel does not allow is named, with the sheet", async () => {
    const file = await register("ten-trang.xlsx");
    await editZip(file, {
      "xl/workbook.xml": (xml) => xml.replace('name="Danh sách"', 'name="Danh [sách]"'),
    });
    expectOneLine(
      await runCli(["check", file, "--lang", "en"]),
      `club-report: error: “${file}” has a sheet named “Danh [sách]”, a name Excel does not allow (empty, taken twice, holding * ? : \\ / [ ], or starting or ending with '). Open the file in LibreOffice, rename that sheet and save it again as .xlsx.`
    );
  });
});

describe("values out of range", () => {
  it("a year of birth of 1899 is said to be outside 1900–2100, not to lack four digits", async () => {
    const file = await register("1899.xlsx");
    const { issues } = await checkIssues([file], "--report-date", "2024-12-31", "--lang", "en");
    expect(issues.find((i) => i.cell === "D2")?.message).toBe(
      "The year of birth “1899” in D2 cannot be read. A year of birth is a year from 1900 to 2100 (e.g. 1955) or a full date of birth as day/month/year (e.g. 05/03/1955)."
    );
  });

  it("a report date in 1899 is said to be out of range", async () => {
    expectOneLine(
      await runCli(["stats", "a.xlsx", "--report-date", "1899-12-31", "--lang", "en"]),
      "club-report: error: the report date “1899-12-31” is outside the years 1900–2100 the tool can count. Write a date within them, e.g. 2024-12-31."
    );
  });

  it("the years the messages give are the years the reader reads", () => {
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([1900, 2100]);
  });
});
