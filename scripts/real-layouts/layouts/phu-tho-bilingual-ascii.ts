/**
 * A Phú Thọ club on a bilingual project form (HelpAge-supported clubs report to the project in English:
 * https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi,
 * https://helpagevn.org/blogs/sinh-ke-ben-vung/mo-hinh-cau-lac-bo-lien-the-he-tu-giup-nhau-giam-ngheo-da-chieu):
 * a Vietnamese header row with an English row under it, every value typed without diacritics (an English keyboard:
 * "Nguyen Thi Lan", "Muong"), gender "M" / "F", poverty marks 1 under Ho ngheo / Ho can ngheo, positions in English
 * (Chairperson, Vice-chair, Treasurer, Secretary, Member), money as English-style 1,000,000, notes without
 * diacritics ("Da mat", "Chuyen di").
 */
import { SheetBuilder } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote } from "../noise";
import { plain } from "./hand-typed";

const CLUB = "CLB LTHTGN xóm Chiềng";
const WIDTH = 11;

export const phuThoBilingualAscii: Layout = {
  file: "phu-tho-bilingual-ascii.xlsx",
  source: [
    "https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi",
    "https://helpagevn.org/blogs/sinh-ke-ben-vung/mo-hinh-cau-lac-bo-lien-the-he-tu-giup-nhau-giam-ngheo-da-chieu",
  ],
  traits: [
    "bilingual header: Vietnamese row, English row under it (Sex (M/F), Year of birth, Poor HH …)",
    "every value typed without diacritics (names, Muong, Dao, Kinh, notes Da mat / Chuyen di)",
    "gender M / F",
    "poverty marks 1 under Ho ngheo / Ho can ngheo; no hardship",
    "positions in English: Chairperson, Vice-chair, Treasurer, Secretary, Member",
    "money as numbers and English-style text 1,000,000",
    "title block in Vietnamese with diacritics, club named in the title 'CLB/Club: Xom Chieng'",
  ],
  missing: ["hardship"],
  clubMatch: { [CLUB]: "chieng" },
  seed: 7303,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Xóm Chiềng"], size: 54, departed: ["died", "moved"] },
      {
        ethnicities: { Mường: 0.55, Kinh: 0.3, Dao: 0.15 },
        womenShare: 0.64,
        poverty: [0.2, 0.22, 0],
        borrowing: { share: 0.3, amounts: [3_000_000, 5_000_000, 2_000_000] },
        contributing: { share: 0.9, amounts: [100_000, 200_000, 240_000, 120_000] },
      },
      "year"
    );
    const b = new SheetBuilder();
    b.add(["DỰ ÁN HỖ TRỢ CLB LIÊN THẾ HỆ TỰ GIÚP NHAU / ISHC SUPPORT PROJECT"]);
    b.add(["Tỉnh/Province: Phú Thọ", null, null, null, "Huyện/District: Tân Sơn"]);
    b.add(["Xã/Commune: Kim Thượng", null, null, null, "CLB/Club: Xom Chieng"]);
    b.add();
    b.banner("DANH SÁCH THÀNH VIÊN CLB / CLUB MEMBER LIST", WIDTH);
    b.add();
    b.add([
      "TT",
      "Họ và tên",
      "Giới tính",
      "Năm sinh",
      "Dân tộc",
      "Hộ nghèo",
      "Hộ cận nghèo",
      "Vị trí trong CLB",
      "Góp quỹ (VNĐ)",
      "Vay quỹ (VNĐ)",
      "Ghi chú",
    ]);
    b.add([
      "No.",
      "Full name",
      "Sex (M/F)",
      "Year of birth",
      "Ethnicity",
      "Poor HH",
      "Near-poor HH",
      "Position",
      "Contribution (VND)",
      "Loan (VND)",
      "Notes",
    ]);
    const position = {
      chair: "Chairperson",
      "vice-chair": "Vice-chair",
      "board-member": "",
      member: "Member",
    } as const;
    members.forEach((m, i) => {
      const pos =
        m.role === "board-member" ? rng.pick(["Treasurer", "Secretary"]) : position[m.role];
      const money = (v: number) =>
        v > 0 ? rng.pick<string | number>([v, v.toLocaleString("en-US")]) : null;
      b.add([
        i + 1,
        plain(m.name),
        m.gender === "female" ? "F" : "M",
        m.birth!.year,
        plain(m.ethnicity!),
        m.poverty === "poor" ? 1 : null,
        m.poverty === "near-poor" ? 1 : null,
        pos,
        money(m.contribution),
        money(m.loan),
        m.departed ? plain(departureNote(rng, m.departed)) : null,
      ]);
    });
    b.add();
    b.add([
      null,
      "Nguoi lap / Prepared by",
      null,
      null,
      null,
      null,
      null,
      "Chu nhiem CLB / Club chair",
    ]);
    return { members, sheets: [b.sheet("Members")] };
  },
};
