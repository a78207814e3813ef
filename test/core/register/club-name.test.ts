import { clubFromTitle, readMemberTable } from "../../../src/core/register";

describe("the club named in a title", () => {
  test.each([
    ["CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG", "Bản Nà Lằng"],
    ["DANH SÁCH THÀNH VIÊN CLB LTHTGN XÃ BẢN GIANG", "Xã Bản Giang"],
    ["Danh sách thành viên Câu lạc bộ Liên thế hệ tự giúp nhau bản Nà Lằng", "bản Nà Lằng"],
    ["CLB LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN HUỔI LUÔNG NĂM 2020", "Bản Huổi Luông"],
    ["DANH SÁCH THÀNH VIÊN CLB BẢN HON - NĂM 2021", "Bản Hon"],
    ["Tên CLB: Nà Ca", "Nà Ca"],
    ["CLB Nà Lằng", "Nà Lằng"],
    ["CLB LTH TGN TỔ 5 (PHƯỜNG TÂN PHONG)", "Tổ 5"],
  ])("%s → %s", (title, club) => {
    expect(clubFromTitle(title)).toBe(club);
  });

  test.each([
    ["HỘI NGƯỜI CAO TUỔI XÃ BẢN HON"],
    ["(Kèm theo Quyết định số 15/QĐ-UBND về việc thành lập CLB Nà Lằng)"],
    ["DANH SÁCH THÀNH VIÊN CÁC CLB LTHTGN XÃ NẬM TĂM"],
    ["CLB"],
    ["CLB LTHTGN"],
    ["Sheet1"],
    ["CLBX Nà Lằng"],
    // A bilingual title's translation follows a slash: it is no place.
    ["DANH SÁCH THÀNH VIÊN CLB / CLUB MEMBER LIST"],
    ["DỰ ÁN HỖ TRỢ CLB LIÊN THẾ HỆ TỰ GIÚP NHAU / ISHC SUPPORT PROJECT"],
  ])("%s names no club", (title) => {
    expect(clubFromTitle(title)).toBeNull();
  });
});

describe("the club a register's title rows name", () => {
  const clubOf = (titles: (string | null)[][]) =>
    readMemberTable({
      sheet: "Members",
      originRow: 1,
      originCol: 1,
      rows: [
        ...titles,
        ["TT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
        [1, "Quach Thi Mui", "Nữ", 1949, "Mường"],
      ],
    })?.members[0].club;

  test("a labelled cell (“CLB/Club: …”) wins over a project's title", () => {
    expect(
      clubOf([
        ["DỰ ÁN HỖ TRỢ CLB LIÊN THẾ HỆ TỰ GIÚP NHAU / ISHC SUPPORT PROJECT"],
        ["Xã/Commune: Kim Thượng", null, null, "CLB/Club: Xom Chieng"],
      ])
    ).toBe("Xom Chieng");
    expect(clubOf([["Tên CLB: CLB LTHTGN bản Nà Ca"]])).toBe("bản Nà Ca");
    expect(clubOf([["Câu lạc bộ: NÀ LẰNG"]])).toBe("Nà Lằng");
  });

  test("a title naming a club still names it when no cell is labelled", () => {
    expect(clubOf([["DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN HON / MEMBER LIST"]])).toBe("Bản Hon");
  });
});
