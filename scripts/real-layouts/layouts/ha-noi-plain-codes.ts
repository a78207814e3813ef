/**
 * A Hà Nội ward club (Tây Hồ: 8 ward clubs, 509 members, 77 % women —
 * https://nguoihanoi.vn/clb-lien-the-he-tu-giup-nhau-diem-sang-gan-ket-cong-dong-ben-vung-tai-quan-tay-ho-91103.html)
 * on a ward office's table, with a column-number row of plain digits "1 2 3 … 10" as in the statistics templates
 * of thanhvu16/quan_ly_can_bo (Modules/BaoCaoThongKe/Resources/views/mau-bao-cao-excel/8.blade.php). Births are a
 * mixture of years, "09/1979" and "T9/1979"; gender values in every case; "Đối tượng" free text ("NCT", "NCT hộ
 * nghèo", "NKT", "HCKK"; blank: an ordinary household); contributions "200.000đ". No ethnic group on the list.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type Poverty } from "../model";
import { birthCell, departureNote, genderWord, moneyText, roleWord } from "../noise";

const CLUB = "CLB LTHTGN phường Quảng An";
const TEAMS = ["TDP số 1", "TDP số 2", "TDP số 3", "TDP số 5"];
const WIDTH = 10;
const TARGETS: Record<Poverty, readonly (string | null)[]> = {
  poor: ["NCT hộ nghèo", "Hộ nghèo", "HN"],
  "near-poor": ["Hộ cận nghèo", "NCT cận nghèo", "HCN"],
  hardship: ["HCKK", "NCT hoàn cảnh khó khăn"],
  none: ["NCT", "NCT", null, "NKT", "Phụ nữ"],
};

export const haNoiPlainCodes: Layout = {
  file: "ha-noi-plain-codes.xlsx",
  source: [
    "https://nguoihanoi.vn/clb-lien-the-he-tu-giup-nhau-diem-sang-gan-ket-cong-dong-ben-vung-tai-quan-tay-ho-91103.html",
    "github.com/thanhvu16/quan_ly_can_bo, Modules/BaoCaoThongKe/Resources/views/mau-bao-cao-excel/8.blade.php",
  ],
  traits: [
    "column-number row of plain digits 1 2 3 … 10",
    "births mixed: years, 09/1979, T9/1979, dates",
    "gender values Nữ, nữ, NỮ, Nu, Nam, nam",
    "poverty as free text in Đối tượng beside non-poverty words (NCT, NKT, Phụ nữ)",
    "a phone-number column of digits",
    "contributions 200.000đ, 200,000, 200000",
    "departure Xin ra khỏi CLB in Ghi chú",
    "no ethnicity or loan column",
  ],
  missing: ["ethnicity", "loan"],
  clubMatch: { [CLUB]: "quang an" },
  seed: 9901,
  render(rng) {
    const members = makeClub(
      rng,
      {
        club: CLUB,
        villages: TEAMS,
        size: 64,
        departed: ["left", "moved", "died"],
        unrecorded: { birth: 2 },
      },
      {
        ethnicities: { Kinh: 1 },
        womenShare: 0.77,
        poverty: [0.08, 0.12, 0.15],
        contributing: { share: 0.8, amounts: [200_000, 200_000, 100_000, 500_000] },
      },
      "mixed"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI PHƯỜNG QUẢNG AN", "CLB LIÊN THẾ HỆ TỰ GIÚP NHAU"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU PHƯỜNG QUẢNG AN NĂM 2024"],
      WIDTH
    );
    b.add([
      "TT",
      "Họ và tên",
      "Năm sinh",
      "Giới tính",
      "Tổ dân phố",
      "Đối tượng",
      "Chức danh",
      "Số điện thoại",
      "Đã đóng quỹ (đồng)",
      "Ghi chú",
    ]);
    b.add([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    members.forEach((m, i) => {
      b.add([
        i + 1,
        m.name,
        m.birth && birthCell(rng, m.birth, true),
        genderWord(rng, m.gender!, true),
        m.village,
        rng.pick(TARGETS[m.poverty!]),
        m.role === "member" ? null : roleWord(rng, m.role, false),
        `09${rng.int(10000000, 99999999)}`,
        m.contribution > 0 ? moneyText(rng, m.contribution) : null,
        m.departed && departureNote(rng, m.departed),
      ]);
    });
    signatureBlock(b, "Quảng An", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("Sheet1")] };
  },
};
