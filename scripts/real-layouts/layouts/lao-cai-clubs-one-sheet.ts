/**
 * Three Lào Cai clubs of one commune on one sheet, each under a heading row naming the club ("I. CLB … thôn Na
 * Pên") and closed by its own "Cộng" row, laid out like the poverty-review summaries that group rows under Roman
 * numerals and close with totals (https://luatminhkhue.vn/mau-giay-tong-hop-ket-qua-dieu-tra--ra-soat-ho-ngheo-nam-cap-xa-huyen-tinh-mau-so-3-.aspx).
 * Two header rows: "Đối tượng ưu tiên" over marks "Hộ nghèo | Hộ cận nghèo | Hoàn cảnh khó khăn" (✓, 1, x),
 * "Vay vốn quỹ CLB" over "Số tiền (đồng) | Mục đích". Years of birth as numbers and as text; one club's text typed
 * on a machine that writes decomposed Unicode (NFD).
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import {
  birthCell,
  departureNote,
  ethnicityWord,
  genderWord,
  mark,
  moneyText,
  nfd,
  roleWord,
} from "../noise";

const CLUBS = [
  { club: "CLB LTHTGN thôn Na Pên", heading: "I. CLB LTHTGN thôn Na Pên", size: 24 },
  { club: "CLB LTHTGN thôn Bản Mế", heading: "II. CLB LTHTGN thôn Bản Mế", size: 26 },
  { club: "CLB LTHTGN thôn Cốc Cái", heading: "III. CLB LTHTGN thôn Cốc Cái", size: 22 },
];
const WIDTH = 11;
const MARKS = ["✓", "1", "x", "X"];

function rowsOf(
  b: SheetBuilder,
  rng: Prng,
  members: readonly TrueMember[],
  decomposed: boolean
): void {
  const text = (t: string | null) => (t !== null && decomposed ? nfd(t) : t);
  let loans = 0;
  members.forEach((m, i) => {
    const tick = mark(rng, MARKS);
    loans += m.loan;
    b.add([
      i + 1,
      text(m.name),
      m.birth && birthCell(rng, m.birth, true),
      text(genderWord(rng, m.gender!, true)),
      text(m.ethnicity && ethnicityWord(rng, m.ethnicity, true)),
      m.poverty === "poor" ? tick : null,
      m.poverty === "near-poor" ? tick : null,
      m.poverty === "hardship" ? tick : null,
      text(m.departed ? departureNote(rng, m.departed) : roleWord(rng, m.role, false)),
      m.loan > 0 ? moneyText(rng, m.loan) : null,
      m.loan > 0 ? text(rng.pick(["Nuôi lợn", "Trồng chè", "Mua giống ngô"])) : null,
    ]);
  });
  b.merge(b.add(["Cộng", null, null, null, null, null, null, null, null, loans]), 1, 1, 2);
}

export const laoCaiClubsOneSheet: Layout = {
  file: "lao-cai-clubs-one-sheet.xlsx",
  source: [
    "https://luatminhkhue.vn/mau-giay-tong-hop-ket-qua-dieu-tra--ra-soat-ho-ngheo-nam-cap-xa-huyen-tinh-mau-so-3-.aspx",
  ],
  traits: [
    "three clubs on one sheet, each under a club heading row I. / II. / III.",
    "a Cộng row after each club",
    "title names several clubs (các CLB …): no club in the title",
    "two header rows: Đối tượng ưu tiên → Hộ nghèo | Hộ cận nghèo | Hoàn cảnh khó khăn marks (✓, 1, x)",
    "loan money under Vay vốn quỹ CLB → Số tiền (đồng)",
    "years as numbers and as text; NFD text in one club",
    "ethnicity spelling variants; one unrecorded ethnicity",
    "roles written out in Chức vụ trong BCN, departures in the same column",
  ],
  missing: ["contribution"],
  clubMatch: {
    [CLUBS[0].club]: "na pen",
    [CLUBS[1].club]: "ban me",
    [CLUBS[2].club]: "coc cai",
  },
  seed: 8837,
  render(rng) {
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI", "XÃ BẢN PHIỆT"],
      [
        "DANH SÁCH THÀNH VIÊN CÁC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ BẢN PHIỆT",
        "(Tính đến ngày 30/6/2024)",
      ],
      WIDTH
    );
    const r1 = b.add([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Giới tính",
      "Dân tộc",
      "Đối tượng ưu tiên",
      null,
      null,
      "Chức vụ trong BCN",
      "Vay vốn quỹ CLB",
      null,
    ]);
    b.add([
      null,
      null,
      null,
      null,
      null,
      "Hộ nghèo",
      "Hộ cận nghèo",
      "Hoàn cảnh khó khăn",
      null,
      "Số tiền (đồng)",
      "Mục đích",
    ]);
    for (const c of [1, 2, 3, 4, 5, 9]) b.merge(r1, c, 2, 1);
    b.merge(r1, 6, 1, 3);
    b.merge(r1, 10, 1, 2);
    const all: TrueMember[] = [];
    CLUBS.forEach((plan, k) => {
      const members = makeClub(
        rng,
        {
          club: plan.club,
          villages: [plan.club],
          size: plan.size,
          departed: k === 1 ? ["died", "moved"] : ["died"],
          unrecorded: k === 2 ? { ethnicity: 1 } : {},
        },
        {
          ethnicities: { Tày: 0.3, Mông: 0.2, Dao: 0.2, Nùng: 0.1, Kinh: 0.2 },
          womenShare: 0.6,
          poverty: [0.3, 0.25, 0.1],
          borrowing: { share: 0.35, amounts: [5_000_000, 3_000_000, 7_000_000, 10_000_000] },
        },
        "year"
      );
      b.merge(b.add([plan.heading]), 1, 1, WIDTH);
      rowsOf(b, rng, members, k === 1);
      all.push(...members);
    });
    signatureBlock(b, "Bản Phiệt", ["NGƯỜI LẬP BIỂU", "TM. HỘI NCT XÃ"], WIDTH);
    return { members: all, sheets: [b.sheet("Tong hop CLB")] };
  },
};
