/**
 * A Vĩnh Phúc club (the model as the province runs it:
 * https://nhanquyen.vietnam.vn/en/post/adapt-to-aging-through-intergenerational-self-help-club-case-in-vinh-phuc-province)
 * on the "Trong đó" pattern of statistical lists: after the name, a merged "Trong đó" over marks "Nữ | DTTS |
 * Hộ nghèo | Cận nghèo" (✓) — a blank under Nữ is a man, a blank under DTTS is a Kinh member — with births written
 * month/year ("09/1979", "T9/1979") or year, roles and departures in Ghi chú, and a stale "Cộng" row with counts
 * under the marks.
 */
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { birthCell, departureNote, roleWord } from "../noise";

const CLUB = "CLB LTHTGN thôn Đồng Bùa";
const WIDTH = 9;

export const vinhPhucTrongDoMarks: Layout = {
  file: "vinh-phuc-trong-do-marks.xlsx",
  source: [
    "https://nhanquyen.vietnam.vn/en/post/adapt-to-aging-through-intergenerational-self-help-club-case-in-vinh-phuc-province",
  ],
  traits: [
    "Trong đó → Nữ | DTTS | Hộ nghèo | Cận nghèo marks (✓): blank Nữ = man, blank DTTS = Kinh",
    "births month/year 09/1979, T9/1979, or year",
    "roles and departures in Ghi chú",
    "stale Cộng row with counts under the marks",
    "Sán Dìu and Kinh members",
  ],
  missing: ["hardship", "loan", "contribution"],
  clubMatch: { [CLUB]: "dong bua" },
  seed: 2609,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Đồng Bùa"], size: 57, departed: ["died", "moved", "left"] },
      {
        ethnicities: { Kinh: 0.6, "Sán Dìu": 0.4 },
        womenShare: 0.68,
        poverty: [0.15, 0.2, 0.1],
      },
      "month"
    ).map((m, i) => (i % 4 === 3 && m.birth ? { ...m, birth: { year: m.birth.year } } : m));
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["HỘI NCT XÃ TAM QUAN", "CHI HỘI THÔN ĐỒNG BÙA"],
      ["DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU THÔN ĐỒNG BÙA"],
      WIDTH
    );
    const r1 = b.add([
      "TT",
      "Họ và tên",
      "Tháng năm sinh",
      "Trong đó",
      null,
      null,
      null,
      "Thôn",
      "Ghi chú",
    ]);
    b.add([null, null, null, "Nữ", "DTTS", "Hộ nghèo", "Cận nghèo"]);
    for (const c of [1, 2, 3, 8, 9]) b.merge(r1, c, 2, 1);
    b.merge(r1, 4, 1, 4);
    const tally = [0, 0, 0, 0];
    members.forEach((m, i) => {
      const marks = [
        m.gender === "female",
        m.ethnicity !== "Kinh",
        m.poverty === "poor",
        m.poverty === "near-poor",
      ];
      marks.forEach((on, k) => (tally[k] += on ? 1 : 0));
      b.add([
        i + 1,
        m.name,
        birthCell(rng, m.birth!, true),
        ...marks.map((on) => (on ? "✓" : null)),
        "Đồng Bùa",
        m.departed
          ? departureNote(rng, m.departed)
          : m.role === "member"
            ? null
            : roleWord(rng, m.role, true),
      ]);
    });
    b.merge(b.add([`Cộng: ${members.length + 2}`, null, null, ...tally]), 1, 1, 3);
    signatureBlock(b, "Tam Quan", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("Dong Bua")] };
  },
};
