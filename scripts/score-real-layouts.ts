/**
 * Prints the scoreboard of the command line on the real-layout corpus: per register, figures right /
 * unknown-with-warning / wrong, then which are wrong. `npx tsx scripts/score-real-layouts.ts [main|heldout|probe]`
 * (every set by default); held-out registers show their scores only, not what was wrong, unless --details.
 */
import { counts, expectations, scoreRegister, SETS, wrongLines } from "../test/real-layouts/score";

async function main(argv: readonly string[]): Promise<void> {
  const details = argv.includes("--details");
  const asked = argv.filter((a) => a in SETS) as (keyof typeof SETS)[];
  for (const set of asked.length > 0 ? asked : (["main", "heldout", "probe"] as const)) {
    const sum = { right: 0, unknown: 0, wrong: 0 };
    console.log(`\n== ${set} ==`);
    for (const expectation of expectations(SETS[set])) {
      const score = await scoreRegister(SETS[set], expectation);
      const c = counts(score);
      sum.right += c.right;
      sum.unknown += c.unknown;
      sum.wrong += c.wrong;
      console.log(
        `${expectation.file.padEnd(36)} right ${String(c.right).padStart(3)}  ` +
          `unknown+warning ${String(c.unknown).padStart(3)}  wrong ${String(c.wrong).padStart(3)}`
      );
      if (set !== "heldout" || details)
        for (const line of wrongLines(score)) console.log(`    ${line}`);
    }
    console.log(
      `${"all".padEnd(36)} right ${sum.right}  unknown+warning ${sum.unknown}  wrong ${sum.wrong}`
    );
  }
}

void main(process.argv.slice(2));
