/**
 * A Nam Định club listed on the voter-list form (Mẫu số 33/HĐBC, 2021):
 * http://sonoivu.namdinh.gov.vn/huong-dan-bau-cu/mau-so-33hdbc-danh-sach-cu-tri-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hoi-dong-nhan-dan-cac-1351
 * STT | Họ và tên | Ngày tháng năm sinh | Nam | Nữ | Dân tộc | Nghề nghiệp | Nơi cư trú (Thường trú | Tạm trú) |
 * Ghi chú, a code row "(1) (2) … (7a) (7b)", a "Tổng số" row and the sentence "Tổng số … người; trong đó có … Nam;
 * … Nữ". Gender is a mark under Nam or Nữ; roles and departures are written in Ghi chú; nothing about poverty,
 * loans or contributions.
 */
import type { Prng } from "../../../bench/prng";
import { signatureBlock, SheetBuilder, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { birthCell, departureNote, ethnicityWord, mark, roleWord } from "../noise";

const CLUB = "CLB LTHTGN xóm 5 Hải Anh";
const JOBS = ["Làm ruộng", "Hưu trí", "Buôn bán", "Nội trợ", "Làm muối", "Thợ may"];
const WIDTH = 10;

export const namDinhVoterMarks: Layout = {
  file: "nam-dinh-voter-marks.xlsx",
  source: [
    "http://sonoivu.namdinh.gov.vn/huong-dan-bau-cu/mau-so-33hdbc-danh-sach-cu-tri-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hoi-dong-nhan-dan-cac-1351",
  ],
  traits: [
    "title block with motto",
    "two header rows, merged parent Nơi cư trú",
    "gender as marks under separate Nam / Nữ columns (x, X, 1)",
    "full dates: Excel dates and text dd/mm/yyyy",
    "column-code row (1) (2) … (7a) (7b)",
    "roles and departures written in Ghi chú",
    "stale totals row and totals sentence (counts former members)",
    "signature block",
    "no poverty, loan or contribution column",
  ],
  missing: ["poverty", "loan", "contribution"],
  clubMatch: { [CLUB]: "hai anh" },
  seed: 3301,
  render(rng: Prng) {
    const members = makeClub(
      rng,
      {
        club: CLUB,
        villages: ["Xóm 5"],
        size: 46,
        departed: ["died", "moved", "died"],
        unrecorded: { gender: 1 },
      },
      { ethnicities: { Kinh: 0.96, Mường: 0.04 }, womenShare: 0.72, poverty: [0, 0, 0] },
      "date"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["ỦY BAN NHÂN DÂN", "XÃ HẢI ANH"],
      [
        "DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU XÓM 5 XÃ HẢI ANH",
        "(Kèm theo Quyết định số 12/QĐ-UBND ngày 15/3/2021 của UBND xã Hải Anh)",
      ],
      WIDTH
    );
    const top = b.add([
      "STT",
      "Họ và tên",
      "Ngày tháng năm sinh",
      "Nam",
      "Nữ",
      "Dân tộc",
      "Nghề nghiệp",
      "Nơi cư trú",
      null,
      "Ghi chú",
    ]);
    b.add([null, null, null, null, null, null, null, "Thường trú", "Tạm trú"]);
    for (const c of [1, 2, 3, 4, 5, 6, 7, 10]) b.merge(top, c, 2, 1);
    b.merge(top, 8, 1, 2);
    b.add(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8a)", "(8b)", "(9)"]);
    let men = 0;
    let women = 0;
    members.forEach((m, i) => {
      const tick = mark(rng, ["x", "x", "X", "1"]);
      if (m.gender === "male") men++;
      if (m.gender === "female") women++;
      const note = m.departed ? departureNote(rng, m.departed) : roleWord(rng, m.role, true);
      b.add([
        i + 1,
        m.name,
        m.birth && birthCell(rng, m.birth, true),
        m.gender === "male" ? tick : null,
        m.gender === "female" ? tick : null,
        ethnicityWord(rng, m.ethnicity!, false),
        rng.pick(JOBS),
        `${m.village}, xã Hải Anh`,
        null,
        m.role === "member" && !m.departed ? null : note,
      ]);
    });
    const totals = b.add(["Tổng số", null, null, men, women]);
    b.merge(totals, 1, 1, 3);
    b.add();
    b.banner(
      `Tổng số thành viên của CLB là: ${members.length} người; trong đó có: ${men} Nam; ${women} Nữ.`,
      WIDTH
    );
    signatureBlock(b, "Hải Anh", ["NGƯỜI LẬP DANH SÁCH", "TM. BAN CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("DS thanh vien")] };
  },
};
