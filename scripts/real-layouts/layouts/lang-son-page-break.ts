/**
 * A Lạng Sơn commune club with a long list printed on several pages: the header row and its column-number row are
 * typed again at each page break (after a "Trang 2" line), as happens when a list is pasted together from pages.
 * Split birth year without a parent row: two headers "Năm sinh (Nam)" and "Năm sinh (Nữ)"; some years exported as
 * text "1950.0". "Dân tộc (ghi rõ)" with Tày / Nùng spellings incl. "Tày-Nùng" and "Tày Nùng" (the group is not
 * knowable, but the person is a minority), "Nùng Cháo", "Dao đỏ". "Thành phần hộ": HN, Hộ nghèo, HCN, Cận nghèo,
 * Mới thoát nghèo (not poor), Trung bình, Khá — no member in hardship, though the column, naming no status, would
 * take one: its hardship figures are 0, not unknowable. Loans under "Vay vốn quay vòng (đồng)":
 * 1,500,000 / 1.500.000 / 1,5 tr / numbers. Roles and departures in Ghi chú.
 * Tổ TK&VV / revolving fund practice: https://hocday.com/bi-5-t-tit-kim-v-vay-vn.html
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import { departureNote, roleWord } from "../noise";

const CLUB = "CLB LTHTGN xã Hoàng Văn Thụ";
const VILLAGES = ["Thôn Pò Mận", "Thôn Nà Pàn", "Thôn Bản Châu"];
const WIDTH = 9;
const PAGE = 32;

const HEADER = [
  "STT",
  "Họ và tên",
  "Năm sinh (Nam)",
  "Năm sinh (Nữ)",
  "Dân tộc (ghi rõ)",
  "Thôn",
  "Thành phần hộ",
  "Vay vốn quay vòng (đồng)",
  "Ghi chú",
];

function ethnic(rng: Prng, m: TrueMember): string {
  switch (m.ethnicity) {
    case "Tày":
      return rng.pick(["Tày", "Tày", "Tày-Nùng", "tày"]);
    case "Nùng":
      return rng.pick(["Nùng", "Nùng", "Tày Nùng", "Nùng Cháo", "Nùng Phàn Slình"]);
    case "Dao":
      return rng.pick(["Dao đỏ", "Dao"]);
    default:
      return rng.pick(["Kinh", "Kinh", "kinh"]);
  }
}

function household(rng: Prng, m: TrueMember): string {
  switch (m.poverty) {
    case "poor":
      return rng.pick(["HN", "Hộ nghèo", "Nghèo"]);
    case "near-poor":
      return rng.pick(["HCN", "Cận nghèo", "Hộ cận nghèo"]);
    default:
      return rng.pick(["Mới thoát nghèo", "Hộ mới thoát nghèo", "Trung bình", "Trung bình", "Khá"]);
  }
}

function loan(rng: Prng, amount: number): string | number {
  const comma = amount.toLocaleString("en-US");
  const dot = amount.toLocaleString("de-DE");
  const forms: (string | number)[] = [amount, comma, dot];
  if (amount % 100_000 === 0) forms.push(`${String(amount / 1_000_000).replace(".", ",")} tr`);
  return rng.pick(forms);
}

function year(rng: Prng, y: number): string | number {
  return rng.chance(0.3) ? `${y}.0` : y;
}

export const langSonPageBreak: Layout = {
  file: "lang-son-page-break.xlsx",
  source: [
    "https://hocday.com/bi-5-t-tit-kim-v-vay-vn.html",
    "https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi",
  ],
  traits: [
    "header row + column-number row repeated at each page break after a 'Trang 2' line",
    "split birth year as two single-row headers Năm sinh (Nam) | Năm sinh (Nữ), no parent",
    "some years as text '1950.0'",
    "Dân tộc (ghi rõ): Tày-Nùng, Tày Nùng, Nùng Cháo, Nùng Phàn Slình, Dao đỏ",
    "Thành phần hộ incl. Mới thoát nghèo (not poor); no member in hardship",
    "Vay vốn quay vòng (đồng): 1,500,000 / 1.500.000 / 1,5 tr",
    "roles and departures in Ghi chú; no contribution column",
  ],
  missing: ["contribution"],
  clubMatch: { [CLUB]: "hoang van thu" },
  seed: 7202,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: VILLAGES, size: 86, departed: ["died", "moved", "died"] },
      {
        ethnicities: { Tày: 0.4, Nùng: 0.33, Kinh: 0.2, Dao: 0.07 },
        womenShare: 0.62,
        poverty: [0.22, 0.2, 0],
        borrowing: {
          share: 0.35,
          amounts: [1_000_000, 1_500_000, 2_000_000, 3_000_000, 2_500_000],
        },
      },
      "year"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT XÃ HOÀNG VĂN THỤ", "CLB LTHTGN"],
      ["DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU XÃ HOÀNG VĂN THỤ", "Năm 2024"],
      WIDTH
    );
    const codes = HEADER.map((_, i) => `(${i + 1})`);
    b.add(HEADER);
    b.add(codes);
    let page = 1;
    members.forEach((m, i) => {
      if (i > 0 && i % PAGE === 0) {
        page++;
        b.add();
        b.add([null, null, null, null, null, null, null, null, `Trang ${page}`]);
        b.add(HEADER);
        b.add(codes);
      }
      const notes = [
        m.role === "member" ? null : roleWord(rng, m.role, true),
        m.departed ? departureNote(rng, m.departed) : null,
      ].filter((x) => x !== null);
      b.add([
        i + 1,
        m.name,
        m.gender === "male" ? year(rng, m.birth!.year) : null,
        m.gender === "female" ? year(rng, m.birth!.year) : null,
        ethnic(rng, m),
        m.village,
        household(rng, m),
        m.loan > 0 ? loan(rng, m.loan) : null,
        notes.length ? notes.join("; ") : null,
      ]);
    });
    signatureBlock(b, "Hoàng Văn Thụ", ["NGƯỜI LẬP", "TM. BAN CHỦ NHIỆM"], WIDTH);
    return { members, sheets: [b.sheet("Sheet1")] };
  },
};
