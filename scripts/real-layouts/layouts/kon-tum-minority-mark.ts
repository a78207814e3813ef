/**
 * A Kon Tum club whose list only marks who belongs to an ethnic minority ("Người DTTS", x) without naming the
 * group, as the target-group columns of the labour and vocational-training lists do (Người dân tộc thiểu số as an
 * "Đối tượng ưu tiên": public code index id 45272326505; the rural vocational-training targets:
 * https://jcpmediaroom.com/?p=33154). Poverty as three marks incl. "Hộ khó khăn", roles abbreviated (CN, PCN, UV,
 * TV), a stale one-cell totals row, Xơ Đăng and Gia Rai names.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote, genderWord, mark, roleWord } from "../noise";

const CLUB = "CLB LTHTGN làng Kon Klor";
const WIDTH = 10;

export const konTumMinorityMark: Layout = {
  file: "kon-tum-minority-mark.xlsx",
  source: [
    "public code index id 45272326505 (Đối tượng ưu tiên columns)",
    "https://jcpmediaroom.com/?p=33154",
  ],
  traits: [
    "ethnicity only as a mark column Người DTTS (group not named)",
    "Đối tượng parent over marks Người DTTS | Hộ nghèo | Hộ cận nghèo | Hộ khó khăn",
    "roles abbreviated CN, PCN, P.CN, UV, TV in Chức vụ",
    "stale one-cell totals row",
    "departures in Ghi chú",
    "no loan or contribution column",
  ],
  missing: ["loan", "contribution"],
  clubMatch: { [CLUB]: "kon klor" },
  seed: 1117,
  render(rng) {
    const members = makeClub(
      rng,
      {
        club: CLUB,
        villages: ["Kon Klor"],
        size: 41,
        departed: ["died", "moved"],
        unrecorded: { gender: 1 },
      },
      {
        ethnicities: { "Xơ Đăng": 0.45, "Gia Rai": 0.2, Kinh: 0.35 },
        womenShare: 0.65,
        poverty: [0.3, 0.2, 0.12],
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI", "PHƯỜNG THẮNG LỢI"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU LÀNG KON KLOR"],
      WIDTH
    );
    const r1 = b.add([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Giới tính",
      "Đối tượng",
      null,
      null,
      null,
      "Chức vụ",
      "Ghi chú",
    ]);
    b.add([null, null, null, null, "Người DTTS", "Hộ nghèo", "Hộ cận nghèo", "Hộ khó khăn"]);
    for (const c of [1, 2, 3, 4, 9, 10]) b.merge(r1, c, 2, 1);
    b.merge(r1, 5, 1, 4);
    members.forEach((m, i) => {
      const tick = mark(rng);
      b.add([
        i + 1,
        m.name,
        m.birth!.year,
        m.gender && genderWord(rng, m.gender, true),
        m.ethnicity !== "Kinh" ? tick : null,
        m.poverty === "poor" ? tick : null,
        m.poverty === "near-poor" ? tick : null,
        m.poverty === "hardship" ? tick : null,
        roleWord(rng, m.role, true),
        m.departed && departureNote(rng, m.departed),
      ]);
    });
    b.merge(b.add([`Tổng cộng: ${members.length - 5} thành viên`]), 1, 1, 4);
    signatureBlock(b, "Kon Tum", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("DS")] };
  },
};
