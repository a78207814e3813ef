/**
 * The reader scored on the real-layout corpus (see score.ts for what right, unknown and wrong mean): every figure
 * of every register must be right, or unknown with a warning that names it. Held-out registers report only how
 * many figures are wrong, so their layouts stay unseen. `npx tsx scripts/score-real-layouts.ts` prints the board.
 */
import { counts, expectations, scoreRegister, SETS, wrongLines } from "./score";

describe("the command line on the real-layout corpus", () => {
  it.each(
    (["main", "probe"] as const).flatMap((set) =>
      expectations(SETS[set]).map((e) => [`${set}/${e.file}`, set, e] as const)
    )
  )("%s: every figure right or unknown with a warning", async (_file, set, expectation) => {
    expect(wrongLines(await scoreRegister(SETS[set], expectation))).toEqual([]);
  });

  it.each(expectations(SETS.heldout).map((e) => [e.file, e] as const))(
    "held out %s: no figure wrong",
    async (_file, expectation) => {
      expect(counts(await scoreRegister(SETS.heldout, expectation)).wrong).toBe(0);
    }
  );
});
