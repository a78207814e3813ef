/**
 * A Quảng Trị mountain club on the vocational-training list of rural workers (Đề án 1956 / QĐ 971, target groups
 * and support in money): https://jcpmediaroom.com/?p=33154, and the social-policy-bank loan lists
 * (Công văn 698/NHCS-TD): https://luatminhkhue.vn/cong-van-698-nhcs-td--sua-doi-mau-bieu-trong-thu-tuc-cho-vay.aspx
 * The birth year is written under the member's gender ("Năm sinh" over "Nam | Nữ"), sometimes as "T9/1979";
 * "Đối tượng" is free text ("Người DTTS, hộ nghèo", "Hộ cận nghèo", "LĐNT khác"); loans sit under a group header
 * "Vay vốn quỹ CLB" → "Số tiền (đồng)"; a second name column "Người nhận → Họ tên" names whoever collected the
 * money; a stale one-cell totals row "Tổng cộng: 42 hội viên". Roles are in Ghi chú.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type Poverty, type TrueMember } from "../model";
import { departureNote, ethnicityWord, moneyText, roleWord } from "../noise";

const CLUB = "CLB LTHTGN thôn A Xing";
const WIDTH = 12;
const RELATIVES = ["Hồ Văn Bôn", "Hồ Thị Nhiên", "Kray Văn Lai", "Hồ Văn Pỏ", "Căn Thị Tri"];

function target(rng: Prng, m: TrueMember): string {
  const minority = m.ethnicity !== "Kinh";
  const words: Record<Poverty, readonly string[]> = {
    poor: minority
      ? ["Người DTTS, hộ nghèo", "Hộ nghèo", "DTTS - HN"]
      : ["Hộ nghèo", "Người khuyết tật, hộ nghèo"],
    "near-poor": ["Hộ cận nghèo", "HCN", minority ? "DTTS, cận nghèo" : "Cận nghèo"],
    hardship: ["Hoàn cảnh khó khăn", "HCKK"],
    none: minority ? ["Người DTTS", "LĐNT khác"] : ["LĐNT khác", "Hộ TB"],
  };
  return rng.pick(words[m.poverty!]);
}

function yearCell(m: TrueMember): string | number {
  const birth = m.birth!;
  return birth.month === undefined ? birth.year : `T${birth.month}/${birth.year}`;
}

export const quangTriSplitYear: Layout = {
  file: "quang-tri-split-year.xlsx",
  source: [
    "https://jcpmediaroom.com/?p=33154",
    "https://luatminhkhue.vn/cong-van-698-nhcs-td--sua-doi-mau-bieu-trong-thu-tuc-cho-vay.aspx",
  ],
  traits: [
    "split birth year: Năm sinh → Nam | Nữ, year under the gender",
    "month/year births T9/1979 in the split columns",
    "poverty as free text in Đối tượng (Người DTTS, hộ nghèo; LĐNT khác …)",
    "ethnicity spellings Vân Kiều, Bru-Vân Kiều, Bru Vân Kiều",
    "loan money under group header Vay vốn quỹ CLB → Số tiền (đồng), Thời hạn, Mục đích",
    "money spellings 5.000.000, 7,000,000, 3 triệu, 2,5 triệu",
    "second name column Người nhận → Họ tên",
    "roles in Ghi chú (Chủ nhiệm CLB, P. Chủ nhiệm, Thư ký)",
    "stale one-cell totals row Tổng cộng: 42 hội viên",
  ],
  missing: ["contribution"],
  clubMatch: { [CLUB]: "a xing" },
  seed: 5519,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["A Xing"], size: 40, departed: ["died", "left"] },
      {
        ethnicities: { "Bru-Vân Kiều": 0.6, Kinh: 0.4 },
        womenShare: 0.62,
        poverty: [0.35, 0.2, 0.1],
        borrowing: {
          share: 0.4,
          amounts: [3_000_000, 5_000_000, 7_000_000, 2_500_000, 10_000_000],
        },
      },
      "year"
    ).map((m, i) =>
      // A few births typed with their month ("T9/1952"); never 1969, where the month would cross age 55.
      i % 9 === 4 && m.birth && m.birth.year !== 1969
        ? { ...m, birth: { ...m.birth, month: 9 } }
        : m
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT XÃ A XING", "BCN CLB LTHTGN THÔN A XING"],
      ["DANH SÁCH THÀNH VIÊN VÀ VAY VỐN QUỸ CLB LIÊN THẾ HỆ TỰ GIÚP NHAU THÔN A XING"],
      WIDTH
    );
    const r1 = b.add([
      "TT",
      "Họ và tên",
      "Năm sinh",
      null,
      "Dân tộc",
      "Đối tượng",
      "Vay vốn quỹ CLB",
      null,
      null,
      "Người nhận",
      null,
      "Ghi chú",
    ]);
    b.add([
      null,
      null,
      "Nam",
      "Nữ",
      null,
      null,
      "Số tiền (đồng)",
      "Thời hạn (tháng)",
      "Mục đích",
      "Họ tên",
      "Ký nhận",
    ]);
    for (const c of [1, 2, 5, 6, 12]) b.merge(r1, c, 2, 1);
    b.merge(r1, 3, 1, 2);
    b.merge(r1, 7, 1, 3);
    b.merge(r1, 10, 1, 2);
    members.forEach((m, i) => {
      const year = yearCell(m);
      const receiver = m.loan > 0 ? (rng.chance(0.4) ? rng.pick(RELATIVES) : m.name) : null;
      b.add([
        i + 1,
        m.name,
        m.gender === "male" ? year : null,
        m.gender === "female" ? year : null,
        ethnicityWord(rng, m.ethnicity!, true),
        target(rng, m),
        m.loan > 0 ? moneyText(rng, m.loan) : null,
        m.loan > 0 ? rng.pick([12, 24, 36]) : null,
        m.loan > 0 ? rng.pick(["Chăn nuôi bò", "Nuôi lợn", "Trồng sắn", "Buôn bán nhỏ"]) : null,
        receiver,
        null,
        m.departed
          ? departureNote(rng, m.departed)
          : m.role === "member"
            ? null
            : roleWord(rng, m.role, true),
      ]);
    });
    b.merge(b.add(["Tổng cộng: 42 hội viên"]), 1, 1, 6);
    signatureBlock(b, "A Xing", ["NGƯỜI LẬP DANH SÁCH", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("Danh sach")] };
  },
};
