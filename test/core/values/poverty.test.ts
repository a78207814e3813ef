import { readPoverty } from "../../../src/core/values";

describe("readPoverty", () => {
  test.each([
    ["Hộ nghèo", "poor"],
    ["hộ nghèo", "poor"],
    ["HỘ NGHÈO", "poor"],
    ["Ho ngheo", "poor"],
    ["Nghèo", "poor"],
    ["nghèo", "poor"],
    ["HN", "poor"],
    ["Ho\u0323\u0302 nghe\u0300o", "poor"], // NFD
    ["Hé nghÌo", "poor"], // TCVN3
    ["Hộ ngheò", "poor"], // the tone placed one letter off, as old-style typing does
    ["Cận nghèo", "near-poor"],
    ["cận nghèo", "near-poor"],
    ["Hộ cận nghèo", "near-poor"],
    ["HCN", "near-poor"],
    ["Hoàn cảnh khó khăn", "hardship"],
    ["Hoàn cảnh đặc biệt khó khăn", "hardship"],
    ["khó khăn", "hardship"],
    ["Hộ khó khăn", "hardship"],
    ["HCKK", "hardship"],
    ["HCĐBKK", "hardship"],
    ["Không", "none"],
    ["không", "none"],
    ["Bình thường", "none"],
    ["Không nghèo", "none"],
    ["Trung bình", "none"],
    ["Khá", "none"],
    ["-", "none"],
    [" – ", "none"],
    // Free text in a poverty or target-group column (issue 14): the poverty words it holds.
    ["NCT hộ nghèo", "poor"],
    ["Người khuyết tật, hộ nghèo", "poor"],
    ["Hổ nghèo", "poor"], // "nghèo" is typed plainly; the slip is in another word
    ["Hộ TB", "none"],
    ["Hộ mới thoát nghèo", "none"],
    ["NCT cô đơn, hộ cận nghèo", "near-poor"],
  ])("%j is %s", (raw, expected) => {
    expect(readPoverty(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["CN", "Cận nghèo"], // also "Chủ nhiệm" in the same registers: not read, only suggested
    ["KK", "Hoàn cảnh khó khăn"], // not a standard abbreviation
    ["Cận nghèoo", "Cận nghèo"],
    ["Hộ nghèo, cận nghèo", undefined], // two statuses: nothing is guessed
  ])("%j is not read; %j is suggested", (raw, suggestion) => {
    expect(readPoverty(raw)).toEqual({ ok: false, suggestion });
  });

  test.each([
    ["x"],
    ["Có"],
    ["?"],
    ["Nguyễn Thị Hoa"],
    [1],
    [0],
    [true],
    [{ error: "#N/A" }],
    [null],
  ])("%p is not a poverty status", (value) => {
    expect(readPoverty(value)).toEqual({ ok: false });
  });
});

describe("a status with the year of the review that classed it", () => {
  test.each([
    ["HN 2023", "poor"],
    ["HCN 2022", "near-poor"],
    ["CN 2024", "near-poor"],
    ["CN-2022", "near-poor"],
  ])("%j → %s", (text, poverty) => {
    expect(readPoverty(text)).toEqual({ ok: true, value: poverty });
  });

  test("“CN” alone stays unread: it is also the chair", () => {
    expect(readPoverty("CN").ok).toBe(false);
  });
});
