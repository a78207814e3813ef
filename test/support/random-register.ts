/**
 * fast-check arbitraries for property tests of the register reader: random register grids laid out the ways real
 * lists are (title rows, one to three header rows with merged parents, a column-code row, gender as values, marks
 * or the split birth year, ethnicity named / written only for minorities / marked, poverty as values, marks or
 * notes, group heading rows, blank and junk rows, a totals row, cells of every type, NFD, TCVN3 and VNI text), each
 * returned with the true member behind every member row so a property can check what was read.
 *
 * The truth is what the grid says, including what its layout implies (a blank under "Dân tộc thiểu số (ghi rõ)"
 * is Kinh; a blank under a lone "Nữ" mark column is a man). A fact the layout does not carry is listed in
 * `absent`; a reader must then call its figures unknown.
 */
import fc from "fast-check";
import { Prng } from "../../bench/prng";
import {
  departureNote,
  ethnicityWord,
  genderWord,
  moneyText,
  nfd,
  povertyNote,
  povertyValue,
  roleWord,
  toTcvn3,
  toVni,
} from "../../scripts/real-layouts/noise";
import { columnLetters, type CellValue, type Grid } from "../../src/core/grid";

import type { BoardRole as Role, Gender, Poverty } from "../../src/core/model";

/** One member row's truth. `ethnicity` "minority" when the layout marks a minority without naming the group. */
export interface TrueRow {
  readonly name: string;
  readonly gender: Gender | null;
  /** Year of birth; null when the row gives none. */
  readonly birthYear: number | null;
  readonly ethnicity: string | null;
  readonly poverty: Poverty | null;
  readonly role: Role;
  readonly loan: number;
  readonly contribution: number;
  /** Noted as dead, moved or left: listed but not a current member. */
  readonly former: boolean;
}

export type Fact =
  "gender" | "birth" | "ethnicity" | "poverty" | "hardship" | "role" | "loan" | "contribution";

export interface RandomRegister {
  readonly grid: Grid;
  /** 1-based sheet rows of the header, first and last. */
  readonly headerRows: readonly [number, number];
  /** The column-code row ("(1) (2) …", "A B 1 2"), if any. */
  readonly codeRow: number | null;
  /** 1-based sheet row of each member, in order, with its truth at the same index of `members`. */
  readonly memberRows: readonly number[];
  readonly members: readonly TrueRow[];
  /** Rows that are neither header nor member: titles, blanks, junk, group headings, totals, signatures. */
  readonly otherRows: readonly number[];
  readonly absent: readonly Fact[];
  /** Merged ranges ("B5:C5") of the header; the grid holds each merge's value in its top-left cell only. */
  readonly merges: readonly string[];
}

const ETHNICITIES = [
  "Kinh",
  "Kinh",
  "Kinh",
  "Thái",
  "Mông",
  "Dao",
  "Tày",
  "Mường",
  "Khmer",
  "Ê Đê",
];
const FAMILY = ["Lò", "Giàng", "Nguyễn", "Tẩn", "Hoàng", "Bùi", "Đặng", "Vàng"];
const MIDDLE = ["Thị", "Văn", "A", "Thị", "Ngọc"];
const GIVEN = ["Hoa", "Sử", "Bình", "Mẩy", "Lan", "Khụ", "Xiêng", "Páo", "Ún", "Tuyết"];

const rowArb: fc.Arbitrary<TrueRow> = fc.record({
  name: fc
    .tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN))
    .map((parts) => parts.join(" ")),
  gender: fc.constantFrom<Gender | null>("female", "female", "male", null),
  birthYear: fc.option(fc.integer({ min: 1930, max: 2004 }), { freq: 12 }),
  ethnicity: fc.option(fc.constantFrom(...ETHNICITIES), { freq: 12 }),
  poverty: fc.option(fc.constantFrom<Poverty>("poor", "near-poor", "hardship", "none", "none"), {
    freq: 12,
  }),
  role: fc.constantFrom<Role>("member", "member", "member", "chair", "vice-chair", "board-member"),
  loan: fc.constantFrom(0, 0, 0, 3_000_000, 5_000_000, 7_500_000),
  contribution: fc.constantFrom(0, 100_000, 200_000, 250_000),
  former: fc.constantFrom(false, false, false, false, true),
});

