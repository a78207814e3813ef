import { checkReportedFigure, issueMessage, issueRecord } from "../../../src/core/validation";

// The 2019 Lai Châu news report (DESIGN.md §1): 325 members, 215 women printed as 64 %, 226 ethnic minority
// printed as 82 %. 215/325 = 66.15 %, 226/325 = 69.54 %.
const WOMEN = { vi: "Tỷ lệ nữ", en: "Women" };
const MINORITY = { vi: "Dân tộc thiểu số", en: "Ethnic minority" };

describe("reported figures", () => {
  test("82 % printed for 226 of 325 is a mismatch", () => {
    const issue = checkReportedFigure({
      label: MINORITY,
      reported: { share: 0.82 },
      computed: { count: 226, of: 325 },
    });
    expect(issue).not.toBeNull();
    expect(issue).toMatchObject({ rule: "figure.mismatch", severity: "error", value: 0.82 });
    expect(issueMessage(issue!, "en")).toBe(
      "Ethnic minority: 82 % reported, 69.5 % computed from 226 of 325. Correct the reported figure to 69.5 %."
    );
    expect(issueMessage(issue!, "vi")).toBe(
      "Dân tộc thiểu số: báo cáo ghi 82 %, nhưng tính lại từ 226/325 được 69,5 %. Hãy sửa số liệu trong báo cáo thành 69,5 %."
    );
    expect(issue!.suggestion).toBe("0.695");
  });

  test("64 % printed for 215 of 325 (66.2 %) is a mismatch", () => {
    const issue = checkReportedFigure({
      label: WOMEN,
      reported: { share: 0.64 },
      computed: { count: 215, of: 325 },
    });
    expect(issueMessage(issue!, "en")).toBe(
      "Women: 64 % reported, 66.2 % computed from 215 of 325. Correct the reported figure to 66.2 %."
    );
  });

  test("66 % printed for 66.15 % is a rounded whole percent, not a mismatch", () => {
    const figure = { label: WOMEN, computed: { count: 215, of: 325 } };
    expect(checkReportedFigure({ ...figure, reported: { share: 0.66 } })).toBeNull();
    expect(checkReportedFigure({ ...figure, reported: { share: 0.6615 } })).toBeNull();
    // Half a point exactly is still a rounding; beyond it is not.
    expect(checkReportedFigure({ ...figure, reported: { share: 215 / 325 + 0.005 } })).toBeNull();
    expect(checkReportedFigure({ ...figure, reported: { share: 0.67 } })).not.toBeNull();
  });

  test("a tolerance can be set: a strict check refuses the rounded 66 %", () => {
    const issue = checkReportedFigure({
      label: WOMEN,
      reported: { share: 0.66 },
      computed: { count: 215, of: 325 },
      tolerance: 0.001,
    });
    expect(issue?.rule).toBe("figure.mismatch");
  });

  test("counts must match exactly by default", () => {
    const figure = { label: "Nữ", computed: { count: 215, of: 325 } };
    expect(checkReportedFigure({ ...figure, reported: { count: 215 } })).toBeNull();
    const issue = checkReportedFigure({ ...figure, reported: { count: 216 } });
    expect(issueMessage(issue!, "vi")).toBe(
      "Nữ: báo cáo ghi 216, nhưng tính lại từ danh sách được 215. Hãy sửa số liệu trong báo cáo thành 215."
    );
    expect(issue!.suggestion).toBe("215");
    expect(checkReportedFigure({ ...figure, reported: { count: 216 }, tolerance: 1 })).toBeNull();
  });

  test("the place of the reported figure, when given, locates the issue", () => {
    const issue = checkReportedFigure({
      label: MINORITY,
      reported: { share: 0.82 },
      computed: { count: 226, of: 325 },
      at: { sheet: "Báo cáo", row: 18, column: 4 },
    });
    expect(issueRecord(issue!, "en")).toEqual({
      rule: "figure.mismatch",
      severity: "error",
      sheet: "Báo cáo",
      cell: "D18",
      row: 18,
      field: null,
      value: 0.82,
      message:
        "Ethnic minority: 82 % reported, 69.5 % computed from 226 of 325. Correct the reported figure to 69.5 %.",
      suggestion: "0.695",
    });
  });

  test("a share of nothing cannot be recomputed, so nothing is compared", () => {
    expect(
      checkReportedFigure({ label: WOMEN, reported: { share: 0.5 }, computed: { count: 0, of: 0 } })
    ).toBeNull();
  });
});
