/**
 * Writes the real-layout corpus: test/fixtures/real-layouts/ (12 registers), real-layouts-heldout/ (6) and
 * real-layouts-probe/ (6), each a .xlsx laid out like a public Vietnamese government list, with
 * expected/<name>.json tallied from the members' true attributes by plain counting. Run with `npx tsx scripts/make-real-layouts.ts`; the output is committed.
 * Nothing here runs the tool: the expectations are what the register says, not what the reader reads.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { Prng } from "../bench/prng";
import { HELDOUT_LAYOUTS, MAIN_LAYOUTS, PROBE_LAYOUTS } from "./real-layouts";
import type { Layout } from "./real-layouts/layout";
import type { TrueMember } from "./real-layouts/model";
import { writeWorkbook } from "./real-layouts/sheet";
import { tally, type Expectation } from "./real-layouts/truth";

const FIXTURES = join(__dirname, "..", "test", "fixtures");

function expectationOf(layout: Layout, members: readonly TrueMember[]): Expectation {
  const clubs = [...new Set(members.map((m) => m.club))];
  return {
    file: layout.file,
    source: layout.source,
    traits: layout.traits,
    reportDate: "2024-06-30",
    missing: layout.missing,
    total: tally(members, layout.missing),
    clubs: clubs.map((club) => {
      const match = layout.clubMatch[club];
      if (match === undefined) throw new Error(`${layout.file}: no match words for ${club}`);
      return {
        club,
        match,
        figures: tally(
          members.filter((m) => m.club === club),
          layout.missing
        ),
      };
    }),
  };
}

/** Writes one set's registers and expectations under root/folder; returns the expectations written. */
export async function writeSet(
  root: string,
  folder: string,
  layouts: readonly Layout[],
  log: (line: string) => void = () => {}
): Promise<Expectation[]> {
  const dir = join(root, folder);
  const written: Expectation[] = [];
  mkdirSync(join(dir, "expected"), { recursive: true });
  for (const layout of layouts) {
    const { members, sheets } = layout.render(new Prng(layout.seed));
    await writeWorkbook(join(dir, layout.file), sheets);
    const expected = expectationOf(layout, members);
    const name = layout.file.replace(/\.xlsx$/, ".json");
    writeFileSync(join(dir, "expected", name), JSON.stringify(expected, null, 2) + "\n");
    log(`${folder}/${layout.file}: ${expected.total.members} members`);
    written.push(expected);
  }
  return written;
}

async function main(): Promise<void> {
  await writeSet(FIXTURES, "real-layouts", MAIN_LAYOUTS, console.log);
  await writeSet(FIXTURES, "real-layouts-heldout", HELDOUT_LAYOUTS, console.log);
  await writeSet(FIXTURES, "real-layouts-probe", PROBE_LAYOUTS, console.log);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
