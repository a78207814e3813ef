/**
 * The members of a corpus register as they truly are: one list with every attribute a report counts, from which
 * each layout writes its rows and the expectations are tallied. Layouts change how a fact is written, never the
 * fact, so the tally can never drift from the file.
 */
import { Prng } from "../../bench/prng";
import type { BoardRole, DayDate, Gender, Poverty } from "../../src/core/model";

// The product's own vocabulary for the facts (types only: nothing of the reader is used).
export type { Gender, Poverty };
export type Role = BoardRole;
/** A birth as the register records it: a year, a month and year, or a full date. */
export type Birth = DayDate;

/** Why a listed person is no longer a member, in the words a note uses. */
export type Departure = "died" | "moved" | "left";

export interface TrueMember {
  readonly name: string;
  /** null: the register does not say (a blank cell), not a fact the layout lacks. */
  readonly gender: Gender | null;
  readonly birth: Birth | null;
  /** A group of the official 54 (canonical name), "Kinh" included; null: not recorded. */
  readonly ethnicity: string | null;
  readonly poverty: Poverty | null;
  readonly role: Role;
  readonly club: string;
  readonly village: string;
  /** VND borrowed from the club fund; 0: none. */
  readonly loan: number;
  /** VND paid into the club fund; 0: none. */
  readonly contribution: number;
  /** null: a current member. */
  readonly departed: Departure | null;
}

/** How a group's names are built: family names, the middle names that mark gender, given names. */
interface NameStyle {
  readonly family: readonly string[];
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly maleGiven: readonly string[];
  readonly femaleGiven: readonly string[];
  /** Ê Đê, Gia Rai, Xơ Đăng …: "H'Bia Niê", "Y Bhim Mlô" — prefix, given name, then the clan name. */
  readonly clanLast?: boolean;
}

const KINH_STYLE: NameStyle = {
  family: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Ngô",
    "Dương",
    "Đinh",
  ],
  male: ["Văn", "Đức", "Minh", "Quang", "Xuân"],
  female: ["Thị", "Thị", "Ngọc", "Thu", "Thanh"],
  maleGiven: ["Hùng", "Dũng", "Sơn", "Bình", "Thắng", "Cường", "Hải", "Tuấn", "Toàn", "Lợi", "Hòa"],
  femaleGiven: [
    "Lan",
    "Hoa",
    "Huệ",
    "Nhung",
    "Thủy",
    "Hằng",
    "Tuyết",
    "Nga",
    "Mai",
    "Liên",
    "Hương",
  ],
};

