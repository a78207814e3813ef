/**
 * Two Quảng Nam clubs stacked on one sheet, each with its own title, header and "Cộng" row, as a commune sends
 * them in one file. Each list marks women only ("Nữ (x)", blank: a man), marks its home-care volunteers (every club
 * has at least five: https://www.aarpinternational.org/initiatives/aging-readiness-competitiveness-arc/vietnam-case-study)
 * — a mark that is not a board role — and records contributions in thousands of đồng ("Góp quỹ (nghìn đồng)":
 * 200 means 200,000 đ). Cơ Tu and Kinh members.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import { departureNote, ethnicityWord, mark, roleWord } from "../noise";

const CLUBS = [
  { club: "CLB LTHTGN thôn Bhơ Hồng", title: "THÔN BHƠ HỒNG", size: 30 },
  { club: "CLB LTHTGN thôn A Dinh", title: "THÔN A DINH", size: 26 },
];
const WIDTH = 10;

function table(b: SheetBuilder, rng: Prng, title: string, members: readonly TrueMember[]): void {
  b.banner(`DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU ${title}`, WIDTH);
  b.add();
  b.add([
    "TT",
    "Họ và tên",
    "Năm sinh",
    "Nữ (x)",
    "Dân tộc",
    "Hộ nghèo",
    "Hộ cận nghèo",
    "Chức vụ",
    "TNV chăm sóc tại nhà",
    "Góp quỹ (nghìn đồng)",
  ]);
  let fund = 0;
  members.forEach((m, i) => {
    fund += m.contribution / 1000;
    b.add([
      i + 1,
      m.name,
      m.birth!.year,
      m.gender === "female" ? mark(rng) : null,
      ethnicityWord(rng, m.ethnicity!, true),
      m.poverty === "poor" ? mark(rng) : null,
      m.poverty === "near-poor" ? mark(rng) : null,
      m.departed ? departureNote(rng, m.departed) : roleWord(rng, m.role, true),
      i >= 5 && i < 12 ? "x" : null,
      m.contribution > 0 ? m.contribution / 1000 : null,
    ]);
  });
  b.merge(b.add(["Cộng", null, null, null, null, null, null, null, null, fund]), 1, 1, 2);
  b.add();
  b.add();
}

export const quangNamTwoTables: Layout = {
  file: "quang-nam-two-tables.xlsx",
  source: [
    "https://www.aarpinternational.org/initiatives/aging-readiness-competitiveness-arc/vietnam-case-study",
  ],
  traits: [
    "two clubs stacked on one sheet, each with title, header and Cộng row",
    "gender as a single Nữ (x) mark column",
    "a home-care volunteer mark column that is not a role",
    "contributions in thousands of đồng (header says nghìn đồng)",
    "poverty marks Hộ nghèo | Hộ cận nghèo; no hardship",
    "Cơ Tu spellings (Cơ-tu, Katu)",
  ],
  missing: ["hardship", "loan"],
  clubMatch: { [CLUBS[0].club]: "bho hong", [CLUBS[1].club]: "a dinh" },
  seed: 2411,
  render(rng) {
    const b = new SheetBuilder();
    const all: TrueMember[] = [];
    b.add(["HỘI NGƯỜI CAO TUỔI XÃ A VƯƠNG"]);
    b.add();
    CLUBS.forEach((plan, k) => {
      const members = makeClub(
        rng,
        {
          club: plan.club,
          villages: [plan.title],
          size: plan.size,
          departed: k === 0 ? ["died"] : ["left"],
        },
        {
          ethnicities: { "Cơ Tu": 0.75, Kinh: 0.25 },
          womenShare: 0.63,
          poverty: [0.35, 0.2, 0.1],
          contributing: { share: 0.8, amounts: [200_000, 300_000, 100_000] },
        },
        "year"
      );
      table(b, rng, plan.title, members);
      all.push(...members);
    });
    b.add([null, null, null, null, null, null, "A Vương, ngày 25 tháng 6 năm 2024"]);
    b.add([null, null, null, null, null, null, "TM. HỘI NCT XÃ"]);
    return { members: all, sheets: [b.sheet("2 CLB")] };
  },
};
