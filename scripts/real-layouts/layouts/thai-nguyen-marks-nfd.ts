/**
 * A Thái Nguyên club typed on a Mac (every text in decomposed Unicode, NFD) on the layout of a social-insurance
 * declaration report, zkulz37/hello-world STDGW/reports/ch/di/rpt_01_TBH_Truoc_SBG.aspx: gender as "X" under
 * "Nam" and "Nữ", a birth column holding a year when only the year is known and dd/mm/yyyy otherwise, the ethnic
 * group by name. The club adds "Hộ nghèo, cận nghèo" values, a role column and its fund: "Góp vốn (đồng)" and
 * "Vay vốn quỹ CLB" → "Người nhận | Quan hệ | Số tiền (đồng) | Ngày vay", where the receiver may be a relative.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type Birth } from "../model";
import { departureNote, ethnicityWord, moneyText, nfd, povertyValue, roleWord } from "../noise";

const CLUB = "CLB LTHTGN xóm Khuôn Lình";
const WIDTH = 13;
const two = (n: number) => String(n).padStart(2, "0");
const birthText = (b: Birth) =>
  b.day === undefined ? String(b.year) : `${two(b.day)}/${two(b.month!)}/${b.year}`;

export const thaiNguyenMarksNfd: Layout = {
  file: "thai-nguyen-marks-nfd.xlsx",
  source: ["github.com/zkulz37/hello-world, STDGW/reports/ch/di/rpt_01_TBH_Truoc_SBG.aspx"],
  traits: [
    "every text cell in NFD (decomposed) Unicode",
    "gender as X marks under Nam / Nữ, before the birth column",
    "one birth column holding text years and text dd/mm/yyyy",
    "poverty values incl. hardship (Nghèo, HCN, Khó khăn, Không, -)",
    "loan under Vay vốn quỹ CLB with a second name column Người nhận and Quan hệ",
    "loan dates beside the amounts; contributions in Góp vốn (đồng)",
    "roles in Chức vụ, departures in Ghi chú",
  ],
  missing: [],
  clubMatch: { [CLUB]: "khuon linh" },
  seed: 1013,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Khuôn Lình"], size: 45, departed: ["died"] },
      {
        ethnicities: { Tày: 0.35, Nùng: 0.2, "Sán Dìu": 0.15, Kinh: 0.3 },
        womenShare: 0.63,
        poverty: [0.2, 0.2, 0.1],
        borrowing: { share: 0.35, amounts: [5_000_000, 10_000_000, 8_000_000, 3_000_000] },
        contributing: { share: 0.9, amounts: [300_000, 300_000, 500_000, 1_000_000] },
      },
      "mixed"
    );
    const b = new SheetBuilder();
    const text = (t: string | null) => t && nfd(t);
    titleBlock(
      b,
      ["HỘI NGƯỜI CAO TUỔI", "XÃ QUY KỲ"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU XÓM KHUÔN LÌNH"],
      WIDTH,
      nfd
    );
    const r1 = b.add(
      [
        "STT",
        "Họ và tên",
        "Nam",
        "Nữ",
        "Ngày sinh",
        "Dân tộc",
        "Hộ nghèo, cận nghèo",
        "Chức vụ",
        "Góp vốn (đồng)",
        "Vay vốn quỹ CLB",
        null,
        null,
        null,
        "Ghi chú",
      ].map(text)
    );
    b.add(
      [...Array(9).fill(null), "Người nhận", "Quan hệ", "Số tiền (đồng)", "Ngày vay"].map(text)
    );
    for (const c of [1, 2, 3, 4, 5, 6, 7, 8, 9, 14]) b.merge(r1, c, 2, 1);
    b.merge(r1, 10, 1, 4);
    members.forEach((m, i) => {
      const relative = m.loan > 0 && rng.chance(0.35);
      const family = m.name.split(" ")[0];
      b.add([
        i + 1,
        text(m.name),
        m.gender === "male" ? "X" : null,
        m.gender === "female" ? "X" : null,
        birthText(m.birth!),
        text(ethnicityWord(rng, m.ethnicity!, true)),
        text(povertyValue(rng, m.poverty!)),
        text(m.role === "member" ? null : roleWord(rng, m.role, false)),
        m.contribution > 0 ? text(String(moneyText(rng, m.contribution))) : null,
        m.loan > 0 ? text(relative ? `${family} Văn Thành` : m.name) : null,
        m.loan > 0 ? text(relative ? rng.pick(["Con", "Chồng", "Con trai"]) : "Bản thân") : null,
        m.loan > 0 ? moneyText(rng, m.loan) : null,
        m.loan > 0 ? `${two(rng.int(1, 28))}/${two(rng.int(1, 12))}/2023` : null,
        text(m.departed && departureNote(rng, m.departed)),
      ]);
    });
    signatureBlock(b, "Quy Kỳ", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH, nfd);
    return { members, sheets: [b.sheet("Khuon Linh")] };
  },
};
