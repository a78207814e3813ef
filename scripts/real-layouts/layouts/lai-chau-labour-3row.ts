/**
 * Two Lai Châu clubs on the labour-supply form of the commune labour-market software (Mẫu số 01b, a Laravel view
 * found in the public code index, id 45272326505): headers of three rows with the column codes inside the header
 * text — "Giới tính (3)" over "Nam (3.1)" / "Nữ (3.2)", "Đối tượng ưu tiên (8)" over "Người khuyết tật (8.1)",
 * "Hộ nghèo (8.2)", "Hộ cận nghèo (8.3)", "Dân tộc thiểu số (8.4) (Ghi rõ tên dân tộc)", "Nhu cầu tìm kiếm việc
 * làm (11)" over "Đối tượng (11.1)" over "Chưa từng làm việc (11.1.1)" / "Đã từng làm việc (11.1.2)". The ethnic
 * group is written only for minorities (blank means Kinh); poverty is marked, hardship is not on the form. One club
 * per sheet; roles and departures in Ghi chú.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import { sheetPerClub, type Layout } from "../layout";
import type { Population, TrueMember } from "../model";
import { birthCell, departureNote, ethnicityWord, mark, roleWord } from "../noise";

const CLUBS = [
  {
    club: "CLB LTHTGN bản Nậm Cầy",
    sheet: "Nam Cay",
    place: "BẢN NẬM CẦY",
    villages: ["Nậm Cầy"],
    size: 34,
    departed: ["died", "left"] as const,
    unrecorded: { birth: 1 },
  },
  {
    club: "CLB LTHTGN bản Pa So",
    sheet: "Pa So",
    place: "BẢN PA SO",
    villages: ["Pa So"],
    size: 29,
    departed: ["moved"] as const,
    unrecorded: { birth: 1 },
  },
];
const POPULATION: Population = {
  ethnicities: { Dao: 0.3, Mông: 0.25, Thái: 0.2, Kinh: 0.25 },
  womenShare: 0.64,
  poverty: [0.3, 0.2, 0.12],
};
const WIDTH = 14;

function sheetOf(rng: Prng, place: string, members: readonly TrueMember[]) {
  const b = new SheetBuilder();
  titleBlock(
    b,
    ["HỘI NGƯỜI CAO TUỔI", "XÃ MƯỜNG SO"],
    [`DANH SÁCH THÀNH VIÊN CLB LIÊN THẾ HỆ TỰ GIÚP NHAU ${place}`, "Năm 2024"],
    WIDTH
  );
  const r1 = b.add([
    "STT",
    "Họ và tên (1)",
    "Ngày tháng năm sinh (2)",
    "Giới tính (3)",
    null,
    "Khu vực (7)",
    null,
    "Đối tượng ưu tiên (8)",
    null,
    null,
    null,
    "Nhu cầu tìm kiếm việc làm (11)",
    null,
    "Ghi chú",
  ]);
  const r2 = b.add([
    null,
    null,
    null,
    "Nam (3.1)",
    "Nữ (3.2)",
    "Thành thị (7.1)",
    "Nông thôn (7.2)",
    "Người khuyết tật (8.1)",
    "Hộ nghèo (8.2)",
    "Hộ cận nghèo (8.3)",
    "Dân tộc thiểu số (8.4) (Ghi rõ tên dân tộc)",
    "Đối tượng (11.1)",
  ]);
  b.add([...Array(11).fill(null), "Chưa từng làm việc (11.1.1)", "Đã từng làm việc (11.1.2)"]);
  for (const c of [1, 2, 3, 14]) b.merge(r1, c, 3, 1);
  b.merge(r1, 4, 1, 2);
  b.merge(r1, 6, 1, 2);
  b.merge(r1, 8, 1, 4);
  b.merge(r1, 12, 1, 2);
  for (const c of [4, 5, 6, 7, 8, 9, 10, 11]) b.merge(r2, c, 2, 1);
  b.merge(r2, 12, 1, 2);
  members.forEach((m, i) => {
    const tick = () => mark(rng);
    const worked = rng.chance(0.8);
    b.add([
      i + 1,
      m.name,
      m.birth && birthCell(rng, m.birth, true),
      m.gender === "male" ? tick() : null,
      m.gender === "female" ? tick() : null,
      null,
      tick(),
      rng.chance(0.06) ? tick() : null,
      m.poverty === "poor" ? tick() : null,
      m.poverty === "near-poor" ? tick() : null,
      m.ethnicity === "Kinh" ? null : ethnicityWord(rng, m.ethnicity!, true),
      worked ? null : tick(),
      worked ? tick() : null,
      m.departed
        ? departureNote(rng, m.departed)
        : m.role === "member"
          ? null
          : roleWord(rng, m.role, true),
    ]);
  });
  signatureBlock(b, "Mường So", ["NGƯỜI LẬP BIỂU", "CHỦ NHIỆM CLB"], WIDTH);
  return b;
}

export const laiChauLabour3Row: Layout = {
  file: "lai-chau-labour-3row.xlsx",
  source: ["public code index id 45272326505: Laravel view 'Mẫu số 01b TỔNG HỢP NGƯỜI LAO ĐỘNG'"],
  traits: [
    "three header rows with merged parents",
    "column codes inside header text (3.1) (8.2) (11.1.1)",
    "gender as marks under Giới tính → Nam / Nữ",
    "ethnicity written only for minorities: blank means Kinh",
    "subgroup spellings (Dao đỏ, Thái trắng, Mông hoa, H'Mông, Hmông)",
    "poverty as marks under Hộ nghèo / Hộ cận nghèo; no hardship on the form",
    "mark columns that are not poverty (Người khuyết tật, Khu vực, 11.1.x)",
    "births mixed: years, dates, text dates, month/year",
    "one club per sheet, two sheets",
    "roles and departures in Ghi chú",
  ],
  missing: ["hardship", "loan", "contribution"],
  clubMatch: { [CLUBS[0].club]: "nam cay", [CLUBS[1].club]: "pa so" },
  seed: 1101,
  render(rng) {
    return sheetPerClub(rng, CLUBS, POPULATION, "mixed", (plan, members) =>
      sheetOf(rng, plan.place, members).sheet(plan.sheet)
    );
  },
};
