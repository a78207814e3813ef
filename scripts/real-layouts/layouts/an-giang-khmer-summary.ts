/**
 * An An Giang Khmer club as the commune keeps it: the header is not at the top but under a title block, a blank
 * row and a unit note "Đơn vị tính: đồng"; loans with their dates (the social-policy-bank lists,
 * https://luatminhkhue.vn/cong-van-698-nhcs-td--sua-doi-mau-bieu-trong-thu-tuc-cho-vay.aspx) and contributions; a
 * second sheet "Tổng hợp" with a summary by hamlet that is not a member list, and an empty third sheet. Khmer
 * spellings from the GSO list of ethnic groups (gso.gov.vn, DocID=15172): Khmer, Khơ me, Khơ-me.
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

const CLUB = "CLB LTHTGN xã Châu Lăng";
const HAMLETS = ["Ấp Sóc Triết", "Ấp Cây Gòn", "Ấp Phú Hiệp"];
const WIDTH = 12;

export const anGiangKhmerSummary: Layout = {
  file: "an-giang-khmer-summary.xlsx",
  source: [
    "https://luatminhkhue.vn/cong-van-698-nhcs-td--sua-doi-mau-bieu-trong-thu-tuc-cho-vay.aspx",
    "http://gso.gov.vn/Modules/Doc_Download.aspx?DocID=15172",
  ],
  traits: [
    "header under a title block, a blank row and a unit note (Đơn vị tính: đồng)",
    "Khmer spellings Khmer, Khơ me, Khơ-me; Hoa members",
    "poverty values Nghèo, Cận nghèo, Khó khăn, Hộ TB",
    "loan amounts with loan dates; contributions 3 triệu, 500.000, 1,000,000",
    "roles written out in Chức vụ",
    "a second sheet Tổng hợp that is a summary, not a register; an empty third sheet",
  ],
  missing: [],
  clubMatch: { [CLUB]: "chau lang" },
  seed: 1229,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: HAMLETS, size: 55, departed: ["moved", "died"] },
      {
        ethnicities: { Khmer: 0.6, Kinh: 0.3, Hoa: 0.1 },
        womenShare: 0.66,
        poverty: [0.25, 0.2, 0.15],
        borrowing: { share: 0.3, amounts: [5_000_000, 10_000_000, 3_000_000, 15_000_000] },
        contributing: { share: 0.75, amounts: [500_000, 1_000_000, 3_000_000] },
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["UBND XÃ CHÂU LĂNG", "HỘI NGƯỜI CAO TUỔI"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ CHÂU LĂNG"],
      WIDTH
    );
    b.add();
    const unit: (string | null)[] = [];
    unit[WIDTH - 2] = "Đơn vị tính: đồng";
    b.add(unit);
    b.add([
      "STT",
      "Họ và tên",
      "Năm sinh",
      "Giới tính",
      "Dân tộc",
      "Ấp",
      "Hộ nghèo/cận nghèo",
      "Chức vụ",
      "Số tiền vay",
      "Ngày vay",
      "Góp quỹ",
      "Ghi chú",
    ]);
    members.forEach((m, i) => {
      b.add([
        i + 1,
        m.name,
        m.birth!.year,
        genderWord(rng, m.gender!, true),
        ethnicityWord(rng, m.ethnicity!, true),
        m.village,
        povertyValue(rng, m.poverty!),
        roleWord(rng, m.role, false),
        m.loan > 0 ? moneyText(rng, m.loan) : null,
        m.loan > 0 ? new Date(Date.UTC(2023, rng.int(0, 11), rng.int(1, 28))) : null,
        m.contribution > 0 ? moneyText(rng, m.contribution) : null,
        m.departed && departureNote(rng, m.departed),
      ]);
    });
    signatureBlock(b, "Châu Lăng", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    const summary = new SheetBuilder();
    summary.banner("TỔNG HỢP THÀNH VIÊN THEO ẤP", 5);
    summary.add(["TT", "Ấp", "Số thành viên", "Trong đó nữ", "Hộ nghèo"]);
    HAMLETS.forEach((hamlet, k) => {
      const here = members.filter((m) => m.village === hamlet);
      summary.add([
        k + 1,
        hamlet,
        here.length,
        here.filter((m) => m.gender === "female").length,
        here.filter((m) => m.poverty === "poor").length,
      ]);
    });
    summary.add([null, "Cộng", members.length]);
    return {
      members,
      sheets: [b.sheet("Danh sach"), summary.sheet("Tong hop"), { name: "Sheet3", rows: [] }],
    };
  },
};
