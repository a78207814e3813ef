/**
 * A Hà Nội ward club (Tây Hồ: https://nguoihanoi.vn/clb-lien-the-he-tu-giup-nhau-diem-sang-gan-ket-cong-dong-ben-vung-tai-quan-tay-ho-91103.html)
 * listed by tổ dân phố with a subtotal row "Cộng TDP số 1: 14 người" after each group and a blank row before the next,
 * then "Tổng cộng". Headers not used elsewhere: "Họ và tên hội viên", "Ngày tháng năm sinh" (full dates typed as
 * text with dots "12.5.1950", or a year), "Giới tính (Nữ=1)" coded 1 / 0, "Phân loại hộ", "Chức danh trong CLB",
 * "Số tiền tiết kiệm (đồng)" with spaces as thousands separators ("1 200 000"). No loan column.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote, ethnicityWord, povertyValue, roleWord } from "../noise";
import { dotDate, spaced } from "./hand-typed";

const CLUB = "CLB LTHTGN phường Xuân La";
const TDP = ["TDP số 1", "TDP số 2", "TDP số 3", "TDP số 4"];
const WIDTH = 10;

export const haNoiTayHoSubtotals: Layout = {
  file: "ha-noi-tay-ho-subtotals.xlsx",
  source: [
    "https://nguoihanoi.vn/clb-lien-the-he-tu-giup-nhau-diem-sang-gan-ket-cong-dong-ben-vung-tai-quan-tay-ho-91103.html",
    "https://laodongthudo.vn/nang-gia-tri-song-nhan-van-tu-mo-hinh-cau-lac-bo-lien-the-he-tu-giup-nhau-110021.html",
  ],
  traits: [
    "members grouped by tổ dân phố, a subtotal row 'Cộng TDP số N: k người' (sum in the money column) after each group, then a blank row",
    "final Tổng cộng row",
    "Họ và tên hội viên; Ngày tháng năm sinh as text dates with dots 12.5.1950 / 03.11.1962 or a year",
    "Giới tính (Nữ=1) coded 1 / 0",
    "Phân loại hộ values (Nghèo, Cận nghèo, Khó khăn, Trung bình, Khá)",
    "Chức danh trong CLB (CN, PCN, UV - Thủ quỹ, TV)",
    "Số tiền tiết kiệm (đồng) with space / NBSP thousands separators '1 200 000' or 1,200,000",
    "departures in Ghi chú; no loan column",
  ],
  missing: ["loan"],
  clubMatch: { [CLUB]: "xuan la" },
  seed: 7101,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: TDP, size: 62, departed: ["died", "moved"] },
      {
        ethnicities: { Kinh: 0.85, Tày: 0.06, Mường: 0.05, Hoa: 0.04 },
        womenShare: 0.75,
        poverty: [0.08, 0.12, 0.12],
        contributing: { share: 0.8, amounts: [600_000, 1_200_000, 1_500_000, 2_400_000] },
      },
      "date"
    ).map((m, i) => (i % 4 === 2 && m.birth ? { ...m, birth: { year: m.birth.year } } : m));
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT PHƯỜNG XUÂN LA", "BCN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU"],
      ["DANH SÁCH HỘI VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU PHƯỜNG XUÂN LA", "(Cập nhật tháng 6/2024)"],
      WIDTH
    );
    b.add([
      "STT",
      "Họ và tên hội viên",
      "Ngày tháng năm sinh",
      "Giới tính (Nữ=1)",
      "Dân tộc",
      "Địa chỉ (tổ dân phố)",
      "Phân loại hộ",
      "Chức danh trong CLB",
      "Số tiền tiết kiệm (đồng)",
      "Ghi chú",
    ]);
    let n = 0;
    let grand = 0;
    TDP.forEach((tdp, k) => {
      const here = members.filter((m) => m.village === tdp);
      let sum = 0;
      for (const m of here) {
        sum += m.contribution;
        b.add([
          ++n,
          m.name,
          dotDate(rng, m.birth!),
          m.gender === "female" ? 1 : 0,
          ethnicityWord(rng, m.ethnicity!, true),
          tdp,
          m.poverty === "none"
            ? rng.pick(["Trung bình", "Khá", "Trung bình"])
            : povertyValue(rng, m.poverty!),
          m.role === "member" ? rng.pick(["TV", null]) : roleWord(rng, m.role, true),
          m.contribution > 0 ? spaced(rng, m.contribution) : null,
          m.departed ? departureNote(rng, m.departed) : null,
        ]);
      }
      grand += sum;
      const row = b.add([
        null,
        `Cộng ${tdp}: ${here.length} người`,
        null,
        here.filter((m) => m.gender === "female").length,
        null,
        null,
        null,
        null,
        sum,
      ]);
      b.merge(row, 2, 1, 2);
      if (k < TDP.length - 1) b.add();
    });
    b.add([null, `Tổng cộng: ${members.length} người`, null, null, null, null, null, null, grand]);
    signatureBlock(b, "Xuân La", ["NGƯỜI LẬP DANH SÁCH", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("DS hoi vien")] };
  },
};
