/**
 * Whether a register can say who is in hardship ("hoàn cảnh khó khăn"): a column whose header names poor and
 * near-poor households only cannot, as ticks under "Hộ nghèo" | "Hộ cận nghèo" cannot; its hardship figures are
 * unknown with a warning saying why, never 0. A header that names no status, or a member in hardship, can.
 */
import type { CellValue } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/indicators";
import { readMemberTable } from "../../../src/core/register";
import { unrecordedPoverty, validate } from "../../../src/core/validation";

const REFERENCE = { year: 2024, month: 6, day: 30 };

function hardshipOf(header: string, statuses: CellValue[]) {
  const table = readMemberTable({
    sheet: "Khe Dòng",
    originRow: 1,
    originCol: 1,
    rows: [
      ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", header],
      ...statuses.map((status, i) => [i + 1, `Thành viên ${i + 1}`, 1950, "Nữ", "Tày", status]),
    ],
  });
  if (table === null) throw new Error("no table");
  const figures = computeIndicators(table.members, {
    unrecordedPoverty: unrecordedPoverty([table]),
    referenceDate: REFERENCE,
  }).total;
  const warning = validate([table], { reference: REFERENCE }).issues.find(
    (issue) => issue.rule === "table.figures-unknown" && issue.field === "poverty"
  );
  return { hardship: figures.hardship, poor: figures.poor, warning };
}

describe("hardship in a household status column", () => {
  it("is unknown, with a warning, under a header naming poor and near-poor only", () => {
    for (const header of ["Hộ nghèo, cận nghèo", "Hộ nghèo/Cận nghèo", "HN/CN"]) {
      const { hardship, poor, warning } = hardshipOf(header, ["Nghèo", "Cận nghèo", "Không", "-"]);
      expect([header, hardship, poor]).toEqual([header, null, 1]);
      expect(warning?.params.reason).toMatchObject({ key: "rule.reason.no-hardship-value" });
    }
  });

  it("is counted under a header naming hardship, or naming no status, or once a member is in hardship", () => {
    const statuses = ["Nghèo", "Cận nghèo", "Không"];
    expect(hardshipOf("Hộ nghèo, cận nghèo, hoàn cảnh khó khăn", statuses).hardship).toBe(0);
    expect(hardshipOf("Phân loại hộ", statuses).hardship).toBe(0);
    const written = hardshipOf("Hộ nghèo, cận nghèo", [...statuses, "Khó khăn"]);
    expect([written.hardship, written.warning]).toEqual([1, undefined]);
  });
});