const layoutArb = fc.record({
  gender: fc.constantFrom("values", "marks", "split-year", "female-mark", "absent"),
  ethnicity: fc.constantFrom("names", "minority-only", "mark", "absent"),
  poverty: fc.constantFrom("values", "marks", "marks-no-hardship", "notes", "absent"),
  birth: fc.constantFrom("year", "year-text", "date", "date-text", "serial", "month-year"),
  role: fc.constantFrom("column", "abbreviated", "notes", "absent"),
  money: fc.constantFrom("both", "grouped-loan", "absent"),
  encoding: fc.constantFrom("unicode", "unicode", "nfd", "tcvn3", "vni"),
  titleRows: fc.integer({ min: 0, max: 4 }),
  /** One parent over the member columns ("Thông tin thành viên"): up to three header rows. */
  topParent: fc.boolean(),
  blankRowsBeforeHeader: fc.integer({ min: 0, max: 2 }),
  leadingBlankColumns: fc.integer({ min: 0, max: 2 }),
  codeRow: fc.constantFrom(null, "parenthesised", "letters", "plain"),
  groupHeadings: fc.boolean(),
  totalsRow: fc.constantFrom(null, "right", "stale"),
  junkEvery: fc.integer({ min: 0, max: 8 }),
  extraColumns: fc.integer({ min: 0, max: 3 }),
  noiseSeed: fc.integer(),
});

type LayoutPlan = typeof layoutArb extends fc.Arbitrary<infer T> ? T : never;

interface Column {
  /** Header path, top to bottom: a parent over its leaves is repeated in each leaf's path. */
  readonly path: readonly string[];
  readonly cell: (row: TrueRow, rng: Prng) => CellValue;
}

const JUNK: readonly CellValue[] = [
  true,
  0,
  -1,
  3.5,
  "?",
  "#",
  { error: "#N/A" },
  new Date(Date.UTC(2020, 0, 1)),
];
const MARK = ["x", "X", "✓", "1", "x "];

function genderColumns(plan: LayoutPlan, birth: (r: TrueRow, rng: Prng) => CellValue): Column[] {
  switch (plan.gender) {
    case "values":
      return [
        { path: ["Giới tính"], cell: (r, rng) => r.gender && genderWord(rng, r.gender, true) },
      ];
    case "marks":
      return (["male", "female"] as const).map((g) => ({
        path: ["Giới tính", g === "male" ? "Nam" : "Nữ"],
        cell: (r: TrueRow, rng: Prng) => (r.gender === g ? rng.pick(MARK) : null),
      }));
    case "split-year":
      return (["male", "female"] as const).map((g) => ({
        path: ["Năm sinh", g === "male" ? "Nam" : "Nữ"],
        cell: (r: TrueRow, rng: Prng) => (r.gender === g ? birth(r, rng) : null),
      }));
    case "female-mark":
      return [
        { path: ["Nữ (x)"], cell: (r, rng) => (r.gender === "female" ? rng.pick(MARK) : null) },
      ];
    default:
      return [];
  }
}

function birthCell(plan: LayoutPlan): (r: TrueRow, rng: Prng) => CellValue {
  return (r, rng) => {
    if (r.birthYear === null) return null;
    const y = r.birthYear;
    switch (plan.birth) {
      case "year":
        return y;
      case "year-text":
        return String(y);
      case "date":
        return new Date(Date.UTC(y, 0, 1 + rng.int(0, 27)));
      case "date-text":
        return `${String(rng.int(1, 28)).padStart(2, "0")}/01/${y}`;
      case "serial":
        return Math.round((Date.UTC(y, 0, 15) - Date.UTC(1899, 11, 30)) / 86_400_000);
      default:
        return `0${rng.int(1, 6)}/${y}`;
    }
  };
}

