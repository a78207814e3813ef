/**
 * A Đắk Lắk club exported from labour-supply software shaped like Minhtuan622/cungLaoDongMVC
 * (cungLaoDong/Models/EmployeeModel.cs: Họ và tên, CCCD, Ngày sinh, Giới tính stored as a number, Tỉnh / Phường-xã
 * / Địa chỉ thường trú, Tình trạng kinh tế): gender as a code explained in its header "Giới tính (1: Nam; 0: Nữ)",
 * births as bare Excel serial numbers and as text "12-05-1958", "Tình trạng kinh tế" values, loans typed "10tr",
 * "5 triệu đồng", "15.000.000 đ", roles and departures in Ghi chú. Ê Đê and Gia Rai names and spellings.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import type { Layout } from "../layout";
import { makeClub, type Birth, type Poverty } from "../model";
import { departureNote, ethnicityWord, roleWord } from "../noise";

const CLUB = "CLB LTHTGN buôn Ko Tam";
const WIDTH = 11;
const ECONOMY: Record<Poverty, readonly string[]> = {
  poor: ["Hộ nghèo", "Nghèo"],
  "near-poor": ["Hộ cận nghèo", "Cận nghèo"],
  hardship: ["Hộ khó khăn", "Khó khăn"],
  none: ["Bình thường", "Trung bình", "Khá"],
};

/** Days since 1899-12-30, as Excel stores a date: what a date cell shows as once its format is lost. */
function serial(birth: Birth): number {
  return Math.round(
    (Date.UTC(birth.year, birth.month! - 1, birth.day!) - Date.UTC(1899, 11, 30)) / 86_400_000
  );
}

function birthValue(rng: Prng, birth: Birth): string | number {
  if (birth.day === undefined) return birth.year;
  const two = (n: number) => String(n).padStart(2, "0");
  return rng.chance(0.6) ? serial(birth) : `${two(birth.day)}-${two(birth.month!)}-${birth.year}`;
}

function loanText(rng: Prng, amount: number): string {
  const millions = amount / 1_000_000;
  return rng.pick([
    `${millions}tr`,
    `${millions} triệu đồng`,
    `${amount.toLocaleString("de-DE")} đ`,
  ]);
}

export const dakLakCodedGender: Layout = {
  file: "dak-lak-coded-gender.xlsx",
  source: [
    "github.com/Minhtuan622/cungLaoDongMVC, cungLaoDong/Models/EmployeeModel.cs (commit 035be8cb)",
  ],
  traits: [
    "gender as a code 1 / 0 explained in the header",
    "births as bare Excel serial numbers, text dd-mm-yyyy and years",
    "a CCCD column of 12 digits",
    "poverty as Tình trạng kinh tế values (Hộ nghèo … Bình thường, Khá)",
    "loans 10tr, 5 triệu đồng, 15.000.000 đ",
    "Ê Đê / Gia Rai spellings (Ê-đê, Êđê, Jrai)",
    "roles and departures in Ghi chú (Đã chuyển đi nơi khác)",
  ],
  missing: ["contribution"],
  clubMatch: { [CLUB]: "ko tam" },
  seed: 2203,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Buôn Ko Tam"], size: 44, departed: ["moved", "died"] },
      {
        ethnicities: { "Ê Đê": 0.55, "Gia Rai": 0.1, Kinh: 0.35 },
        womenShare: 0.6,
        poverty: [0.3, 0.2, 0.1],
        borrowing: { share: 0.4, amounts: [5_000_000, 10_000_000, 15_000_000, 20_000_000] },
      },
      "date"
    );
    const b = new SheetBuilder();
    titleBlock(
      b,
      ["UBND XÃ EA TU", "HỘI NGƯỜI CAO TUỔI"],
      ["DANH SÁCH THÀNH VIÊN CLB LTHTGN BUÔN KO TAM"],
      WIDTH
    );
    b.add([
      "STT",
      "Họ và tên",
      "CCCD",
      "Ngày sinh",
      "Giới tính (1: Nam; 0: Nữ)",
      "Dân tộc",
      "Tỉnh thường trú",
      "Phường / xã thường trú",
      "Tình trạng kinh tế",
      "Vay vốn (đồng)",
      "Ghi chú",
    ]);
    members.forEach((m, i) => {
      b.add([
        i + 1,
        m.name,
        `066${rng.int(100000000, 999999999)}`,
        birthValue(rng, m.birth!),
        m.gender === "male" ? 1 : 0,
        ethnicityWord(rng, m.ethnicity!, true),
        "Đắk Lắk",
        "Ea Tu",
        rng.pick(ECONOMY[m.poverty!]),
        m.loan > 0 ? loanText(rng, m.loan) : null,
        m.departed
          ? departureNote(rng, m.departed)
          : m.role === "member"
            ? null
            : roleWord(rng, m.role, true),
      ]);
    });
    signatureBlock(b, "Ea Tu", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH);
    return { members, sheets: [b.sheet("Danh sach")] };
  },
};
