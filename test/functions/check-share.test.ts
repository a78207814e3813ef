import { checkShare } from "../../src/functions/functions";
import { excelResult, installCustomFunctionsRuntime, withOfficeLanguage } from "./excel-runtime";

beforeAll(installCustomFunctionsRuntime);
afterEach(() => withOfficeLanguage(null));

const CHECKSHARE = (count: unknown, total: unknown, reported: unknown, tolerance?: unknown) =>
  excelResult(() => checkShare(count, total, reported, tolerance));

/** The 2019 Lai Châu news report (DESIGN.md §1): 325 members; its printed shares, checked one by one. */
describe("=CLUB.CHECKSHARE(count; total; reported; [tolerance]) on the published 2019 figures", () => {
  it("flags 226 ethnic minority members printed as 82 %: 226/325 is 69.5 %", () => {
    expect(CHECKSHARE(226, 325, 0.82)).toBe(
      "Sai lệch: báo cáo ghi 82 %, nhưng tính lại từ 226/325 được 69,5 %. Hãy sửa số liệu trong báo cáo thành 69,5 %."
    );
  });

  it("flags 215 women printed as 64 %: 215/325 is 66.2 %", () => {
    expect(CHECKSHARE(215, 325, 0.64)).toMatch(/báo cáo ghi 64 %, .* được 66,2 %/);
  });

  it("passes 231 aged over 55 printed as 71 % and 94 under 55 printed as 29 %, within rounding", () => {
    expect(CHECKSHARE(231, 325, 0.71)).toBe("OK");
    expect(CHECKSHARE(94, 325, 0.29)).toBe("OK");
  });

  it("reads the reported share as a cell holds it, as text or as a percentage written without its sign", () => {
    for (const reported of [0.82, "82%", "82 %", "0,82", "0.82", 82, "82"]) {
      expect(CHECKSHARE(226, 325, reported)).toMatch(/^Sai lệch: báo cáo ghi 82 %/);
    }
    expect(CHECKSHARE("231", "325", "71%")).toBe("OK");
  });

  it("accepts a difference up to the tolerance given, half a percentage point by default", () => {
    // 226/325 = 69.54 %: 69 % is 0.54 points off.
    expect(CHECKSHARE(226, 325, 0.69)).toMatch(/^Sai lệch/);
    expect(CHECKSHARE(226, 325, 0.69, 0.01)).toBe("OK");
    expect(CHECKSHARE(226, 325, 0.69, "1%")).toBe("OK");
    expect(CHECKSHARE(226, 325, 0.695, 0)).toMatch(/^Sai lệch/);
  });

  it("explains in English in an English Office", () => {
    withOfficeLanguage("en-US");
    expect(CHECKSHARE(226, 325, 0.82)).toBe(
      "Mismatch: 82 % reported, 69.5 % computed from 226 of 325. Correct the reported figure to 69.5 %."
    );
    expect(CHECKSHARE(231, 325, 0.71)).toBe("OK");
  });

  it("gives #DIV/0! for a total of 0, and #VALUE! for arguments that cannot be a share", () => {
    expect(CHECKSHARE(0, 0, 0.5)).toEqual({ code: "#DIV/0!", message: "" });
    expect(CHECKSHARE(326, 325, 0.5)).toEqual({
      code: "#VALUE!",
      message: "Số đếm được (326) lớn hơn tổng số (325).",
    });
    expect(CHECKSHARE(-1, 325, 0.5)).toMatchObject({
      code: "#VALUE!",
      message: "Số không được âm: -1.",
    });
    expect(CHECKSHARE(226, "ba trăm", 0.5)).toMatchObject({ code: "#VALUE!" });
    expect(CHECKSHARE(226, 325, "nhiều")).toEqual({
      code: "#VALUE!",
      message: "Không đọc được tỷ lệ “nhiều”: hãy ghi 82 %, 0,82 hoặc 82.",
    });
    expect(CHECKSHARE(226, 325, { code: "#N/A" })).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("#N/A"),
    });
    expect(CHECKSHARE(226, 325, null)).toMatchObject({ code: "#VALUE!" });
  });
});
