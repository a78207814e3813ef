/**
 * Formulas saved without their computed value, as generators write them (the zip of an exceljs workbook edited
 * to drop the cached <v> results): such a cell is named with what to do, never read as blank (a "missing" year
 * of birth) or as 0 (a loan). A formula that is a plain constant is read as its constant, which is exactly
 * what Excel computes. Saving the file with LibreOffice, as the message advises, stores the values.
 */
import { join } from "node:path";
import { constantFormula } from "../../src/cli/xlsx-grid";
import { convertWithLibreOffice } from "../support/libreoffice";
import {
  checkIssues,
  editZip,
  HEADER,
  statsTotal,
  tempFolder,
  writeBook,
  DATE,
} from "./trap-workbooks";

const dir = tempFolder("club-report-formulas-");

/**
 * Row 2: Hoa, gender ="Nữ", birth =1950+5, loan =5000000*1 — all saved without values.
 * Row 3: Sử, birth =1962 and loan =2000000, constants saved without values.
 * Row 4: Xá, loan =3000000+0 saved with its value, as Excel saves it.
 */
async function generated(name: string): Promise<string> {
  const file = join(dir(), name);
  const f = (formula: string, result: number | string) => ({ formula, result });
  await writeBook(file, [
    {
      name: "Danh sách",
      rows: [
        HEADER,
        [1, "Lò Thị Hoa", f('"Nữ"', "Nữ"), f("1950+5", 1955), "Thái", "Nà Lằng", "Chủ nhiệm", f("5000000*1", 5_000_000)],
        [2, "Vàng A Sử", "Nam", f("1962", 1962), "Mông", "Nà Lằng", "Thành viên", f("2000000", 2_000_000)],
        [3, "Lý Mé Xá", "Nữ", 1958, "Hà Nhì", "Nà Lằng", "Thành viên", f("3000000+0", 3_000_000)],
      ],
    },
  ]); // prettier-ignore
  await editZip(file, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(/(<c r="(?:C2|D2|H2|D3|H3)"[^>]*>)(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1$2"),
  });
  return file;
}

describe("formulas saved without their computed value", () => {
  it("are named at their cells with what to do, neither blank nor 0", async () => {
    const file = await generated("xuat-tu-phan-mem.xlsx");
    const { code, issues } = await checkIssues([file], ...DATE, "--lang", "en");
    expect(code).toBe(1);
    const cells = issues.filter((i) => i.cell !== null);
    expect(cells.map((i) => [i.rule, i.cell])).toEqual([
      ["cell.uncalculated", "D2"],
      ["cell.uncalculated", "H2"],
    ]);
    expect(cells[0].message).toBe(
      "D2 holds a formula whose result the file does not store (files exported by other programs often lack them), so the year of birth of the member in row 2 is unknown. Open the file in Excel or LibreOffice and save it, so that the results are stored, then run again."
    );
    expect(issues.map((i) => i.rule)).not.toContain("cell.required");

    // Hoa's age and loan are unknown, not "no loan": the total is the two loans that are known.
    const { total } = await statsTotal([file], ...DATE);
    expect(total).toMatchObject({
      members: 3,
      women: 2,
      ageUnknown: 1,
      olderMembers: 2,
      borrowers: 2,
      loanTotal: 5_000_000,
    });
  });

  it("are read once LibreOffice has opened and saved the file, as the message advises", async () => {
    const file = await generated("truoc-khi-luu.xlsx");
    const [saved] = await convertWithLibreOffice([file], "xlsx", join(dir(), "da-luu"));
    const { issues } = await checkIssues([saved], ...DATE);
    expect(issues.filter((i) => i.cell !== null)).toEqual([]);
    const { total } = await statsTotal([saved], ...DATE);
    expect(total).toMatchObject({
      ageUnknown: 0,
      olderMembers: 3,
      borrowers: 3,
      loanTotal: 10_000_000,
    });
  });

  it.each([
    ["1955", 1955],
    ["-5", -5],
    ["+2.5E6", 2_500_000],
    ['"Nữ"', "Nữ"],
    ['"Nói ""có"""', 'Nói "có"'],
    ['""', ""],
    ["TRUE", true],
    ["false", false],
    ["1e999", { error: "#NUM!" }],
  ])("the constant formula =%s is read as %j, as Excel computes it", (formula, value) => {
    expect(constantFormula(formula)).toEqual(value);
  });

  it.each([["1950+5"], ["A1"], ["DATE(1955,3,1)"], ['"a"&"b"'], ["-A1"], ["TRUE()"]])(
    "=%s is not a constant: its value is left unknown",
    (formula) => {
      expect(constantFormula(formula)).toBeNull();
    }
  );
});