function columnsOf(plan: LayoutPlan): Column[] {
  const birth = birthCell(plan);
  const cols: Column[] = [
    { path: ["STT"], cell: () => null },
    { path: ["Họ và tên"], cell: (r) => r.name },
  ];
  if (plan.gender !== "split-year") cols.push({ path: ["Năm sinh"], cell: birth });
  cols.push(...genderColumns(plan, birth));
  if (plan.ethnicity === "names") {
    cols.push({
      path: ["Dân tộc"],
      cell: (r, rng) => r.ethnicity && ethnicityWord(rng, r.ethnicity, true),
    });
  } else if (plan.ethnicity === "minority-only") {
    cols.push({
      path: ["Dân tộc thiểu số (ghi rõ)"],
      cell: (r, rng) => (r.ethnicity === "Kinh" ? null : ethnicityWord(rng, r.ethnicity!, true)),
    });
  } else if (plan.ethnicity === "mark") {
    cols.push({
      path: ["Người DTTS"],
      cell: (r, rng) => (r.ethnicity === "minority" ? rng.pick(MARK) : null),
    });
  }
  if (plan.poverty === "values") {
    cols.push({ path: ["Diện hộ"], cell: (r, rng) => r.poverty && povertyValue(rng, r.poverty) });
  } else if (plan.poverty === "marks" || plan.poverty === "marks-no-hardship") {
    const kinds: [Poverty, string][] = [
      ["poor", "Hộ nghèo"],
      ["near-poor", "Hộ cận nghèo"],
    ];
    if (plan.poverty === "marks") kinds.push(["hardship", "Hoàn cảnh khó khăn"]);
    for (const [kind, label] of kinds) {
      cols.push({
        path: ["Đối tượng", label],
        cell: (r, rng) => (r.poverty === kind ? rng.pick(MARK) : null),
      });
    }
  }
  if (plan.role === "column" || plan.role === "abbreviated") {
    const short = plan.role === "abbreviated";
    cols.push({ path: ["Chức vụ"], cell: (r, rng) => roleWord(rng, r.role, short) });
  }
  if (plan.money !== "absent") {
    const loan = (r: TrueRow, rng: Prng) => (r.loan > 0 ? moneyText(rng, r.loan) : null);
    cols.push({
      path: plan.money === "grouped-loan" ? ["Vay vốn quỹ CLB", "Số tiền (đồng)"] : ["Số tiền vay"],
      cell: loan,
    });
    if (plan.money === "grouped-loan")
      cols.push({
        path: ["Vay vốn quỹ CLB", "Người nhận"],
        cell: (r) => (r.loan > 0 ? r.name : null),
      });
    cols.push({
      path: ["Góp quỹ (đồng)"],
      cell: (r, rng) => (r.contribution > 0 ? moneyText(rng, r.contribution) : null),
    });
  }
  for (let k = 0; k < plan.extraColumns; k++) {
    cols.push({
      path: [["Số điện thoại", "Địa chỉ", "Nghề nghiệp"][k]],
      cell: (_r, rng) => rng.pick(JUNK),
    });
  }
  cols.push({
    path: ["Ghi chú"],
    cell: (r, rng) => {
      const notes: string[] = [];
      if (r.former) notes.push(departureNote(rng, rng.pick(["died", "moved", "left"] as const)));
      if (plan.role === "notes" && r.role !== "member") notes.push(roleWord(rng, r.role, true)!);
      if (plan.poverty === "notes") notes.push(povertyNote(rng, r.poverty) ?? "");
      const text = notes.filter((n) => n !== "").join(", ");
      return text === "" ? null : text;
    },
  });
  return cols;
}

/** The truth as this layout can state it: an unknown it cannot write becomes what a blank there means. */
function asStated(plan: LayoutPlan, r: TrueRow): TrueRow {
  let { gender, ethnicity, poverty, birthYear } = r;
  if (plan.gender === "female-mark") gender = gender ?? "male";
  if (plan.gender === "split-year" && (gender === null || birthYear === null)) {
    // The year is written under the gender: without one of them neither shows.
    gender = null;
    birthYear = null;
  }
  if (plan.ethnicity === "minority-only") ethnicity = ethnicity ?? "Kinh";
  if (plan.ethnicity === "mark")
    ethnicity = ethnicity === null || ethnicity === "Kinh" ? "Kinh" : "minority";
  if (plan.poverty === "marks" || plan.poverty === "notes") poverty = poverty ?? "none";
  if (plan.poverty === "marks-no-hardship") {
    poverty = poverty === "poor" || poverty === "near-poor" ? poverty : "none";
  }
  // A fact the layout does not carry is not in the grid at all.
  if (plan.gender === "absent") gender = null;
  if (plan.ethnicity === "absent") ethnicity = null;
  if (plan.poverty === "absent") poverty = null;
  const money = plan.money !== "absent";
  return {
    ...r,
    gender,
    ethnicity,
    poverty,
    birthYear,
    loan: money ? r.loan : 0,
    contribution: money ? r.contribution : 0,
  };
}

function absentFacts(plan: LayoutPlan): Fact[] {
  const absent: Fact[] = [];
  if (plan.gender === "absent") absent.push("gender");
  if (plan.ethnicity === "absent") absent.push("ethnicity");
  if (plan.poverty === "absent") absent.push("poverty");
  if (plan.poverty === "marks-no-hardship") absent.push("hardship");
  if (plan.role === "absent") absent.push("role");
  if (plan.money === "absent") absent.push("loan", "contribution");
  return absent;
}

/** The merges a header of these paths has: leaves down to the last header row, parents across their leaves. */
function headerMerges(
  paths: readonly (readonly string[])[],
  depth: number,
  first: number,
  lead: number
): string[] {
  const merges: string[] = [];
  const at = (i: number, row: number) => `${columnLetters(lead + i + 1)}${row}`;
  paths.forEach((p, i) => {
    const leafRow = first + p.length - 1;
    if (leafRow < first + depth - 1) merges.push(`${at(i, leafRow)}:${at(i, first + depth - 1)}`);
    for (let level = 0; level < p.length - 1; level++) {
      const key = p.slice(0, level + 1).join("/");
      if (
        i > 0 &&
        paths[i - 1].slice(0, level + 1).join("/") === key &&
        paths[i - 1].length > level + 1
      )
        continue;
      let end = i;
      while (
        end + 1 < paths.length &&
        paths[end + 1].length > level + 1 &&
        paths[end + 1].slice(0, level + 1).join("/") === key
      )
        end++;
      if (end > i) merges.push(`${at(i, first + level)}:${at(end, first + level)}`);
    }
  });
  return merges;
}

