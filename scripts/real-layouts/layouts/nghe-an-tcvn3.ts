/**
 * Two Nghệ An clubs in an old association list typed in TCVN3 (".VnTime"), one club per sheet: every text cell —
 * title, header, names, genders, groups, notes — is in the legacy encoding ("Hä vµ tªn", "N÷", "Th¸i", "§· mÊt").
 * Encoding from the TCVN 5712 VN3 table (Eruylz/XuatThuy, Utils/Unicode2TCVN3.cs; duydev/vietnamese-conversion,
 * src/charsets.ts). The association's books keep departures in the list ("hội viên chuyển đến, chuyển đi và qua
 * đời": http://cuuchienbinh.vn/quy-che-hoat-dong-hoi-o-phuong-toi-27-05-2010). No poverty or money.
 */
import type { Prng } from "../../../bench/prng";
import { SheetBuilder, signatureBlock, titleBlock } from "../blocks";
import { sheetPerClub, type Layout } from "../layout";
import type { Population, TrueMember } from "../model";
import { departureNote, ethnicityWord, genderWord, roleWord, toTcvn3 } from "../noise";

const CLUBS = [
  {
    club: "CLB LTHTGN bản Xốp Kha",
    sheet: "Xop Kha",
    place: "BẢN XỐP KHA",
    villages: ["Xốp Kha"],
    size: 31,
    departed: ["died", "moved"] as const,
  },
  {
    club: "CLB LTHTGN bản Na Ngân",
    sheet: "Na Ngan",
    place: "BẢN NA NGÂN",
    villages: ["Na Ngân"],
    size: 27,
    departed: ["died"] as const,
  },
];
const WIDTH = 7;
const POPULATION: Population = {
  ethnicities: { Thái: 0.5, "Khơ Mú": 0.25, Mông: 0.1, Kinh: 0.15 },
  womenShare: 0.6,
  poverty: [0, 0, 0],
};

function sheetOf(rng: Prng, place: string, members: readonly TrueMember[]) {
  const b = new SheetBuilder();
  titleBlock(b, ["HỘI NGƯỜI CAO TUỔI", "XÃ HỮU KHUÔNG"], [], WIDTH, toTcvn3);
  b.banner(toTcvn3(`DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU ${place}`), WIDTH);
  b.add();
  b.add(["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ", "Ghi chú"].map(toTcvn3));
  members.forEach((m, i) => {
    b.add([
      i + 1,
      toTcvn3(m.name),
      m.birth!.year,
      toTcvn3(genderWord(rng, m.gender!, false)),
      toTcvn3(ethnicityWord(rng, m.ethnicity!, false)),
      toTcvn3(roleWord(rng, m.role, false) ?? ""),
      m.departed && toTcvn3(departureNote(rng, m.departed)),
    ]);
  });
  signatureBlock(b, "Hữu Khuông", ["NGƯỜI LẬP", "CHỦ NHIỆM CLB"], WIDTH, toTcvn3);
  return b;
}

export const ngheAnTcvn3: Layout = {
  file: "nghe-an-tcvn3.xlsx",
  source: [
    "github.com/Eruylz/XuatThuy, Utils/Unicode2TCVN3.cs",
    "github.com/duydev/vietnamese-conversion, src/charsets.ts",
    "http://cuuchienbinh.vn/quy-che-hoat-dong-hoi-o-phuong-toi-27-05-2010",
  ],
  traits: [
    "TCVN3 (.VnTime) text in every cell, capitals of titles in .VnTimeH style",
    "one header row on row 8 under a title block",
    "roles written out in a Chức vụ column",
    "departures (Đã mất, Chuyển đi) in Ghi chú",
    "one club per sheet, two sheets",
    "no poverty, loan or contribution column",
  ],
  missing: ["poverty", "loan", "contribution"],
  clubMatch: { [CLUBS[0].club]: "xop kha", [CLUBS[1].club]: "na ngan" },
  seed: 6631,
  render(rng) {
    return sheetPerClub(rng, CLUBS, POPULATION, "year", (plan, members) =>
      sheetOf(rng, plan.place, members).sheet(plan.sheet, ".VnTime")
    );
  },
};
