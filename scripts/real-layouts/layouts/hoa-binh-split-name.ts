/**
 * A Hòa Bình club exported from an elderly-association member program shaped like infz3r0/QLHoiNguoiCaoTuoi
 * (Data/THANH_VIEN.cs: HO, TEN, NGAY_SINH and THANG_SINH optional, NAM_SINH, GIOI_TINH, NGAY_THAM_GIA, MA_KHU_PHO;
 * a board table and contribution slips). The name is split under "Họ và tên" into "Họ đệm | Tên", the birth into
 * "Ngày | Tháng | Năm" with day and month often blank, members are grouped under heading rows "Tổ 1", "Tổ 2" …,
 * a join date sits beside the birth, roles are abbreviated (CN, P.CN, UV, TV), poverty is a value in "Diện hộ",
 * and contributions are money in every spelling.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import {
  departureNote,
  ethnicityWord,
  genderWord,
  moneyText,
  povertyValue,
  roleWord,
} from "../noise";

const CLUB = "CLB LTHTGN xóm Mỗ";
const TEAMS = ["Tổ 1", "Tổ 2", "Tổ 3", "Tổ 4"];
const WIDTH = 14;

export const hoaBinhSplitName: Layout = {
  file: "hoa-binh-split-name.xlsx",
  source: ["github.com/infz3r0/QLHoiNguoiCaoTuoi, Data/THANH_VIEN.cs (commit 9faf6d3b)"],
  traits: [
    "name split under Họ và tên → Họ đệm | Tên",
    "birth split under Ngày sinh → Ngày | Tháng | Năm (day, month often blank)",
    "a join date column beside the birth",
    "group heading rows Tổ 1, Tổ 2 …",
    "gender values with spelling variants (nữ, NỮ, Nu, Nữ␠)",
    "roles abbreviated in a Chức vụ column (CN, P.CN, Phó CN, UV - Thủ quỹ, TV)",
    "poverty as values in Diện hộ (Nghèo, HCN, HCKK, Không, -, TB)",
    "contributions 120.000, 120,000, 120000đ",
    "departures in Ghi chú (Từ trần, Chuyển khẩu)",
    "one unrecorded gender and one unrecorded ethnicity",
  ],
  missing: ["loan"],
  clubMatch: { [CLUB]: "xom mo" },
  seed: 4407,
  render(rng) {
    const members = makeClub(
      rng,
      {
        club: CLUB,
        villages: TEAMS,
        size: 52,
        departed: ["died", "moved"],
        unrecorded: { gender: 1, ethnicity: 1 },
      },
      {
        ethnicities: { Mường: 0.7, Kinh: 0.26, Tày: 0.04 },
        womenShare: 0.68,
        poverty: [0.22, 0.2, 0.15],
        contributing: { share: 0.9, amounts: [120_000, 120_000, 240_000, 60_000] },
      },
      "mixed"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI XÃ PHÚ CƯỜNG", "CHI HỘI XÓM MỖ"],
      ["DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU XÓM MỖ"],
      WIDTH
    );
    const r1 = b.add([
      "STT",
      "Họ và tên",
      null,
      "Ngày sinh",
      null,
      null,
      "Giới tính",
      "Dân tộc",
      "Ngày vào CLB",
      "Chức vụ",
      "Diện hộ",
      "Đóng góp quỹ (đồng)",
      "Địa chỉ",
      "Ghi chú",
    ]);
    b.add([null, "Họ đệm", "Tên", "Ngày", "Tháng", "Năm"]);
    for (const c of [1, 7, 8, 9, 10, 11, 12, 13, 14]) b.merge(r1, c, 2, 1);
    b.merge(r1, 2, 1, 2);
    b.merge(r1, 4, 1, 3);
    let n = 0;
    for (const team of TEAMS) {
      b.merge(b.add([team]), 1, 1, WIDTH);
      for (const m of members.filter((x) => x.village === team)) {
        const words = m.name.split(" ");
        b.add([
          ++n,
          words.slice(0, -1).join(" "),
          words[words.length - 1],
          m.birth?.day ?? null,
          m.birth?.month ?? null,
          m.birth?.year ?? null,
          m.gender && genderWord(rng, m.gender, true),
          m.ethnicity && ethnicityWord(rng, m.ethnicity, true),
          new Date(Date.UTC(rng.int(2019, 2023), rng.int(0, 11), rng.int(1, 28))),
          m.role === "member" && rng.chance(0.6) ? null : roleWord(rng, m.role, true),
          povertyValue(rng, m.poverty!),
          m.contribution > 0 ? moneyText(rng, m.contribution) : null,
          `${team}, xóm Mỗ`,
          m.departed && departureNote(rng, m.departed),
        ]);
      }
    }
    signatureBlock(b, "Phú Cường", ["NGƯỜI LẬP", "T/M BAN CHỦ NHIỆM"], WIDTH);
    return { members, sheets: [b.sheet("Xom Mo")] };
  },
};
