import type { CellValue, Grid } from "../src/core/grid";
import { unicodeToTcvn3 } from "../src/core/text/tcvn3";
import { unicodeToVni } from "../src/core/text/vni";
import { ETHNIC_GROUPS } from "../src/core/values/ethnic-groups";
import { Prng } from "./prng";

/**
 * A synthetic member register as big as a sheet can be, with the variety of real ones: NFC and NFD text, every
 * ethnic group under several spellings, dates in every supported form, money as numbers and as typed text, and
 * about 2 % faulty cells. Deterministic for a given seed.
 */

export const HEADERS = [
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
  "Đóng góp",
  "Số tiền vay",
] as const;

/** Column index (0-based, in a grid row) of each generated field. */
export const COLUMN = {
  no: 0,
  name: 1,
  gender: 2,
  birth: 3,
  ethnicity: 4,
  poverty: 5,
  club: 6,
  commune: 7,
  village: 8,
  role: 9,
  contribution: 10,
  loan: 11,
} as const;

/** Excel's last row is 1,048,576: one header row and this many members. */
export const EXCEL_MEMBER_ROWS = 1_048_575;
export const CLUB_COUNT = 1_000;

/** Faults replace this share of the cells that can be faulty (all but STT and club): about 2 % of all cells. */
const FAULT_RATE = (0.02 * HEADERS.length) / (HEADERS.length - 2);

/** The ways staff type one word: as is, decomposed (NFD), lower case, upper case, hyphenated. */
function typedForms(word: string): string[] {
  return [
    ...new Set([
      word,
      word.normalize("NFD"),
      word.toLowerCase(),
      word.toUpperCase(),
      word.replace(/ /g, "-"),
    ]),
  ];
}

/** Valid spellings the generator writes, per text field; the ajv schema accepts exactly these. */
export const SPELLINGS = {
  gender: {
    male: typedForms("Nam").concat(["Nam giới", "M"]),
    female: typedForms("Nữ").concat(["Nữ giới", "F", "nu"]),
  },
  ethnicity: {
    kinh: typedForms("Kinh").concat(["Việt"]),
    others: ETHNIC_GROUPS.slice(1).map((group) =>
      [group.name, ...group.variants].flatMap(typedForms)
    ),
  },
  poverty: ["Hộ nghèo", "Nghèo", "HN", "Cận nghèo", "HCN", "Hộ cận nghèo", "Khó khăn", "-", "Không"]
    .flatMap(typedForms)
    .concat(["Hoàn cảnh khó khăn"]),
  chair: ["Chủ nhiệm", "CN", "Chủ nhiệm CLB"].flatMap(typedForms),
  viceChair: ["Phó chủ nhiệm", "PCN", "Phó CN"].flatMap(typedForms),
  boardMember: ["Ủy viên", "UV", "Ủy viên BCN"].flatMap(typedForms),
  member: ["Thành viên", "TV", "Hội viên"].flatMap(typedForms),
};

// prettier-ignore
const FAMILY = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Lường", "Tòng", "Quàng",
  "Vàng", "Giàng", "Sùng", "Hầu", "Thào", "Lý", "Tẩn", "Chảo", "Phàn", "Đèo", "Điêu", "Cầm",
];
const MIDDLE_FEMALE = ["Thị", "Thu", "Mỹ", "Ngọc", "Thanh", "Xuân", "Mai", "Hồng"];
const MIDDLE_MALE = ["Văn", "Đức", "Minh", "A", "Seo", "Mí", "Quang", "Hữu"];
// prettier-ignore
const GIVEN = [
  "An", "Bình", "Chiến", "Dung", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Khánh",
  "Lan", "Liên", "Linh", "Lụa", "Mai", "Minh", "Nga", "Ngân", "Nguyệt", "Nhung", "Phúc", "Phương", "Quế",
  "Sáng", "Sơn", "Tâm", "Thảo", "Thắng", "Thịnh", "Thủy", "Tiến", "Trang", "Tuấn", "Vân", "Xuân", "Yến",
  "Dếnh",
];
// prettier-ignore
const PLACES = [
  "Bản Lướt", "Nà Khuy", "Phiêng Đanh", "Hua Bum", "Pa Vây Sử", "Nậm Ban", "Mù Cả", "Tà Tổng", "Bum Nưa",
  "Khổng Lào", "Mường Kim", "Tà Mít", "Nậm Sỏ", "Pắc Ta", "Bản Bo", "Sơn Bình", "Hồ Thầu", "Dào San",
  "Sì Lở Lầu", "Mồ Sì San",
];

const ERRORS: readonly CellValue[] = [{ error: "#N/A" }, { error: "#VALUE!" }, { error: "#REF!" }];

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

class RegisterWriter {
  constructor(private readonly rng: Prng) {}

  name(female: boolean): CellValue {
    const { rng } = this;
    const name = [
      rng.pick(FAMILY),
      rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
      rng.pick(GIVEN),
      rng.pick(GIVEN),
    ].join(" ");
    const form = rng.next();
    if (form < 0.15) return name.normalize("NFD");
    if (form < 0.18) return name.replace(" ", "  ");
    if (form < 0.2) return `${name}\u00a0`;
    return name;
  }

  gender(female: boolean): CellValue {
    return this.rng.pick(female ? SPELLINGS.gender.female : SPELLINGS.gender.male);
  }

