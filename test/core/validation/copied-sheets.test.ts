/**
 * A sheet listing the members of the workbook's other sheets again — a "Tổng hợp" of the village sheets, a copy —
 * is left out of the count and named, so that each person counts once; sheets that share a member or two are not.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/indicators";
import type { MemberTable } from "../../../src/core/model";
import { readMemberTable } from "../../../src/core/register";
import { leaveOutCopies, validate } from "../../../src/core/validation";

const HEADER: CellValue[] = ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc"];
const PEOPLE: CellValue[][] = Array.from({ length: 12 }, (_, i) => [
  `Người Thứ ${i + 1}`,
  1940 + i,
  i % 3 === 0 ? "Nam" : "Nữ",
  "Kinh",
]);

function sheet(name: string, people: CellValue[][], title = `DANH SÁCH CLB ${name}`): MemberTable {
  const grid: Grid = {
    sheet: name,
    originRow: 1,
    originCol: 1,
    rows: [[title], HEADER, ...people.map((p, i) => [i + 1, ...p])],
  };
  const table = readMemberTable(grid);
  if (table === null) throw new Error(`no table on ${name}`);
  return table;
}

describe("sheets that list the others' members again", () => {
  const villageA = sheet("Thôn A", PEOPLE.slice(0, 6));
  const villageB = sheet("Thôn B", PEOPLE.slice(6));
  // The summary writes some years as text the reader cannot read ("năm 1950"): still the same people.
  const summaryPeople = PEOPLE.map((p, i) =>
    i % 4 === 0 ? [p[0], `năm ${p[1]}`, ...p.slice(2)] : p
  );
  const summary = sheet("Tổng hợp", summaryPeople, "TỔNG HỢP THÀNH VIÊN CÁC CLB");

  it("leaves out a summary of the village sheets, whatever its place, and keeps the villages", () => {
    for (const order of [
      [summary, villageA, villageB],
      [villageA, villageB, summary],
    ]) {
      const { kept, copies } = leaveOutCopies(order);
      expect(kept.map((t) => t.sheet)).toEqual(
        order.filter((t) => t !== summary).map((t) => t.sheet)
      );
      expect(copies.map((c) => [c.table.sheet, c.repeated, [...c.from].sort()])).toEqual([
        ["Tổng hợp", 12, ["Thôn A", "Thôn B"]],
      ]);
    }
  });

  it("counts each person once, and says which sheet was left out and why", () => {
    const { kept, copies } = leaveOutCopies([villageA, villageB, summary]);
    const members = computeIndicators(
      kept.flatMap((t) => t.members),
      { referenceDate: { year: 2024 } }
    ).total.members;
    expect(members).toBe(12);
    const issues = validate(kept, { reference: { year: 2024 }, copies }).issues;
    const copy = issues.filter((issue) => issue.rule === "table.copy");
    expect(copy.map((i) => [i.sheet, i.severity, i.params.repeated, i.params.count])).toEqual([
      ["Tổng hợp", "warning", 12, 12],
    ]);
    // No person is named as listed in two clubs: the copy is not among the tables checked.
    expect(issues.filter((issue) => issue.rule.startsWith("dup."))).toEqual([]);
  });

  it("leaves one of two copies of a sheet, and none of sheets sharing a member or two", () => {
    const copyOfA = sheet("Thôn A (2)", PEOPLE.slice(0, 6));
    expect(leaveOutCopies([villageA, copyOfA]).kept).toHaveLength(1);
    const sharing = sheet("Thôn C", [
      ...PEOPLE.slice(0, 2),
      ...PEOPLE.slice(6, 10).map((p) => [`${p[0]} C`, ...p.slice(1)]),
    ]);
    expect(leaveOutCopies([villageA, villageB, sharing]).copies).toEqual([]);
    // Too few members to tell a copy from a small club that shares them.
    const small = sheet("Nhóm nhỏ", PEOPLE.slice(0, 4));
    expect(leaveOutCopies([villageA, small]).copies).toEqual([]);
  });
});