const NAME_STYLES: Readonly<Record<string, NameStyle>> = {
  Kinh: KINH_STYLE,
  Thái: {
    family: ["Lò", "Lường", "Cầm", "Quàng", "Tòng", "Điêu", "Vì", "Hoàng"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Panh", "Khăm", "Ún", "Inh", "Xuân", "Chiến", "Pánh", "Biên", "Phong"],
    femaleGiven: ["Ún", "Xiêng", "Pọm", "Ngoan", "Bun", "Khiêm", "Ỉn", "Hom", "Sương", "Lả"],
  },
  Mông: {
    family: ["Giàng", "Vàng", "Sùng", "Lý", "Thào", "Mùa", "Hầu", "Cứ"],
    male: ["A", "Seo", "Văn"],
    female: ["Thị"],
    maleGiven: ["Sử", "Páo", "Dình", "Chứ", "Lử", "Của", "Tủa", "Chinh", "Vư"],
    femaleGiven: ["Mỷ", "Dua", "Sua", "Pà", "Chía", "Dở", "Mai", "Súa", "Sống"],
  },
  Dao: {
    family: ["Tẩn", "Lý", "Chảo", "Đặng", "Bàn", "Phàn", "Triệu"],
    male: ["Láo", "Văn", "Tả", "Kiềm"],
    female: ["Thị", "Tả", "Mẩy"],
    maleGiven: ["Chòi", "Kiềm", "Phù", "Sài", "Sinh", "Quẩy", "Lở", "Vần"],
    femaleGiven: ["Mẩy", "Chạn", "Dín", "Xiêm", "Chiêu", "Sỉ", "Nái", "Liều"],
  },
  Tày: {
    family: ["Hoàng", "Nông", "Ma", "Lục", "Hà", "Triệu", "Lương", "Vi", "Lăng"],
    male: ["Văn", "Đình"],
    female: ["Thị"],
    maleGiven: ["Pín", "Khìn", "Thịnh", "Lâm", "Toản", "Sáng", "Quyết", "Vượng"],
    femaleGiven: ["Nhất", "Lịch", "Ỏn", "Mây", "Thơm", "Đào", "Phượng", "Dầu"],
  },
  Nùng: {
    family: ["Nông", "Hoàng", "Lục", "Chu", "Mã", "Lý", "Vy"],
    male: ["Văn", "Seo"],
    female: ["Thị"],
    maleGiven: ["Slằn", "Phủ", "Sình", "Pẩu", "Thắm", "Lìn", "Cẩu"],
    femaleGiven: ["Slao", "Mằn", "Nhìn", "Kiểm", "Phấy", "Lìu", "Mai"],
  },
  Mường: {
    family: ["Bùi", "Đinh", "Quách", "Xa", "Hà", "Bạch", "Cao"],
    male: ["Văn", "Công"],
    female: ["Thị"],
    maleGiven: ["Khụ", "Thìn", "Chiến", "Nghĩa", "Lực", "Tâm", "Thăng", "Mừng"],
    femaleGiven: ["Mụi", "Khiêm", "Lỵ", "Thướm", "Hoan", "Nhàn", "Chuyên", "Xuyến"],
  },
  Khmer: {
    family: ["Thạch", "Danh", "Kim", "Sơn", "Lâm", "Châu", "Trà"],
    male: ["", "Văn"],
    female: ["Thị"],
    maleGiven: ["Sà Rương", "Sóc", "Phol", "Chanh Đa", "Sa Ven", "Rinh", "Khươl"],
    femaleGiven: ["Sà Ri", "Sa Phương", "Sóc Kha", "Chanh Thu", "Sa Vath", "Mỹ Linh", "Ngọc Lan"],
  },
  "Ê Đê": {
    family: ["Niê", "Êban", "Mlô", "Byă", "Ksơr", "Adrơng", "Buôn Yă"],
    male: ["Y"],
    female: ["H'"],
    maleGiven: ["Bhim", "Nuê", "Kông", "Thuột", "Blô", "Djoan", "Khuê"],
    femaleGiven: ["Bia", "Luyến", "Nga", "Ngơm", "Rin", "Zen", "Hoa"],
    clanLast: true,
  },
  "Gia Rai": {
    family: ["Rơ Châm", "Ksor", "Siu", "Rah Lan", "Nay", "Kpă", "Rơ Mah"],
    male: ["", "Y"],
    female: ["H'", "Thị"],
    maleGiven: ["Phun", "Thiên", "Blik", "Lứ", "Dơn", "Hyưn", "Khăm"],
    femaleGiven: ["Lan", "Nga", "Bơ", "Nhui", "Ghen", "Yăm", "Hlen"],
  },
  "Xơ Đăng": {
    family: ["A", "Y"],
    male: [""],
    female: [""],
    maleGiven: [
      "Hlang",
      "Thuông",
      "Nhâm",
      "Khang",
      "Rơi",
      "Blong",
      "Hiêng",
      "Pếch",
      "Trung",
      "Thịnh",
      "Bôn",
      "Kiên",
      "Rin",
      "Vẻ",
      "Đoan",
      "Hmưn",
      "Prăng",
      "Quyết",
      "Sĩ",
      "Tung",
    ],
    femaleGiven: [
      "Sương",
      "Khanh",
      "Nhơi",
      "Blúi",
      "Hmiên",
      "Rư",
      "Tuyết",
      "Bôl",
      "Hiền",
      "Liên",
      "Mlin",
      "Nguyệt",
      "Phương",
      "Răng",
      "Thoan",
      "Vi",
      "Xuân",
      "Ngheo",
      "Hờ",
      "Đào",
    ],
  },
  "Bru-Vân Kiều": {
    family: ["Hồ", "Kray", "Pả", "Căn", "Hồ"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Ta", "Quý", "Kăn", "Lai", "Ngoan", "Ăm", "Pỏ", "Cường"],
    femaleGiven: ["Bông", "Xiêm", "Bôn", "Pay", "Nhiên", "Tri", "Chơn"],
  },
  "Sán Dìu": {
    family: ["Lam", "Diệp", "Trương", "Tạ", "Lâm", "Dương"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Sinh", "Tài", "Kiều", "Chắn", "Lộc", "Thành"],
    femaleGiven: ["Hòa", "Kiều", "Mảy", "Xuân", "Lành", "Sám"],
  },
  "Cơ Tu": {
    family: ["Bhling", "A Lăng", "Zơ Râm", "Clâu", "Bríu", "Hốih"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Hùng", "Pố", "Đhơ", "Blúi", "Tư", "Ngói", "Hiên"],
    femaleGiven: ["Ninh", "Mai", "Thương", "Dim", "Pá", "Nhi", "Xuân"],
  },
  "Ba Na": {
    family: ["Đinh", "Đinh", "Y", "A"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Hlach", "Klót", "Blơi", "Nhoi", "Thươn", "Hmuih"],
    femaleGiven: ["Hmúi", "Blanh", "Ơng", "Nhiêm", "Yên", "Hờ"],
  },
  "Tà Ôi": {
    family: ["Hồ", "Kăn", "Nhâm", "A Viết", "Kê"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Pả", "Xoa", "Lực", "Đấu", "Hinh", "Chăm"],
    femaleGiven: ["Bơi", "Ôn", "Thế", "Nhung", "Lứa", "Cầu"],
  },
  "Khơ Mú": {
    family: ["Vi", "Lô", "Moong", "Cụt", "Xồng"],
    male: ["Văn"],
    female: ["Thị"],
    maleGiven: ["Phăm", "Xay", "Chăn", "Khăm", "Thoong", "Lợi"],
    femaleGiven: ["Bun", "Ỉn", "Ngoãn", "Mai", "Pheng", "Tuyên"],
  },
};

/** Xơ Đăng names take "A" for men and "Y" for women, so the style's family list is not a family name. */
function nameOf(rng: Prng, ethnicity: string, gender: Gender): string {
  const style = NAME_STYLES[ethnicity] ?? KINH_STYLE;
  if (ethnicity === "Xơ Đăng") {
    const given = rng.pick(gender === "male" ? style.maleGiven : style.femaleGiven);
    return `${gender === "male" ? "A" : "Y"} ${given}`;
  }
  const middle = rng.pick(gender === "male" ? style.male : style.female);
  const given = rng.pick(gender === "male" ? style.maleGiven : style.femaleGiven);
  const family = rng.pick(style.family);
  if (style.clanLast) {
    const first =
      middle === "H'" ? `H'${given}` : [middle, given].filter((p) => p !== "").join(" ");
    return `${first} ${family}`;
  }
  return [family, middle, given].filter((part) => part !== "").join(" ");
}

/** What a club's population looks like: shares by ethnic group, poverty, and so on. */
export interface Population {
  /** Ethnic group → weight. */
  readonly ethnicities: Readonly<Record<string, number>>;
  readonly womenShare: number;
  /** Shares of poor, near-poor, hardship; the rest are none. */
  readonly poverty: readonly [number, number, number];
  /** Share of members with a loan from the fund, and the loan amounts to choose from. */
  readonly borrowing?: { readonly share: number; readonly amounts: readonly number[] };
  /** Share of members who paid into the fund, and the amounts. */
  readonly contributing?: { readonly share: number; readonly amounts: readonly number[] };
}

/** How the register records births: year only, month and year, full dates, or a mixture. */
export type BirthPrecision = "year" | "month" | "date" | "mixed";

export interface ClubPlan {
  readonly club: string;
  readonly villages: readonly string[];
  readonly size: number;
  /** Persons listed who are no longer members. */
  readonly departed?: readonly Departure[];
  /** Blank (unrecorded) cells among current members, by field. */
  readonly unrecorded?: Partial<Record<"gender" | "birth" | "ethnicity" | "poverty", number>>;
}

function weighted(rng: Prng, weights: Readonly<Record<string, number>>): string {
  const entries = Object.entries(weights);
  let roll = rng.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}

/**
 * Births between 1936 and 2000, about two in three aged 55 or more. A month-and-year birth is never July–December
 * 1969: its age at 2024-06-30 would be 54 by the month but 55 by the year alone, and the corpus should test the
 * reader, not a convention DESIGN.md leaves open. Full dates do cross that line on purpose (whole years).
 */
function birthOf(rng: Prng, precision: BirthPrecision): Birth {
  const older = rng.chance(0.68);
  const year = older ? rng.int(1936, 1969) : rng.int(1970, 2000);
  const kind =
    precision === "mixed" ? rng.pick(["year", "year", "date", "month"] as const) : precision;
  if (kind === "year") return { year };
  const month = rng.int(1, 12);
  if (kind === "month") return { year, month: year === 1969 && month > 6 ? month - 6 : month };
  return { year, month, day: rng.int(1, 28) };
}

function povertyOf(rng: Prng, shares: Population["poverty"]): Poverty {
  const roll = rng.next();
  if (roll < shares[0]) return "poor";
  if (roll < shares[0] + shares[1]) return "near-poor";
  if (roll < shares[0] + shares[1] + shares[2]) return "hardship";
  return "none";
}

const BOARD: readonly Role[] = [
  "chair",
  "vice-chair",
  "vice-chair",
  "board-member",
  "board-member",
];

/** Every member of one club: a board of five first, as registers list them, then the others. */
export function makeClub(
  rng: Prng,
  plan: ClubPlan,
  population: Population,
  precision: BirthPrecision
): TrueMember[] {
  const names = new Set<string>();
  const members: TrueMember[] = [];
  const departures = plan.departed ?? [];
  const total = plan.size + departures.length;
  for (let i = 0; i < total; i++) {
    const ethnicity = weighted(rng, population.ethnicities);
    const gender: Gender = rng.chance(population.womenShare) ? "female" : "male";
    let name = nameOf(rng, ethnicity, gender);
    for (let tries = 0; names.has(name); tries++) {
      if (tries > 500) throw new Error(`${plan.club}: too few ${ethnicity} names for its size`);
      name = nameOf(rng, ethnicity, gender);
    }
    names.add(name);
    const borrows = population.borrowing && rng.chance(population.borrowing.share);
    const pays = population.contributing && rng.chance(population.contributing.share);
    members.push({
      name,
      gender,
      birth: birthOf(rng, precision),
      ethnicity,
      poverty: povertyOf(rng, population.poverty),
      role: i < BOARD.length ? BOARD[i] : "member",
      club: plan.club,
      village: rng.pick(plan.villages),
      loan: borrows ? rng.pick(population.borrowing!.amounts) : 0,
      contribution: pays ? rng.pick(population.contributing!.amounts) : 0,
      departed: null,
    });
  }
  // Former members sit among the others (never on the board), where the register kept their row.
  departures.forEach((departure, k) => {
    const at = BOARD.length + 3 + k * Math.max(2, Math.floor((total - 8) / departures.length));
    members[at] = { ...members[at], departed: departure, role: "member" };
  });
  return unrecord(rng, members, plan.unrecorded ?? {});
}

/** Blanks a few cells among ordinary current members, as registers have them. */
function unrecord(
  rng: Prng,
  members: TrueMember[],
  blanks: NonNullable<ClubPlan["unrecorded"]>
): TrueMember[] {
  const out = members.slice();
  for (const [field, count] of Object.entries(blanks) as [keyof typeof blanks, number][]) {
    for (let n = 0; n < count; n++) {
      let at = rng.int(BOARD.length, out.length - 1);
      while (out[at].departed !== null || out[at][field] === null) at = rng.int(5, out.length - 1);
      out[at] = { ...out[at], [field]: null };
    }
  }
  return out;
}

/** Age in whole years at the report date 2024-06-30. */
export function ageAt(birth: Birth): number {
  const age = 2024 - birth.year;
  if (birth.month === undefined) return age;
  const reached = birth.month < 6 || (birth.month === 6 && (birth.day ?? 1) <= 30);
  return reached ? age : age - 1;
}
