/**
 * Two Yên Bái village clubs laid side by side on one sheet (left block A–H, an empty column, right block J–Q), as a
 * commune prints two short lists on one landscape page; each block has its own club line, header and "Cộng" row,
 * and the blocks have different lengths. Tày, Dao (Dao đỏ, Dao quần chẹt), Khơ Mú (Khơ-mú, Xá Cẩu) and Kinh.
 * Poverty as values in "Hộ nghèo, cận nghèo" (Nghèo / Cận nghèo / Không / -); no hardship, loan or contribution.
 * Club model: https://www.vietnam.vn/th/gan-ket-cong-dong-tu-cau-lac-bo-lien-the-he-tu-giup-nhau
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import { departureNote, ethnicityWord, genderWord, roleWord } from "../noise";
import type { Cell } from "../sheet";

const CLUBS = [
  { club: "CLB LTHTGN thôn Khe Dòng", size: 36, departed: ["died", "left"] as const },
  { club: "CLB LTHTGN thôn Đồng Ruộng", size: 29, departed: ["moved"] as const },
];
const BLOCK = 8;

function poverty(rng: Prng, m: TrueMember): string {
  if (m.poverty === "poor") return rng.pick(["Nghèo", "Hộ nghèo"]);
  if (m.poverty === "near-poor") return rng.pick(["Cận nghèo", "Hộ cận nghèo"]);
  return rng.pick(["Không", "-", "Không"]);
}

function block(rng: Prng, club: string, members: readonly TrueMember[]): Cell[][] {
  const rows: Cell[][] = [];
  rows.push([club.replace("CLB LTHTGN", "CLB LIÊN THẾ HỆ TỰ GIÚP NHAU").toUpperCase()]);
  rows.push([
    "TT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Dân tộc",
    "Hộ nghèo, cận nghèo",
    "Chức vụ",
    "Ghi chú",
  ]);
  members.forEach((m, i) =>
    rows.push([
      i + 1,
      m.name,
      m.birth!.year,
      genderWord(rng, m.gender!, true),
      ethnicityWord(rng, m.ethnicity!, true),
      poverty(rng, m),
      m.departed ? null : roleWord(rng, m.role, false),
      m.departed ? departureNote(rng, m.departed) : null,
    ])
  );
  rows.push([`Cộng: ${members.length} người`]);
  return rows;
}

export const yenBaiSideBySide: Layout = {
  file: "yen-bai-side-by-side.xlsx",
  source: ["https://www.vietnam.vn/th/gan-ket-cong-dong-tu-cau-lac-bo-lien-the-he-tu-giup-nhau"],
  traits: [
    "two clubs side by side on one sheet (A–H and J–Q), each with its own club line, header and Cộng row",
    "blocks of different lengths; a shared title over both",
    "Tày, Dao đỏ, Dao quần chẹt, Khơ-mú, Xá Cẩu, Khmú spellings",
    "poverty values Nghèo / Cận nghèo / Không / - ; no hardship",
    "roles written out in Chức vụ, departures in Ghi chú; no loan or contribution",
  ],
  missing: ["hardship", "loan", "contribution"],
  clubMatch: { [CLUBS[0].club]: "khe dong", [CLUBS[1].club]: "dong ruong" },
  seed: 7404,
  render(rng) {
    const lists = CLUBS.map((plan) =>
      makeClub(
        rng,
        { club: plan.club, villages: [plan.club], size: plan.size, departed: [...plan.departed] },
        {
          ethnicities: { Tày: 0.35, Dao: 0.3, Kinh: 0.2, "Khơ Mú": 0.15 },
          womenShare: 0.63,
          poverty: [0.3, 0.2, 0],
        },
        "year"
      )
    );
    const b = new SheetBuilder();
    b.add([
      "HỘI NCT XÃ ĐÔNG CUÔNG",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]);
    b.add([null, null, null, null, null, null, null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
    b.add();
    b.banner(
      "DANH SÁCH THÀNH VIÊN CÁC CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ ĐÔNG CUÔNG NĂM 2024",
      2 * BLOCK + 1
    );
    b.add();
    const left = block(rng, CLUBS[0].club, lists[0]);
    const right = block(rng, CLUBS[1].club, lists[1]);
    const first = b.rows.length + 1;
    for (let r = 0; r < Math.max(left.length, right.length); r++) {
      const row: Cell[] = [];
      (left[r] ?? []).forEach((c, k) => (row[k] = c));
      (right[r] ?? []).forEach((c, k) => (row[BLOCK + 1 + k] = c));
      b.add(row);
    }
    b.merge(first, 1, 1, BLOCK);
    b.merge(first, BLOCK + 2, 1, BLOCK);
    b.add();
    b.add([
      null,
      "NGƯỜI LẬP",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "TM. BCH HỘI NCT XÃ",
    ]);
    return { members: lists.flat(), sheets: [b.sheet("2 CLB")] };
  },
};
