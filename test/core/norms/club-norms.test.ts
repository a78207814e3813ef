import type { CellValue, Grid } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/indicators";
import { clubNorms } from "../../../src/core/norms";
import { readMemberTable } from "../../../src/core/register";
import {
  LAICHAU_PROFILE,
  NATIONAL_PROFILE,
  unrecordedPoverty,
  validate,
  type RuleProfile,
} from "../../../src/core/validation";

const REFERENCE = { year: 2026, month: 12, day: 3 };

function grid(rows: CellValue[][]): Grid {
  return { sheet: "DS", originRow: 1, originCol: 1, rows };
}

/** Two clubs: A with 2 women of 4 (50 %), B with 3 of 3; no poverty column. */
const ROWS: CellValue[][] = [
  ["STT", "Họ và tên", "Giới tính", "Năm sinh", "CLB"],
  [1, "Lò Thị Hoa", "Nữ", 1950, "A"],
  [2, "Vàng A Sử", "Nam", 1960, "A"],
  [3, "Lò Thị Mai", "Nữ", 1940, "A"],
  [4, "Lò Văn Pọm", "Nam", 1990, "A"],
  [5, "Tẩn Thị Mẩy", "Nữ", 1950, "B"],
  [6, "Lường Thị Dung", "Nữ", 1945, "B"],
  [7, "Lò Thị Ánh", "Nữ", null, "B"],
];

function normsOf(profile: RuleProfile) {
  const table = readMemberTable(grid(ROWS));
  if (!table) throw new Error("no table");
  const indicators = computeIndicators(table.members, {
    unrecordedPoverty: unrecordedPoverty([table]),
    referenceDate: REFERENCE,
    ageThreshold: profile.olderAge,
  });
  const issues = validate([table], { reference: REFERENCE, profile }).issues;
  return { norms: clubNorms(indicators.clubs, profile), issues };
}

describe("clubs beside the profile's norms", () => {
  it("gives each share its count and base, and which side of the norm it falls", () => {
    const { norms } = normsOf(NATIONAL_PROFILE);
    const [a, b] = norms;
    expect(a.club).toBe("A");
    expect(a.figures.women).toMatchObject({ count: 2, of: 4, share: 0.5, status: "below" });
    expect(b.figures.women).toMatchObject({ count: 3, of: 3, share: 1, status: "above" });
    expect(a.figures.members).toMatchObject({ count: 4, status: "below" });
    // One of B's ages is unknown: its share still divides by all members, as the report does.
    expect(b.figures.older).toMatchObject({ count: 2, of: 3, status: "within" });
  });

  it("calls a figure no member's value is known for unknown, not 0", () => {
    const { norms } = normsOf(LAICHAU_PROFILE);
    expect(norms[0].figures.poor).toMatchObject({ count: null, share: null, status: "unknown" });
    expect(normsOf(NATIONAL_PROFILE).norms[0].figures.poor.norm).toBeNull();
  });

  it("flags exactly the clubs and shares the club rules warn about", () => {
    for (const profile of [NATIONAL_PROFILE, LAICHAU_PROFILE]) {
      const { norms, issues } = normsOf(profile);
      const flagged = norms.flatMap((club) =>
        (["women", "older", "younger", "poor"] as const)
          .filter((m) => ["below", "above"].includes(club.figures[m].status))
          .map((m) => `${club.club}:${m}`)
      );
      const warned = issues
        .filter((i) => /^club\.(women|older|younger|poor)-share$/.test(i.rule))
        .map((i) => `${i.club}:${i.rule.slice(5, -6)}`);
      expect(flagged.sort()).toEqual(warned.sort());
    }
  });
});
