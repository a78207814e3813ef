/**
 * The real-layout corpus keeps its promises, before any reader is scored on it: the committed expectations are
 * exactly what the generator tallies from the true members (nobody edited a figure by hand), every breakdown adds
 * up, clubs add up to the total, each unknowable figure comes from a fact the layout lacks, and the held-out set
 * copies no source of the main set.
 */
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeSet } from "../../scripts/make-real-layouts";
import { HELDOUT_LAYOUTS, MAIN_LAYOUTS, PROBE_LAYOUTS } from "../../scripts/real-layouts";
import { FIGURES_OF_FACT, type Expectation, type Fact } from "../../scripts/real-layouts/truth";
import { expectations, SETS } from "./score";

const main = expectations(SETS.main) as unknown as Expectation[];
const heldout = expectations(SETS.heldout) as unknown as Expectation[];
const probe = expectations(SETS.probe) as unknown as Expectation[];
const all = [...main, ...heldout, ...probe];

describe("the real-layout corpus", () => {
  it("has 12 main, 6 held-out and 6 probe registers, each .xlsx with its expectation", () => {
    expect(main).toHaveLength(12);
    expect(heldout).toHaveLength(6);
    expect(probe).toHaveLength(6);
    for (const [dir, set] of [
      [SETS.main, main],
      [SETS.heldout, heldout],
      [SETS.probe, probe],
    ] as const) {
      const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
      expect(files.sort()).toEqual(set.map((e) => e.file).sort());
    }
  });

  it("commits exactly the expectations the generator tallies from the true members", async () => {
    const out = mkdtempSync(join(tmpdir(), "real-layouts-"));
    try {
      const fresh = [
        ...(await writeSet(out, "main", MAIN_LAYOUTS)),
        ...(await writeSet(out, "heldout", HELDOUT_LAYOUTS)),
        ...(await writeSet(out, "probe", PROBE_LAYOUTS)),
      ];
      const byFile = new Map(all.map((e) => [e.file, e]));
      for (const expectation of fresh) {
        expect(JSON.parse(JSON.stringify(expectation))).toEqual(byFile.get(expectation.file));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(all.map((e) => [e.file, e] as const))("%s: breakdowns add up", (_file, e) => {
    for (const figures of [e.total, ...e.clubs.map((c) => c.figures)]) {
      const n = (v: number | "unknowable") => (v === "unknowable" ? null : v);
      const parts = (...ids: (keyof typeof figures)[]) => ids.map((id) => n(figures[id]));
      expect(figures.members).toBeGreaterThan(0);
      for (const [a, b, unknown] of [
        parts("women", "men", "genderUnknown"),
        parts("kinh", "ethnicMinority", "ethnicityUnknown"),
        parts("olderMembers", "youngerMembers", "ageUnknown"),
      ]) {
        if (a !== null && b !== null) expect(a + b + unknown!).toBe(figures.members);
        else expect(unknown).toBe(figures.members);
      }
      const [poor, near, hardship, unknown] = parts(
        "poor",
        "nearPoor",
        "hardship",
        "povertyUnknown"
      );
      expect((poor ?? 0) + (near ?? 0) + (hardship ?? 0) + unknown!).toBeLessThanOrEqual(
        figures.members as number
      );
    }
    // Registers of a club's size (50–70 members), or a commune's few clubs or a list printed over pages.
    expect(e.total.members).toBeGreaterThanOrEqual(20);
    expect(e.total.members).toBeLessThanOrEqual(90);
  });

  it.each(all.map((e) => [e.file, e] as const))("%s: clubs add up to the total", (_file, e) => {
    expect(e.total.clubs).toBe(e.clubs.length);
    for (const [figure, total] of Object.entries(e.total)) {
      if (figure === "clubs") continue;
      const sum = e.clubs.reduce<number | "unknowable">((s, c) => {
        const v = c.figures[figure as keyof typeof c.figures];
        return s === "unknowable" || v === "unknowable" ? "unknowable" : s + v;
      }, 0);
      expect([figure, sum]).toEqual([figure, total]);
    }
  });

  it.each(all.map((e) => [e.file, e] as const))(
    "%s: a figure is unknowable only where the layout lacks its fact",
    (_file, e) => {
      const lacking = new Set(e.missing.flatMap((fact: Fact) => FIGURES_OF_FACT[fact]));
      for (const [figure, value] of Object.entries(e.total)) {
        expect([figure, value === "unknowable"]).toEqual([figure, lacking.has(figure as never)]);
      }
      expect(e.source.length).toBeGreaterThan(0);
    }
  );

  it("draws the held-out registers from sources the main set does not use", () => {
    const mainSources = new Set(main.flatMap((e) => e.source));
    for (const e of heldout)
      for (const source of e.source) expect(mainSources.has(source)).toBe(false);
  });
});
