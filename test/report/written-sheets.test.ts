import { isWrittenSheet } from "../../src/core/report";

describe("sheets the add-in wrote", () => {
  it.each([
    "Báo cáo",
    "Báo cáo (2)",
    "Report",
    "Phụ lục 1",
    "Annex 2 (3)",
    "Dữ liệu báo cáo",
    "Danh mục",
    "Lists (2)",
    "Danh sách tổng hợp",
    "BÁO CÁO",
  ])("%s is not offered as a register", (name) => expect(isWrittenSheet(name)).toBe(true));
  it.each([
    "Sheet1",
    "Danh sách thành viên (2)",
    "Member register",
    "CLB Bản Ka Lăng",
    "Báo cáo tháng 6 cũ",
    "Phụ lục danh sách",
  ])("%s is", (name) => expect(isWrittenSheet(name)).toBe(false));
});
