/**
 * Writes assets/samples/clb-lai-chau-mau.xlsx, the sample register `npm run demo` runs on: a realistic, invented
 * Lai Châu register of three clubs (title block, one member table with a club column, totals row, signatures).
 * Every person in it is invented. Run with `npx tsx scripts/make-sample.ts`; the file is committed.
 *
 * It holds a few faults on purpose, the kind staff meet every day: a missing gender, the ethnic group typed
 * "Kinhh", a year of birth in the future (2056 for 1956), a member entered twice, and a name typed in TCVN3.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { Prng } from "../bench/prng";
import { unicodeToTcvn3 } from "../src/core/text/tcvn3";

const OUT_DIR = join(__dirname, "..", "assets", "samples");
export const SAMPLE_FILE = join(OUT_DIR, "clb-lai-chau-mau.xlsx");
const FIXED_TIME = new Date(Date.UTC(2024, 6, 1));
const FONT = "Times New Roman";

/** How each group's names are built: family names, the middle names that mark gender, given names. */
interface NameStyle {
  readonly family: readonly string[];
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly given: readonly string[];
}

const NAME_STYLES: Readonly<Record<string, NameStyle>> = {
  Thái: {
    family: ["Lò", "Lường", "Tòng", "Quàng", "Điêu", "Cầm", "Vì", "Hoàng"],
    male: ["Văn"],
    female: ["Thị"],
    given: [
      "Pọm",
      "Ún",
      "Ỉn",
      "Ươi",
      "Xiêng",
      "Khiêm",
      "Bun",
      "Phanh",
      "Lả",
      "Hom",
      "Sương",
      "Thoa",
      "Ngoan",
      "Pâng",
      "Xuân",
      "Chăm",
    ],
  },
  Giáy: {
    family: ["Hoàng", "Lò", "Vàng", "Lù", "Sần", "Giàng"],
    male: ["Văn", "Seo"],
    female: ["Thị"],
    given: [
      "Páo",
      "Chiêu",
      "Dín",
      "Ngân",
      "Sung",
      "Ái",
      "Sài",
      "Phủ",
      "Lìn",
      "Vảng",
      "Mừng",
      "Liên",
    ],
  },
  Mông: {
    family: ["Giàng", "Vàng", "Sùng", "Thào", "Lý", "Hầu", "Mùa", "Lầu", "Vừ"],
    male: ["A", "Seo"],
    female: ["Thị"],
    given: [
      "Sử",
      "Páo",
      "Chứ",
      "Dua",
      "Mỷ",
      "Sua",
      "Dế",
      "Pó",
      "Chá",
      "Súa",
      "Mai",
      "Dình",
      "Tông",
      "Cở",
      "Nủ",
    ],
  },
  Dao: {
    family: ["Tẩn", "Chảo", "Phàn", "Lý", "Đặng", "Triệu"],
    male: ["Láo", "Văn", "Kin"],
    female: ["Mẩy", "Thị", "Sử"],
    given: [
      "Sành",
      "Lở",
      "Chòi",
      "Sinh",
      "Phẩy",
      "Vần",
      "Dùn",
      "Mẩy",
      "Kiều",
      "Quẩy",
      "Chiêu",
      "Lai",
    ],
  },
  "Hà Nhì": {
    family: ["Lý", "Chu", "Pờ", "Phu", "Sừ", "Lò"],
    male: ["A", "Gạ", "Xé"],
    female: ["Mé", "Mỳ", "Thị"],
    given: ["Xá", "Chừ", "Dế", "Pư", "Gơ", "Phì", "Hừ", "Chà", "Mơ", "Xe"],
  },
  Kinh: {
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Đỗ", "Bùi", "Vũ", "Đinh"],
    male: ["Văn", "Đức", "Quang"],
    female: ["Thị", "Thu", "Thanh"],
    given: [
      "Hoa",
      "Lan",
      "Minh",
      "Sơn",
      "Hùng",
      "Hương",
      "Bình",
      "Tâm",
      "Hạnh",
      "Thắng",
      "Huệ",
      "Nga",
    ],
  },
};

