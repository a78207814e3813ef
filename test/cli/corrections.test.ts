/**
 * The command line's corrections of how a register is read (issue 14): `--map`, `--header-rows`, and
 * `--count-former`, with `check --json` printing the layout each sheet was read with.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { writeWorkbook } from "../report/workbooks";

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let file: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "club-report-map-"));
  file = join(dir, "doi-tuong.xlsx");
  await writeWorkbook(file, [
    {
      name: "Danh sách",
      rows: [
        ["DANH SÁCH HỘI VIÊN"],
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Đối tượng", "Mã hộ"],
        [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Hộ nghèo", "A1"],
        [2, "Vàng A Sử", "Nam", 1960, "Mông", "NCT", "A2"],
        [3, "Lò Văn Sơn", "Nam", 1950, "Thái", "Đã mất", "A3"],
      ],
    },
  ]);
});

const DATE = ["--report-date", "2024-06-30"];

test("check --json prints the layout each sheet was read with, each role by the name --map takes", async () => {
  const { code, stdout } = await cli(["check", "--json", ...DATE, file]);
  expect(code).toBe(0);
  const layout = JSON.parse(stdout).files[0].sheets[0].layout;
  expect(layout.headerRows).toEqual([2]);
  expect(layout.columns.map((c: { column: string; role: string }) => [c.column, c.role])).toEqual([
    ["A", "no"],
    ["B", "name"],
    ["C", "gender"],
    ["D", "birth"],
    ["E", "ethnicity"],
    ["F", "notes"],
    ["G", "ignore"],
  ]);
});

test("as detected, “Đối tượng” is notes: the member who died is not counted, the one noted NCT is not poor", async () => {
  const { stdout } = await cli(["stats", "--json", ...DATE, file]);
  const total = JSON.parse(stdout).total;
  expect([total.members, total.formerMembers, total.poor, total.povertyUnknown]).toEqual([
    2, 1, 1, 0,
  ]);
});

test("--map makes “Đối tượng” the poverty column: a text that is no status is then unknown, not “none”", async () => {
  const { code, stdout } = await cli([
    "stats",
    "--json",
    ...DATE,
    "--map",
    "đối tuong=poverty",
    file,
  ]);
  expect(code).toBe(0);
  const total = JSON.parse(stdout).total;
  // "NCT" is no household status: unknown. "Đã mất", written where the status goes, is still a departure.
  expect([total.members, total.poor, total.povertyUnknown]).toEqual([2, 1, 1]);
});

test("--count-former counts the member who left, and still counts them apart", async () => {
  const { stdout } = await cli(["stats", "--json", ...DATE, "--count-former", file]);
  const total = JSON.parse(stdout).total;
  expect([total.members, total.formerMembers]).toEqual([3, 1]);
});

test("--map may be repeated; a column letter names a column; --header-rows sets the header", async () => {
  const { stdout } = await cli([
    "check",
    "--json",
    ...DATE,
    "--map",
    "G=notes",
    "--map=E=ignore",
    "--header-rows",
    "2",
    file,
  ]);
  const columns = JSON.parse(stdout).files[0].sheets[0].layout.columns;
  expect(columns.find((c: { column: string }) => c.column === "G")).toMatchObject({
    role: "notes",
    reason: "user",
  });
  expect(columns.find((c: { column: string }) => c.column === "E").role).toBe("ignore");
});

test("a target no column answers to, a mapping without a role, bad header rows: one line each, exit 2", async () => {
  const unmatched = await cli(["stats", ...DATE, "--map", "Hộ khẩu=poverty", file]);
  expect(unmatched.code).toBe(2);
  expect(unmatched.stderr.trim().split("\n")).toEqual([
    expect.stringContaining("không trang nào có cột “Hộ khẩu” (--map)"),
  ]);
  const noRole = await cli(["stats", ...DATE, "--map", "Đối tượng=poor", file]);
  expect(noRole.code).toBe(2);
  expect(noRole.stderr).toContain("--map không hiểu “Đối tượng=poor”");
  expect(noRole.stderr).toContain("poverty, club");
  const rows = await cli(["stats", ...DATE, "--header-rows", "7-5", file]);
  expect(rows.code).toBe(2);
  expect(rows.stderr).toContain("--header-rows không hiểu “7-5”");
});
