import { clubFromTitle } from "../../../src/core/register";

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
  ])("%s names no club", (title) => {
    expect(clubFromTitle(title)).toBeNull();
  });
});