interface ClubSpec {
  readonly name: string;
  readonly commune: string;
  readonly villages: readonly string[];
  readonly size: number;
  /** Ethnic groups and their weights. */
  readonly ethnicity: readonly (readonly [string, number])[];
}

const CLUBS: readonly ClubSpec[] = [
  {
    name: "Bản Hon",
    commune: "Bản Hon",
    villages: ["Bản Hon", "Hon Thái", "Nà Ít"],
    size: 52,
    ethnicity: [
      ["Thái", 6],
      ["Mông", 2],
      ["Giáy", 1],
      ["Kinh", 1],
    ],
  },
  {
    name: "Nà Tăm",
    commune: "Nà Tăm",
    villages: ["Nà Tăm 1", "Nà Tăm 2", "Nà Khan"],
    size: 57,
    ethnicity: [
      ["Giáy", 4],
      ["Thái", 3],
      ["Dao", 2],
      ["Kinh", 1],
    ],
  },
  {
    name: "Sà Dề Phìn",
    commune: "Sà Dề Phìn",
    villages: ["Sà Dề Phìn", "Phìn Hồ", "Lùng Cù"],
    size: 55,
    ethnicity: [
      ["Mông", 10],
      ["Hà Nhì", 5],
      ["Dao", 4],
      ["Kinh", 1],
    ],
  },
];

const BOARD = ["Chủ nhiệm", "Phó chủ nhiệm", "Ủy viên", "Ủy viên", "Ủy viên"];
const HEADERS = [
  "STT",
  "Họ và tên",
  "Giới tính",
  "Năm sinh",
  "Dân tộc",
  "Hoàn cảnh",
  "Tên CLB",
  "Xã",
  "Thôn/Bản",
  "Chức vụ",
  "Đóng góp (đồng)",
  "Số tiền vay (đồng)",
];
const WIDTHS = [5, 24, 9, 11, 9, 16, 12, 12, 12, 14, 14, 15];

type Row = ExcelJS.CellValue[];

function weighted(rng: Prng, choices: readonly (readonly [string, number])[]): string {
  let roll = rng.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/** One club's members: about 65 % women and 70 % aged 55+, most from poor or near-poor households. */
function clubRows(rng: Prng, club: ClubSpec, taken: Set<string>): Row[] {
  const rows: Row[] = [];
  while (rows.length < club.size) {
    const ethnicity = weighted(rng, club.ethnicity);
    const style = NAME_STYLES[ethnicity];
    const female = rng.chance(0.65);
    const name = [
      rng.pick(style.family),
      rng.pick(female ? style.female : style.male),
      rng.pick(style.given),
    ].join(" ");
    if (taken.has(name)) continue;
    taken.add(name);
    const year = rng.chance(0.72) ? rng.int(1944, 1969) : rng.int(1972, 1998);
    // Most registers give the year; some give the full date, typed into Excel as a date.
    const birth: ExcelJS.CellValue = rng.chance(0.85)
      ? year
      : new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
    const poverty = weighted(rng, [
      ["Hộ nghèo", 4],
      ["Cận nghèo", 2],
      ["Hoàn cảnh khó khăn", 0.5],
      ["Không", 3.5],
    ]);
    const position = rows.length;
    const role = position < BOARD.length ? BOARD[position] : "Thành viên";
    const contribution = rng.int(2, 10) * 50_000;
    const loan = rng.chance(0.3) ? rng.int(4, 20) * 1_000_000 : null;
    rows.push([
      null,
      name,
      female ? "Nữ" : "Nam",
      birth,
      ethnicity,
      poverty,
      club.name,
      club.commune,
      rng.pick(club.villages),
      role,
      contribution,
      loan,
    ]);
  }
  return rows;
}

/** The faults, each on a plain member row (never a board member) so that a reader sees it at once. */
function addFaults(clubs: Row[][]): void {
  const [first, second, third] = clubs;
  first[12][2] = null; // a missing gender
  third[20][4] = "Kinhh"; // an unknown ethnic group
  second[30][3] = 2056; // a year of birth in the future: 1956 mistyped
  second.splice(41, 0, [...second[17]]); // the same person entered twice
  third[33][1] = unicodeToTcvn3(String(third[33][1])); // a name typed with a .VnTime font
}

function styleTable(sheet: ExcelJS.Worksheet, headerRow: number, lastRow: number): void {
  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    bottom: { style: "thin" },
    left: { style: "thin" },
    right: { style: "thin" },
  };
  for (let r = headerRow; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= HEADERS.length; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.font = { name: FONT, size: 12, bold: r === headerRow || r === lastRow };
      if (r === headerRow)
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      if (c >= 11 && r > headerRow) cell.numFmt = "#,##0";
    }
  }
  sheet.getRow(headerRow).height = 33;
}

