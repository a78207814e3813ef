/**
 * A Bắc Kạn club in VNI-Times with a three-row header under one overall parent ("Thông tin thành viên" over
 * "Giới tính" → "Nam | Nữ" marks and "Đối tượng" → "Hộ nghèo | Hộ cận nghèo" marks), village heading rows
 * ("Thôn Nà Tăm"), and neither roles nor money — the club fact sheet of HelpAge (clubs of 50–70 members, most of
 * them women over 55: https://www.helpage.org/helpage-at-40/vietnams-intergenerational-self-help-clubs/) kept on
 * an old machine.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote, ethnicityWord, mark, toVni } from "../noise";

const CLUB = "CLB LTHTGN xã Cẩm Giàng";
const VILLAGES = ["Thôn Nà Tăm", "Thôn Khuổi Cuồng"];
const WIDTH = 9;

export const bacKanVni3Row: Layout = {
  file: "bac-kan-vni-3row.xlsx",
  source: ["https://www.helpage.org/helpage-at-40/vietnams-intergenerational-self-help-clubs/"],
  traits: [
    "VNI text in every cell",
    "three header rows under one overall parent",
    "gender as marks under Giới tính → Nam | Nữ",
    "poverty as marks Hộ nghèo | Hộ cận nghèo; no hardship",
    "village heading rows (Thôn Nà Tăm …)",
    "no role, loan or contribution column",
  ],
  missing: ["hardship", "role", "loan", "contribution"],
  clubMatch: { [CLUB]: "cam giang" },
  seed: 2307,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: VILLAGES, size: 33, departed: ["died", "moved"] },
      {
        ethnicities: { Tày: 0.5, Nùng: 0.2, Dao: 0.1, Kinh: 0.2 },
        womenShare: 0.7,
        poverty: [0.25, 0.2, 0.1],
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI", "XÃ CẨM GIÀNG"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ CẨM GIÀNG"],
      WIDTH,
      toVni
    );
    const v = (t: string | null) => t && toVni(t);
    const r1 = b.add(
      ["STT", "Thông tin thành viên", null, null, null, null, null, null, "Ghi chú"].map(v)
    );
    const r2 = b.add(
      [null, "Họ và tên", "Năm sinh", "Giới tính", null, "Dân tộc", "Đối tượng", null].map(v)
    );
    b.add([null, null, null, "Nam", "Nữ", null, "Hộ nghèo", "Hộ cận nghèo"].map(v));
    b.merge(r1, 1, 3, 1);
    b.merge(r1, 9, 3, 1);
    b.merge(r1, 2, 1, 7);
    for (const c of [2, 3, 6]) b.merge(r2, c, 2, 1);
    b.merge(r2, 4, 1, 2);
    b.merge(r2, 7, 1, 2);
    let n = 0;
    for (const village of VILLAGES) {
      b.merge(b.add([v(village)]), 1, 1, WIDTH);
      for (const m of members.filter((x) => x.village === village)) {
        const tick = mark(rng);
        b.add([
          ++n,
          v(m.name),
          m.birth!.year,
          m.gender === "male" ? tick : null,
          m.gender === "female" ? tick : null,
          v(ethnicityWord(rng, m.ethnicity!, true)),
          m.poverty === "poor" ? tick : null,
          m.poverty === "near-poor" ? tick : null,
          v(m.departed && departureNote(rng, m.departed)),
        ]);
      }
    }
    signatureBlock(b, "Cẩm Giàng", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH, toVni);
    return { members, sheets: [b.sheet("DS", "VNI-Times")] };
  },
};
