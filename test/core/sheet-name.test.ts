import { freeSheetName } from "../../src/core/sheet-name";

describe("freeSheetName: a report never overwrites a sheet", () => {
  it.each([
    ["Báo cáo", [], "Báo cáo"],
    ["Báo cáo", ["Danh sách", "Báo cáo"], "Báo cáo (2)"],
    ["Báo cáo", ["BÁO CÁO", "báo cáo (2)"], "Báo cáo (3)"],
    ["Báo cáo: 6 tháng/2020", [], "Báo cáo 6 tháng 2020"],
    ["History", [], "History (2)"],
    ["'quoted'", [], "quoted"],
    ["", [], "Sheet"],
  ])("%s among %j → %s", (proposed, existing, expected) => {
    expect(freeSheetName(proposed, existing)).toBe(expected);
  });

  it("keeps within Excel's 31 characters, suffix included", () => {
    const long = "Báo cáo tổng hợp CLB Liên thế hệ tự giúp nhau";
    const first = freeSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = freeSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});
