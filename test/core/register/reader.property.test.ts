/**
 * Property-based tests of the register reader (issue 14): whatever a sheet holds, reading never throws, every
 * member row is read once, and every breakdown of the figures adds up to the members counted.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/indicators";
import { readMemberTable } from "../../../src/core/register";
import { validate } from "../../../src/core/validation";
import { unicodeToTcvn3 } from "../../../src/core/text/tcvn3";

const REFERENCE = { year: 2024, month: 6, day: 30 };

/** Texts a register holds: headers, values in every spelling, legacy and decomposed text, junk. */
const TEXTS = [
  "STT",
  "Họ và tên",
  "Giới tính",
  "Năm sinh",
  "Nam",
  "Nữ",
  "Dân tộc",
  "Dân tộc thiểu số",
  "Hộ nghèo",
  "Hộ cận nghèo",
  "Đối tượng ưu tiên",
  "Ghi chú",
  "Chức vụ",
  "Số tiền vay",
  "Vay vốn quỹ CLB",
  "Số tiền (đồng)",
  "Tổng cộng",
  "Cộng: 12 hội viên",
  "Người lập biểu",
  "I",
  "Bản Ka Lăng",
  "Tổ 2",
  "CLB Bản Hon",
  "Lò Thị Hoa",
  "Vàng A Sử",
  "nu",
  "NAM ",
  "x",
  "✓",
  "Thái",
  "H'Mông",
  "Kinhh",
  "HN",
  "Đã mất",
  "UV - Thủ quỹ",
  "15/03/1955",
  "09/1979",
  "1952",
  "5.000.000",
  "3 triệu",
  "(1)",
  "A",
  "",
  " ",
  "\u00a0",
  "#N/A",
  "=1+1",
  "Nguyễn Văn A".normalize("NFD"),
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...TEXTS).map((t) => unicodeToTcvn3(t)) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12) }) },
  { weight: 1, arbitrary: fc.constant({ error: "#VALUE!" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
);

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.constantFrom("Sheet1", "CLB Nà Lằng", "Danh sách"),
  originRow: fc.integer({ min: 1, max: 5 }),
  originCol: fc.integer({ min: 1, max: 3 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
});

/** The figures' breakdowns, which must each add up to the members counted. */
function breakdowns(values: Record<string, number | null>): [string, number][] {
  const sum = (...ids: string[]) => ids.reduce((n, id) => n + (values[id] ?? 0), 0);
  return [
    ["gender", sum("women", "men", "genderUnknown")],
    ["ethnicity", sum("kinh", "ethnicMinority", "ethnicityUnknown")],
    ["age", sum("olderMembers", "youngerMembers", "ageUnknown")],
    ["poverty", sum("poor", "nearPoor", "hardship", "povertyUnknown") + countNone(values)],
  ];
}

/** Members neither poor, near-poor, in hardship nor unknown: not a catalogue figure, so derived. */
function countNone(values: Record<string, number | null>): number {
  return (
    (values.members ?? 0) -
    ((values.poor ?? 0) +
      (values.nearPoor ?? 0) +
      (values.hardship ?? 0) +
      (values.povertyUnknown ?? 0))
  );
}

test("any grid reads without throwing, each row at most once, and its figures add up", () => {
  fc.assert(
    fc.property(randomGrid, (grid) => {
      const table = readMemberTable(grid);
      if (table === null) return;
      const rows = table.members.map((m) => m.row);
      expect(new Set(rows).size).toBe(rows.length);
      for (const row of rows) {
        expect(row).toBeGreaterThanOrEqual(grid.originRow);
        expect(row).toBeLessThan(grid.originRow + grid.rows.length);
        expect(table.headerRows).not.toContain(row);
      }
      validate([table], { reference: REFERENCE });
      const { total } = computeIndicators(table.members, { referenceDate: REFERENCE });
      const current = table.members.filter((m) => m.status === "current").length;
      expect(total.members).toBe(current);
      expect(total.formerMembers).toBe(table.members.length - current);
      for (const [, sum] of breakdowns(total as Record<string, number | null>)) {
        expect(sum).toBe(current);
      }
    }),
    { numRuns: 400 }
  );
});

/** A member as the generator knows it, and how the row says it. */
interface TrueMember {
  readonly name: string;
  readonly female: boolean;
  readonly year: number;
  readonly group: "Kinh" | "Thái" | "Mông";
}

const trueMember: fc.Arbitrary<TrueMember> = fc.record({
  name: fc.constantFrom("Lò Thị Hoa", "Vàng A Sử", "Tẩn Láo Mẩy", "Nguyễn Văn Bình", "Hà Thị Lan"),
  female: fc.boolean(),
  year: fc.integer({ min: 1935, max: 2000 }),
  group: fc.constantFrom("Kinh", "Thái", "Mông"),
});

/** Rows between members that are not members: blank, a heading, a repeated header, a note column only. */
const noise = fc.constantFrom<CellValue[][]>(
  [],
  [[]],
  [["II", "Bản Ka Lăng"]],
  [["Tổ 3"]],
  [[null, null, null]]
);

test("members placed anywhere below a header of one to three rows are each read once, as they are", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom("one", "two", "three"),
      fc.boolean(),
      fc.array(fc.tuple(trueMember, noise), { minLength: 1, maxLength: 25 }),
      (titleRows, header, codeRow, people) => {
        const rows: CellValue[][] = [];
        for (let i = 0; i < titleRows; i++) rows.push(i % 2 === 0 ? ["DANH SÁCH THÀNH VIÊN"] : []);
        if (header === "one") rows.push(["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"]);
        if (header === "two") {
          rows.push(["STT", "Họ và tên", "Năm sinh", null, "Dân tộc"]);
          rows.push([null, null, "Nam", "Nữ", null]);
        }
        if (header === "three") {
          rows.push(["STT", "Thông tin thành viên", null, null, null]);
          rows.push([null, "Họ và tên", "Giới tính", null, "Dân tộc"]);
          rows.push([null, null, "Nam", "Nữ", null]);
        }
        if (codeRow) rows.push(["(1)", "(2)", "(3)", "(4)", "(5)"]);
        const expected: { row: number; member: TrueMember }[] = [];
        people.forEach(([member, between], i) => {
          rows.push(...between);
          const row = rows.length + 1;
          const gender = member.female ? "Nữ" : "Nam";
          if (header === "one") rows.push([i + 1, member.name, gender, member.year, member.group]);
          if (header === "two") {
            rows.push([
              i + 1,
              member.name,
              member.female ? null : member.year,
              member.female ? member.year : null,
              member.group,
            ]);
          }
          if (header === "three") {
            rows.push([
              i + 1,
              member.name,
              member.female ? null : "x",
              member.female ? "x" : null,
              member.group,
            ]);
          }
          expected.push({ row, member });
        });
        const table = readMemberTable({ sheet: "Sheet1", originRow: 1, originCol: 1, rows });
        expect(table).not.toBeNull();
        const read = table!.members;
        expect(read.map((m) => m.row)).toEqual(expected.map((e) => e.row));
        read.forEach((m, i) => {
          const truth = expected[i].member;
          expect([m.name, m.gender, m.ethnicity]).toEqual([
            truth.name,
            truth.female ? "female" : "male",
            truth.group,
          ]);
          if (header !== "three") expect(m.birth).toEqual({ year: truth.year });
        });
      }
    ),
    { numRuns: 300 }
  );
});
