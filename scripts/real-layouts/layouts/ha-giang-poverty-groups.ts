/**
 * A Hà Giang club that lists its members grouped by the household category the model prioritises (older people of
 * poor, near-poor and hardship households: https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi):
 * heading rows "I. Hộ nghèo", "II. Hộ cận nghèo", "III. Hộ có hoàn cảnh khó khăn", "IV. Hộ khác" carry the poverty
 * status of the rows below, with no poverty column. Split birth year "Năm sinh" → "Nam | Nữ", a code row "A B 1 2
 * 3 …", roles abbreviated in "Chức vụ".
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type Poverty } from "../model";
import { departureNote, ethnicityWord, roleWord } from "../noise";

const CLUB = "CLB LTHTGN thôn Lùng Tám";
const GROUPS: readonly [Poverty, string][] = [
  ["poor", "I. Hộ nghèo"],
  ["near-poor", "II. Hộ cận nghèo"],
  ["hardship", "III. Hộ có hoàn cảnh khó khăn"],
  ["none", "IV. Hộ khác"],
];
const WIDTH = 8;

export const haGiangPovertyGroups: Layout = {
  file: "ha-giang-poverty-groups.xlsx",
  source: ["https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi"],
  traits: [
    "poverty carried only by group heading rows (I. Hộ nghèo … IV. Hộ khác)",
    "split birth year Năm sinh → Nam | Nữ",
    "column-code row A B 1 2 3 …",
    "Mông, Dao, Tày spellings",
    "roles abbreviated, departures in Ghi chú",
  ],
  missing: ["loan", "contribution"],
  clubMatch: { [CLUB]: "lung tam" },
  seed: 2101,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Lùng Tám"], size: 48, departed: ["died"] },
      {
        ethnicities: { Mông: 0.5, Dao: 0.15, Tày: 0.2, Kinh: 0.15 },
        womenShare: 0.62,
        poverty: [0.35, 0.2, 0.1],
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT XÃ LÙNG TÁM", "CLB LTHTGN"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU THÔN LÙNG TÁM"],
      WIDTH
    );
    const r1 = b.add([
      "TT",
      "Họ và tên",
      "Năm sinh",
      null,
      "Dân tộc",
      "Thôn",
      "Chức vụ",
      "Ghi chú",
    ]);
    b.add([null, null, "Nam", "Nữ"]);
    for (const c of [1, 2, 5, 6, 7, 8]) b.merge(r1, c, 2, 1);
    b.merge(r1, 3, 1, 2);
    b.add(["A", "B", "1", "2", "3", "4", "5", "6"]);
    let n = 0;
    for (const [poverty, heading] of GROUPS) {
      b.merge(b.add([heading]), 1, 1, WIDTH);
      for (const m of members.filter((x) => x.poverty === poverty)) {
        const year = m.birth!.year;
        b.add([
          ++n,
          m.name,
          m.gender === "male" ? year : null,
          m.gender === "female" ? year : null,
          ethnicityWord(rng, m.ethnicity!, true),
          "Lùng Tám",
          m.role === "member" ? null : roleWord(rng, m.role, true),
          m.departed && departureNote(rng, m.departed),
        ]);
      }
    }
    signatureBlock(b, "Lùng Tám", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("Lung Tam")] };
  },
};