export async function makeSample(): Promise<string> {
  const rng = new Prng(20240630);
  const taken = new Set<string>();
  const clubs = CLUBS.map((club) => clubRows(rng, club, taken));
  addFaults(clubs);
  const members = clubs.flat();
  members.forEach((row, i) => (row[0] = i + 1));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Club Report (dữ liệu mẫu)";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const sheet = workbook.addWorksheet("Danh sách", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  // The issuer top left, the national motto top right, the title across (Decree 30/2020/NĐ-CP).
  const title: [string, string, Partial<ExcelJS.Font>][] = [
    ["A1:D1", "HỘI NGƯỜI CAO TUỔI VIỆT NAM", {}],
    ["A2:D2", "HỘI NCT TỈNH LAI CHÂU", { bold: true }],
    ["G1:L1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }],
    ["G2:L2", "Độc lập - Tự do - Hạnh phúc", { bold: true, size: 13 }],
    [
      "A4:L4",
      "DANH SÁCH THÀNH VIÊN CÁC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU",
      { bold: true, size: 14 },
    ],
    [
      "A5:L5",
      "(Số liệu đến ngày 30/6/2024 — dữ liệu mẫu: mọi tên người đều là hư cấu)",
      { italic: true },
    ],
  ];
  for (const [range, text, font] of title) {
    sheet.mergeCells(range);
    const cell = sheet.getCell(range.split(":")[0]);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center" };
  }

  const headerRow = 7;
  sheet.getRow(headerRow).values = HEADERS;
  members.forEach((row, i) => (sheet.getRow(headerRow + 1 + i).values = row));
  const totalsRow = headerRow + members.length + 1;
  sheet.mergeCells(`A${totalsRow}:B${totalsRow}`);
  sheet.getCell(`A${totalsRow}`).value = "Tổng cộng";
  const lastMember = totalsRow - 1;
  sheet.getCell(`K${totalsRow}`).value = {
    formula: `SUM(K${headerRow + 1}:K${lastMember})`,
    result: members.reduce((sum, row) => sum + Number(row[10] ?? 0), 0),
  };
  sheet.getCell(`L${totalsRow}`).value = {
    formula: `SUM(L${headerRow + 1}:L${lastMember})`,
    result: members.reduce((sum, row) => sum + Number(row[11] ?? 0), 0),
  };
  styleTable(sheet, headerRow, totalsRow);
  members.forEach((row, i) => {
    if (row[3] instanceof Date) sheet.getCell(headerRow + 1 + i, 4).numFmt = "dd/mm/yyyy";
  });

  const signRow = totalsRow + 2;
  const signatures: [string, string, boolean][] = [
    [`B${signRow}`, "NGƯỜI LẬP BIỂU", true],
    [`I${signRow}`, "TM. BAN THƯỜNG VỤ", true],
    [`I${signRow + 1}`, "CHỦ TỊCH", true],
    [`B${signRow + 5}`, "Đinh Thị Mẫu", false],
    [`I${signRow + 5}`, "Nguyễn Văn Mẫu", false],
  ];
  for (const [address, text, bold] of signatures) {
    const cell = sheet.getCell(address);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold };
  }
  sheet.views = [{ state: "frozen", ySplit: headerRow }];

  mkdirSync(OUT_DIR, { recursive: true });
  await workbook.xlsx.writeFile(SAMPLE_FILE);
  return SAMPLE_FILE;
}

if (require.main === module) {
  makeSample().then((file) => console.log(`wrote ${file}`));
}
