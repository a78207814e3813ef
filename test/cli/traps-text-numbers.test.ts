/**
 * A trap of issue 19 left to the report's formulas: numbers stored as text ('1950, "5000000") are counted by
 * `stats`, and by the report, whose data sheet looks each text up in its vocabulary of core's readings.
 * (Repeated header rows and filled-down rows, the reader's traps, are in trap-reader.test.ts.)
 */
import { join } from "node:path";
import {
  HEADER,
  type Row,
  runCli,
  statsTotal,
  tempFolder,
  writeBook,
  DATE,
  recalculatedReport,
  memberRow,
} from "./trap-workbooks";

const dir = tempFolder("club-report-reader-traps-");

const member = (
  n: number,
  name: string,
  birth: number | string,
  loan: number | string | null
): Row => memberRow(n, name, { birth, role: "Thành viên", loan });

describe("reader traps (pending the report's formulas)", () => {
  it("numbers stored as text are counted by the report as stats counts them (LibreOffice recalculates)", async () => {
    const file = await writeBook(join(dir(), "so-dang-chu.xlsx"), [
      {
        name: "Danh sách",
        rows: [
          HEADER,
          member(1, "Lò Thị Hoa", "1950", "5000000"),
          member(2, "Lò Thị Mai", "1960", "3000000"),
          member(3, "Lò Thị Xá", 1990, null),
        ],
      },
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total).toMatchObject({ olderMembers: 2, borrowers: 2, loanTotal: 8_000_000 });

    const out = join(dir(), "bao-cao-so-dang-chu.xlsx");
    const args = ["report", file, "--out", out, ...DATE];
    expect((await runCli(args)).code).toBe(0);
    const report = await recalculatedReport(file, out, args);
    for (const indicator of ["olderMembers", "borrowers", "loanTotal"] as const) {
      expect([indicator, report.total(indicator)]).toEqual([indicator, total[indicator]]);
    }
  });
});
