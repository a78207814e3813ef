/**
 * Amounts no club can hold (1e20, 1e308, a number too large for the file format) are flagged at their cells;
 * totals are exact — a sum too large to be exact in a double is unknown, never "Infinity" or wrong digits — and
 * neither text nor JSON ever prints Infinity or NaN.
 */
import { join } from "node:path";
import {
  checkIssues,
  editZip,
  HEADER,
  runCli,
  statsTotal,
  tempFolder,
  writeBook,
  DATE,
  memberRow,
} from "./trap-workbooks";

const dir = tempFolder("club-report-money-");

async function withLoans(name: string, loans: readonly (number | string)[]): Promise<string> {
  const rows = loans.map((loan, i) => memberRow(i + 1, `Lò Thị ${i + 1}`, { birth: 1950 + i, loan }));
  return writeBook(join(dir(), name), [{ name: "Danh sách", rows: [HEADER, ...rows] }]);
} // prettier-ignore

const NEVER = /Infinity|NaN|\de\+\d/;

describe("implausible amounts and exact totals", () => {
  it.each([
    ["1e308", 1e308],
    ["1e20", 1e20],
  ])("a loan of %s is flagged at its cell; the total is unknown, not Infinity or wrong digits", async (_name, huge) => {
    const file = await withLoans(`vay-${huge === 1e20 ? "lon" : "tran"}.xlsx`, [5_000_000, huge]);
    const { code, issues } = await checkIssues([file], ...DATE, "--lang", "en");
    expect(code).toBe(1);
    const flagged = issues.filter((i) => i.rule === "cell.money-implausible");
    expect(flagged.map((i) => [i.cell, i.severity])).toEqual([["H3", "error"]]);
    expect(flagged[0].message).toMatch(
      /^The amount 100(,000)+ VND in H3 \(loan amount\) is above the plausible 10,000,000,000 VND for one member: digits may have been typed twice\. Check the amount\.$/
    );

    const { total } = await statsTotal([file], ...DATE);
    expect(total).toMatchObject({ borrowers: 2, loanTotal: null, loanPerBorrower: null });
    for (const args of [["--lang", "en"], ["--json"], []]) {
      const { stdout } = await runCli(["stats", file, ...DATE, ...args]);
      expect(stdout).not.toMatch(NEVER);
    }
    const text = (await runCli(["stats", file, ...DATE, "--lang", "en"])).stdout;
    expect(text).toMatch(/^Total lent \(VND\)$/m);
    const check = (await runCli(["check", file, ...DATE])).stdout;
    expect(check).not.toMatch(NEVER);
  }); // prettier-ignore

  it("a large but exact total is printed to the đồng, the implausible amount in it flagged", async () => {
    const file = await withLoans("vay-lon.xlsx", [5_000_000, 20_000_000_000, 3_000_000]);
    const { issues } = await checkIssues([file], ...DATE);
    expect(issues.filter((i) => i.rule === "cell.money-implausible").map((i) => i.cell)).toEqual([
      "H3",
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.loanTotal).toBe(20_008_000_000);
    const { stdout } = await runCli(["stats", file, ...DATE, "--lang", "en"]);
    expect(stdout).toMatch(/^Total lent \(VND\) +20,008,000,000 +20,008,000,000$/m);
  });

  it("sums amounts with decimals without float drift", async () => {
    // 0.1 + 0.2 is 0.30000000000000004 in a double; 3 × 33,333.33 is 99,999.99000000001.
    const file = await withLoans("vay-le.xlsx", [0.1, 0.2, 33_333.33, 33_333.33, 33_333.33]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.loanTotal).toBe(100_000.29);
  });

  it("reads a number too large for the file format as #NUM!, named as unreadable, never Infinity", async () => {
    const file = await withLoans("vay-tran.xlsx", [5_000_000, 7_000_000, "4" + "0".repeat(400)]);
    await editZip(file, {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace(/(<c r="H3"[^>]*>)<v>7000000<\/v>/, "$1<v>1e999</v>"),
    });
    const { issues } = await checkIssues([file], ...DATE, "--lang", "en");
    const unread = issues.filter((i) => i.rule === "cell.unreadable");
    expect(unread.map((i) => [i.cell, i.value])).toEqual([
      ["H3", "#NUM!"],
      ["H4", "4" + "0".repeat(400)],
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.loanTotal).toBe(5_000_000);
    for (const command of ["check", "stats"]) {
      for (const json of [[], ["--json"]]) {
        expect((await runCli([command, file, ...DATE, ...json])).stdout).not.toMatch(
          /Infinity|NaN/
        );
      }
    }
  });
});
