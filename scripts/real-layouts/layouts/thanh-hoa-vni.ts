/**
 * A Thanh Hóa club in a list typed with the VNI-Times font (VNI encoding: "Hoï vaø teân", "Möôøng"), from the
 * VNI table of duydev/vietnamese-conversion (src/charsets.ts): split birth year "Naêm sinh" → "Nam | Nöõ", poverty as
 * three mark columns including hardship (Hoä ngheøo, Hoä caän ngheøo, Hoaøn caûnh khoù khaên), village heading rows,
 * roles in a column. No money.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote, ethnicityWord, mark, roleWord, toVni } from "../noise";

const CLUB = "CLB LTHTGN xã Thành Sơn";
const VILLAGES = ["Thôn Cốc", "Thôn Lập", "Thôn Đông"];
const WIDTH = 10;

export const thanhHoaVni: Layout = {
  file: "thanh-hoa-vni.xlsx",
  source: ["github.com/duydev/vietnamese-conversion, src/charsets.ts (VNI table)"],
  traits: [
    "VNI (VNI-Times) text in every cell",
    "split birth year Năm sinh → Nam | Nữ",
    "poverty as three mark columns incl. hardship",
    "village heading rows Thôn Cốc … (in VNI)",
    "roles written out in Chức vụ",
    "no loan or contribution column",
  ],
  missing: ["loan", "contribution"],
  clubMatch: { [CLUB]: "thanh son" },
  seed: 7723,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: VILLAGES, size: 36, departed: ["moved"] },
      {
        ethnicities: { Mường: 0.55, Thái: 0.2, Kinh: 0.25 },
        womenShare: 0.7,
        poverty: [0.25, 0.25, 0.15],
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI", "XÃ THÀNH SƠN"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ THÀNH SƠN"],
      WIDTH,
      toVni
    );
    const r1 = b.add(
      [
        "STT",
        "Họ và tên",
        "Năm sinh",
        null,
        "Dân tộc",
        "Hộ nghèo",
        "Hộ cận nghèo",
        "Hoàn cảnh khó khăn",
        "Chức vụ",
        "Ghi chú",
      ].map((t) => t && toVni(t))
    );
    b.add([null, null, "Nam", toVni("Nữ")]);
    for (const c of [1, 2, 5, 6, 7, 8, 9, 10]) b.merge(r1, c, 2, 1);
    b.merge(r1, 3, 1, 2);
    let n = 0;
    for (const village of VILLAGES) {
      b.merge(b.add([toVni(village)]), 1, 1, WIDTH);
      for (const m of members.filter((x) => x.village === village)) {
        const year = m.birth!.year;
        const tick = mark(rng);
        b.add([
          ++n,
          toVni(m.name),
          m.gender === "male" ? year : null,
          m.gender === "female" ? year : null,
          toVni(ethnicityWord(rng, m.ethnicity!, true)),
          m.poverty === "poor" ? tick : null,
          m.poverty === "near-poor" ? tick : null,
          m.poverty === "hardship" ? tick : null,
          toVni(roleWord(rng, m.role, false) ?? ""),
          m.departed && toVni(departureNote(rng, m.departed)),
        ]);
      }
    }
    signatureBlock(b, "Thành Sơn", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH, toVni);
    return { members, sheets: [b.sheet("DS CLB", "VNI-Times")] };
  },
};
