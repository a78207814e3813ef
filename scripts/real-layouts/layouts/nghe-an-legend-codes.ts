/**
 * A Nghệ An mountain-district club (Quế Phong) on a coded list: gender, ethnic group and household type are codes
 * whose meaning is given in footnotes under the table — "(1) 1: Nam; 2: Nữ" (the census coding), "(2) Mã dân tộc
 * theo Danh mục các dân tộc Việt Nam (TCTK): 01 Kinh, 03 Thái, 08 Mông, 29 Khơ Mú"
 * (http://gso.gov.vn/Modules/Doc_Download.aspx?DocID=15172), "(3) 1: hộ nghèo; 2: hộ cận nghèo; 3: hộ có hoàn
 * cảnh khó khăn; 0: hộ khác". Codes typed as text "01", "03" or numbers 1, 3. Births as Excel dates or years;
 * contributions 150.000đ / 150000. Roles in Chức vụ, departures in Ghi chú. No loan column.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import { birthCell, departureNote, moneyText, roleWord } from "../noise";

const CLUB = "CLB LTHTGN bản Mường Hinh";
const WIDTH = 9;
const CODES: Readonly<Record<string, number>> = { Kinh: 1, Thái: 3, Mông: 8, "Khơ Mú": 29 };

function ethnicCode(rng: Prng, m: TrueMember): string | number {
  const c = CODES[m.ethnicity!];
  return rng.chance(0.6) ? String(c).padStart(2, "0") : c;
}

export const ngheAnLegendCodes: Layout = {
  file: "nghe-an-legend-codes.xlsx",
  source: [
    "http://gso.gov.vn/Modules/Doc_Download.aspx?DocID=15172",
    "https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi",
  ],
  traits: [
    "coded columns explained only in footnotes under the table: Giới tính (1) 1 Nam / 2 Nữ",
    "Mã dân tộc (2): GSO codes 01 Kinh, 03 Thái, 08 Mông, 29 Khơ Mú, as text '01' or numbers",
    "Diện hộ (3): 1 hộ nghèo, 2 cận nghèo, 3 khó khăn, 0 hộ khác",
    "footnote rows after the table start with (1), (2), (3)",
    "births as Excel dates or years; contributions 150.000đ / 150000",
    "roles in Chức vụ, departures in Ghi chú; no loan column",
  ],
  missing: ["loan"],
  clubMatch: { [CLUB]: "muong hinh" },
  seed: 7606,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Bản Mường Hinh"], size: 52, departed: ["died", "moved"] },
      {
        ethnicities: { Thái: 0.55, "Khơ Mú": 0.2, Mông: 0.1, Kinh: 0.15 },
        womenShare: 0.6,
        poverty: [0.3, 0.2, 0.1],
        contributing: { share: 0.8, amounts: [100_000, 150_000, 200_000] },
      },
      "mixed"
    ).map((m) =>
      m.birth && m.birth.day === undefined ? { ...m, birth: { year: m.birth.year } } : m
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT XÃ TIỀN PHONG", "CLB LTHTGN BẢN MƯỜNG HINH"],
      ["DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN MƯỜNG HINH"],
      WIDTH
    );
    b.add();
    b.add([
      "TT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính (1)",
      "Mã dân tộc (2)",
      "Diện hộ (3)",
      "Chức vụ",
      "Số tiền góp quỹ (đồng)",
      "Ghi chú",
    ]);
    const kind = { poor: 1, "near-poor": 2, hardship: 3, none: 0 } as const;
    members.forEach((m, i) => {
      b.add([
        i + 1,
        m.name,
        birthCell(rng, m.birth!, false),
        m.gender === "female" ? 2 : 1,
        ethnicCode(rng, m),
        kind[m.poverty!],
        m.departed ? null : roleWord(rng, m.role, true),
        m.contribution > 0 ? moneyText(rng, m.contribution) : null,
        m.departed ? departureNote(rng, m.departed) : null,
      ]);
    });
    b.add();
    b.add(["Ghi chú:"]);
    b.add(["(1)", "Giới tính: 1 - Nam; 2 - Nữ"]);
    b.add([
      "(2)",
      "Mã dân tộc theo Danh mục các dân tộc Việt Nam của TCTK: 01 - Kinh; 03 - Thái; 08 - Mông; 29 - Khơ Mú",
    ]);
    b.add([
      "(3)",
      "Diện hộ: 1 - Hộ nghèo; 2 - Hộ cận nghèo; 3 - Hộ có hoàn cảnh khó khăn; 0 - Hộ khác",
    ]);
    signatureBlock(b, "Tiền Phong", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("DS")] };
  },
};