  /** Older members are the majority, as the programme asks (60–70 %). */
  birth(): CellValue {
    const { rng } = this;
    const year = rng.chance(0.7) ? rng.int(1935, 1969) : rng.int(1970, 2000);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const form = rng.next();
    if (form < 0.4) return year;
    if (form < 0.5) return String(year);
    if (form < 0.7) return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
    const utc = Date.UTC(year, month - 1, day);
    if (form < 0.85) return (utc - SERIAL_EPOCH) / MS_PER_DAY;
    return new Date(utc);
  }

  ethnicity(): CellValue {
    const { rng } = this;
    if (rng.chance(0.4)) return rng.pick(SPELLINGS.ethnicity.kinh);
    return rng.pick(rng.pick(SPELLINGS.ethnicity.others));
  }

  poverty(): CellValue {
    return this.rng.chance(0.3) ? null : this.rng.pick(SPELLINGS.poverty);
  }

  /** Each club's first five members are its board: a chair, a vice-chair and three board members. */
  role(positionInClub: number): CellValue {
    if (positionInClub === 0) return this.rng.pick(SPELLINGS.chair);
    if (positionInClub === 1) return this.rng.pick(SPELLINGS.viceChair);
    if (positionInClub < 5) return this.rng.pick(SPELLINGS.boardMember);
    return this.rng.chance(0.5) ? null : this.rng.pick(SPELLINGS.member);
  }

  contribution(): CellValue {
    const { rng } = this;
    const amount = rng.int(1, 40) * 50_000;
    const form = rng.next();
    if (form < 0.1) return null;
    if (form < 0.3) return amount.toLocaleString("de-DE"); // "500.000"
    if (form < 0.35) return `${amount / 1e6} triệu`.replace(".", ",");
    return amount;
  }

  loan(): CellValue {
    const { rng } = this;
    if (rng.chance(0.6)) return null;
    const amount = rng.int(1, 40) * 500_000;
    const form = rng.next();
    if (form < 0.2) return amount.toLocaleString("de-DE");
    if (form < 0.3) return `${amount / 1e6} tr`.replace(".", ",");
    return amount;
  }

  /** A faulty value for a column: what gets typed by mistake, pasted from elsewhere or left broken. */
  fault(column: number, cell: CellValue): CellValue {
    const { rng } = this;
    if (rng.chance(0.15)) return rng.pick(ERRORS);
    switch (column) {
      case COLUMN.name:
        return typeof cell === "string"
          ? rng.pick([
              null,
              unicodeToTcvn3(cell.normalize("NFC")),
              unicodeToVni(cell.normalize("NFC")),
            ])
          : null;
      case COLUMN.gender:
        return rng.pick(["X", "Không rõ", "?", null]);
      case COLUMN.birth:
        return rng.pick(["abc", 2150, "31/02/1960", "19555", null]);
      case COLUMN.ethnicity:
        return rng.pick(["Kinhh", "Dân tộc khác", "1", "Tày Nùng"]);
      case COLUMN.poverty:
        return rng.pick(["CN", "KK", "??"]);
      case COLUMN.role:
        return rng.pick(["Thư ký", "Trưởng ban", "Thủ quỹ"]);
      case COLUMN.contribution:
      case COLUMN.loan:
        return rng.pick([-500_000, "nhiều", "1.2.3", "5 tỉ đồng?"]);
      default:
        return rng.pick(ERRORS);
    }
  }
}

/** The register as a grid: a header row, then `memberRows` members in 1,000 clubs of consecutive rows. */
export function syntheticRegister(memberRows: number, seed: number): Grid {
  const rng = new Prng(seed);
  const writer = new RegisterWriter(rng);
  const rows: CellValue[][] = [[...HEADERS]];
  let club = -1;
  let clubStart = 0;
  let clubName = "";
  let commune = "";
  for (let i = 0; i < memberRows; i++) {
    const clubOfRow = Math.floor((i * CLUB_COUNT) / memberRows);
    if (clubOfRow !== club) {
      club = clubOfRow;
      clubStart = i;
      clubName = `CLB LTH ${PLACES[club % PLACES.length]} ${Math.floor(club / PLACES.length) + 1}`;
      commune = `Xã ${PLACES[(club * 7) % PLACES.length]}`;
    }
    const female = rng.chance(0.65);
    const row: CellValue[] = [
      i + 1,
      writer.name(female),
      writer.gender(female),
      writer.birth(),
      writer.ethnicity(),
      writer.poverty(),
      clubName,
      commune,
      `Bản ${rng.pick(PLACES)}`,
      writer.role(i - clubStart),
      writer.contribution(),
      writer.loan(),
    ];
    for (let column = 0; column < row.length; column++) {
      if (column === COLUMN.no || column === COLUMN.club) continue;
      if (rng.chance(FAULT_RATE)) row[column] = writer.fault(column, row[column]);
    }
    rows.push(row);
  }
  return { sheet: "Danh sách thành viên", originRow: 1, originCol: 1, rows };
}

/**
 * The first `memberRows` members of a register as a sheet typed wholly in the TCVN3 ".VnTime" fonts shows
 * them: every text, the header included, as the Latin-1 characters of its TCVN3 bytes. Such registers are
 * still kept, and each of their names must be recognised as legacy and converted.
 */
export function tcvn3Register(grid: Grid, memberRows: number): Grid {
  const rows = grid.rows
    .slice(0, memberRows + 1)
    .map((row) => row.map((cell) => (typeof cell === "string" ? unicodeToTcvn3(cell) : cell)));
  return { ...grid, rows };
}
