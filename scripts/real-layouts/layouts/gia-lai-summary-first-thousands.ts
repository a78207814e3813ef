/**
 * A Gia Lai commune's workbook: the first sheet is "Tổng hợp" (a per-club summary table, not a register), then
 * one sheet per club. Club sheets use abbreviated headers (NS, Nam/Nữ, DT, HN/CN, Chức danh trong CLB, Quỹ, Vay vốn
 * quay vòng) and state the money unit only in a note above the table, "ĐVT: 1.000 đồng" — the header carries no
 * unit: "Quỹ" 100 means 100,000 đ and a loan "5.000" means 5,000,000 đ. The HN/CN column holds "HN" / "CN" (cận
 * nghèo — not the chủ nhiệm abbreviation) / "-". Gia Rai and Ba Na spellings (Jrai, Gia-rai, Bana).
 * Loan practice: https://hocday.com/bi-5-t-tit-kim-v-vay-vn.html
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type TrueMember } from "../model";
import { departureNote, ethnicityWord, genderWord, roleWord } from "../noise";

const CLUBS = [
  {
    club: "CLB LTHTGN làng Plei Ku Tong",
    sheet: "Plei Ku Tong",
    size: 40,
    departed: ["died", "moved"] as const,
  },
  { club: "CLB LTHTGN thôn Ia Yok", sheet: "Ia Yok", size: 34, departed: ["left"] as const },
];
const WIDTH = 10;

function thousands(rng: Prng, vnd: number): string | number {
  const k = vnd / 1000;
  return rng.pick<string | number>([k, k, k.toLocaleString("de-DE")]);
}

function sheetOf(rng: Prng, club: string, members: readonly TrueMember[]) {
  const b = new SheetBuilder();
  titleBlock(
    b,
    ["UBND XÃ IA YOK", "HỘI NGƯỜI CAO TUỔI"],
    [`DANH SÁCH THÀNH VIÊN ${club.toUpperCase()}`],
    WIDTH
  );
  const unit: (string | null)[] = [];
  unit[WIDTH - 3] = "ĐVT: 1.000 đồng";
  b.add(unit);
  b.add([
    "STT",
    "Họ và tên",
    "NS",
    "Nam/Nữ",
    "DT",
    "HN/CN",
    "Chức danh trong CLB",
    "Quỹ",
    "Vay vốn quay vòng",
    "Ghi chú",
  ]);
  let fund = 0;
  let lent = 0;
  members.forEach((m, i) => {
    fund += m.contribution / 1000;
    lent += m.loan / 1000;
    b.add([
      i + 1,
      m.name,
      m.birth!.year,
      genderWord(rng, m.gender!, true),
      ethnicityWord(rng, m.ethnicity!, true),
      m.poverty === "poor" ? "HN" : m.poverty === "near-poor" ? "CN" : "-",
      m.departed ? null : roleWord(rng, m.role, false),
      m.contribution > 0 ? thousands(rng, m.contribution) : null,
      m.loan > 0 ? thousands(rng, m.loan) : null,
      m.departed ? departureNote(rng, m.departed) : null,
    ]);
  });
  b.merge(b.add(["Cộng", null, null, null, null, null, null, fund, lent]), 1, 1, 2);
  signatureBlock(b, "Ia Yok", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
  return b;
}

export const giaLaiSummaryFirstThousands: Layout = {
  file: "gia-lai-summary-first-thousands.xlsx",
  source: [
    "https://hocday.com/bi-5-t-tit-kim-v-vay-vn.html",
    "https://helpagevn.org/pages/cau-lac-bo-lien-the-he-tu-giup-nhau-la-gi",
  ],
  traits: [
    "summary sheet Tổng hợp FIRST (per-club counts and fund totals), then one sheet per club",
    "money unit only in a note above the table 'ĐVT: 1.000 đồng' (headers Quỹ, Vay vốn quay vòng carry none)",
    "loans in thousands written 5.000 / 5000",
    "abbreviated headers NS, Nam/Nữ, DT, HN/CN",
    "HN/CN values HN, CN (= cận nghèo), -; no hardship",
    "Gia Rai / Ba Na spellings (Jrai, Gia-rai, Bana, Ba-na)",
    "roles written out in Chức danh trong CLB, departures in Ghi chú",
  ],
  missing: ["hardship"],
  clubMatch: { [CLUBS[0].club]: "plei ku tong", [CLUBS[1].club]: "ia yok" },
  seed: 7505,
  render(rng) {
    const lists = CLUBS.map((plan) =>
      makeClub(
        rng,
        { club: plan.club, villages: [plan.sheet], size: plan.size, departed: [...plan.departed] },
        {
          ethnicities: { "Gia Rai": 0.55, "Ba Na": 0.15, Kinh: 0.3 },
          womenShare: 0.6,
          poverty: [0.3, 0.2, 0],
          borrowing: { share: 0.35, amounts: [5_000_000, 3_000_000, 10_000_000, 2_500_000] },
          contributing: { share: 0.8, amounts: [50_000, 100_000, 120_000, 200_000] },
        },
        "year"
      )
    );
    const clubSheets = CLUBS.map((plan, k) => sheetOf(rng, plan.club, lists[k]).sheet(plan.sheet));
    const s = new SheetBuilder();
    s.banner("TỔNG HỢP THÀNH VIÊN CLB LTHTGN XÃ IA YOK (tính đến 30/6/2024)", 8);
    s.add([null, null, null, null, null, null, "ĐVT: 1.000 đồng"]);
    s.add(["TT", "Tên CLB", "Tổng số TV", "Nữ", "DTTS", "Hộ nghèo", "Quỹ", "Vay vốn quay vòng"]);
    CLUBS.forEach((plan, k) => {
      const cur = lists[k].filter((m) => m.departed === null);
      s.add([
        k + 1,
        plan.club,
        cur.length,
        cur.filter((m) => m.gender === "female").length,
        cur.filter((m) => m.ethnicity !== "Kinh").length,
        cur.filter((m) => m.poverty === "poor").length,
        cur.reduce((a, m) => a + m.contribution / 1000, 0),
        cur.reduce((a, m) => a + m.loan / 1000, 0),
      ]);
    });
    s.add([null, "Cộng", lists.flat().filter((m) => m.departed === null).length]);
    return { members: lists.flat(), sheets: [s.sheet("Tong hop"), ...clubSheets] };
  },
};