function build(plan: LayoutPlan, raw: readonly TrueRow[]): RandomRegister {
  const rng = new Prng(plan.noiseSeed);
  const encode = (v: CellValue): CellValue => {
    if (typeof v !== "string") return v;
    if (plan.encoding === "nfd") return nfd(v);
    if (plan.encoding === "tcvn3") return toTcvn3(v);
    if (plan.encoding === "vni") return toVni(v);
    return v;
  };
  const members = raw.map((r) => asStated(plan, r));
  const columns = columnsOf(plan);
  const lead = plan.leadingBlankColumns;
  const rows: CellValue[][] = [];
  const other: number[] = [];
  const push = (cells: CellValue[], isOther = true) => {
    rows.push([...Array(lead).fill(null), ...cells.map(encode)]);
    if (isOther) other.push(rows.length);
    return rows.length;
  };
  for (let t = 0; t < plan.titleRows; t++) {
    push([
      [
        "HỘI NGƯỜI CAO TUỔI XÃ NÀ TĂM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ TĂM",
        "(Kèm theo Quyết định số 05/QĐ-HNCT)",
      ][t],
    ]);
  }
  for (let k = 0; k < plan.blankRowsBeforeHeader; k++) push([]);
  const paths = columns.map((c, i) =>
    plan.topParent && i > 0 && i < columns.length - 1 ? ["Thông tin thành viên", ...c.path] : c.path
  );
  const depth = Math.max(...paths.map((p) => p.length));
  const first = rows.length + 1;
  const sameParent = (i: number, level: number) =>
    i > 0 &&
    paths[i - 1].length > level + 1 &&
    paths[i - 1].slice(0, level + 1).join("/") === paths[i].slice(0, level + 1).join("/");
  for (let level = 0; level < depth; level++) {
    push(
      paths.map((p, i) => {
        if (level >= p.length) return null; // the leaf above is merged down
        if (level < p.length - 1 && sameParent(i, level)) return null; // a parent merged across
        return p[level];
      }),
      false
    );
  }
  const merges = headerMerges(paths, depth, first, lead);
  const last = rows.length;
  let codeRow: number | null = null;
  if (plan.codeRow !== null) {
    const code = (i: number) =>
      plan.codeRow === "parenthesised"
        ? `(${i + 1})`
        : plan.codeRow === "plain"
          ? i + 1
          : i < 2
            ? "AB"[i]
            : String(i - 1);
    codeRow = push(
      columns.map((_c, i) => code(i)),
      false
    );
  }
  const memberRows: number[] = [];
  members.forEach((m, i) => {
    if (plan.groupHeadings && i % 7 === 0)
      push([
        `${["I", "II", "III", "IV", "V", "VI"][Math.floor(i / 7) % 6]}`,
        `Tổ ${Math.floor(i / 7) + 1}`,
      ]);
    if (plan.junkEvery > 0 && i > 0 && i % plan.junkEvery === 0) {
      push(rng.pick<CellValue[]>([[], [null, "\u00a0 "], [null, null, null, " "]]));
    }
    memberRows.push(
      push(
        columns.map((c, k) => (k === 0 ? i + 1 : c.cell(m, rng))),
        false
      )
    );
  });
  if (plan.totalsRow !== null) {
    const shown = members.length + (plan.totalsRow === "stale" ? 3 : 0);
    push([null, `Tổng cộng: ${shown} thành viên`]);
  }
  push([]);
  push([null, null, "NGƯỜI LẬP DANH SÁCH", null, "CHỦ NHIỆM CLB"]);
  return {
    grid: { sheet: "CLB Nà Tăm", originRow: 1, originCol: 1, rows },
    headerRows: [first, last],
    codeRow,
    memberRows,
    members,
    otherRows: other,
    absent: absentFacts(plan),
    merges,
  };
}

/** A random register and its truth; `maxMembers` bounds the member rows (at least one). */
export function randomRegister(maxMembers = 30): fc.Arbitrary<RandomRegister> {
  return fc
    .tuple(layoutArb, fc.array(rowArb, { minLength: 1, maxLength: maxMembers }))
    .map(([plan, rows]) => build(plan, rows));
}
