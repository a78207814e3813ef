/**
 * A Bình Định club kept in the shape of a ministry import template (the MOET database column guide:
 * https://www.scribd.com/document/649580192/DANH-MUC — one header row on row 1, "Giới tính" accepting only "Nữ" or
 * "Nam" in any case, "Dân tộc" from a catalogue sheet, the parents' names and birth years beside the person's): here
 * "Họ tên vợ/chồng" and "Năm sinh vợ/chồng" stand beside the member's own name and birth — a second name and a
 * second birth column that are not the member's. Catalogue sheets DAN_TOC and GIOI_TINH follow, as in the template.
 */
import { SheetBuilder } from "../blocks";
import type { Layout } from "../layout";
import { makeClub } from "../model";
import { departureNote, moneyText, povertyValue, roleWord } from "../noise";

const CLUB = "CLB LTHTGN thôn Vĩnh Hòa";
const two = (n: number) => String(n).padStart(2, "0");

export const binhDinhImportSpouse: Layout = {
  file: "binh-dinh-import-spouse.xlsx",
  source: ["https://www.scribd.com/document/649580192/DANH-MUC"],
  traits: [
    "import-template shape: one header row on row 1, no title",
    "second name and birth-year columns (Họ tên vợ/chồng, Năm sinh vợ/chồng)",
    "text dates dd/mm/yyyy in Ngày sinh",
    "gender in any case (NỮ, nữ, Nam)",
    "Tỉnh / Huyện / Xã address columns; the club only in the sheet name",
    "catalogue sheets DAN_TOC and GIOI_TINH that are not registers",
    "poverty values, roles written out, loans and contributions",
  ],
  missing: [],
  clubMatch: { [CLUB]: "vinh hoa" },
  seed: 2503,
  render(rng) {
    const members = makeClub(
      rng,
      { club: CLUB, villages: ["Vĩnh Hòa"], size: 38, departed: ["died"] },
      {
        ethnicities: { Kinh: 0.75, "Ba Na": 0.25 },
        womenShare: 0.65,
        poverty: [0.2, 0.2, 0.1],
        borrowing: { share: 0.3, amounts: [5_000_000, 10_000_000, 8_000_000] },
        contributing: { share: 0.85, amounts: [100_000, 200_000, 150_000] },
      },
      "date"
    );
    const b = new SheetBuilder();
    b.add([
      "STT",
      "Mã thành viên",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Dân tộc",
      "Tỉnh",
      "Huyện",
      "Xã",
      "Họ tên vợ/chồng",
      "Năm sinh vợ/chồng",
      "Hộ nghèo/cận nghèo",
      "Chức vụ",
      "Vay vốn (đồng)",
      "Góp quỹ (đồng)",
      "Ghi chú",
    ]);
    members.forEach((m, i) => {
      const birth = m.birth!;
      const married = rng.chance(0.6);
      const family = m.name.split(" ")[0];
      b.add([
        i + 1,
        `VH${String(i + 1).padStart(3, "0")}`,
        m.name,
        `${two(birth.day!)}/${two(birth.month!)}/${birth.year}`,
        rng.pick(m.gender === "female" ? ["Nữ", "nữ", "NỮ"] : ["Nam", "nam", "NAM"]),
        m.ethnicity,
        "Tỉnh Bình Định",
        "Huyện Vĩnh Thạnh",
        "Xã Vĩnh Hòa",
        married ? `${family} ${m.gender === "female" ? "Văn" : "Thị"} Lành` : null,
        married ? birth.year + rng.int(-4, 4) : null,
        povertyValue(rng, m.poverty!),
        roleWord(rng, m.role, false),
        m.loan > 0 ? moneyText(rng, m.loan) : null,
        m.contribution > 0 ? moneyText(rng, m.contribution) : null,
        m.departed && departureNote(rng, m.departed),
      ]);
    });
    const ethnic = new SheetBuilder();
    ethnic.add(["STT", "Tên dân tộc", "Tên trường dữ liệu"]);
    ["Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Ba Na"].forEach(
      (name, k) => ethnic.add([k + 1, name, name])
    );
    const gender = new SheetBuilder();
    gender.add(["STT", "Giới tính"]);
    gender.add([1, "Nam"]);
    gender.add([2, "Nữ"]);
    return {
      members,
      sheets: [b.sheet("CLB Vinh Hoa"), ethnic.sheet("DAN_TOC"), gender.sheet("GIOI_TINH")],
    };
  },
};
