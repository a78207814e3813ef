import { Recall } from "../../src/core/functions/recall";
import type { Range } from "../../src/core/functions/arguments";

/** Answers kept for a function Excel recalculates on every edit anywhere: never one for other arguments. */
describe("Recall", () => {
  const register = (): Range => [
    ["Họ và tên", "Năm sinh", "Ghi chú"],
    ["Lò Thị Hoa", new Date(Date.UTC(1950, 2, 4)), { error: "#N/A" }],
    ["Vàng A Sử", 1980, null],
  ];

  it("gives the kept answer again for arguments the same to the cell, copies included", () => {
    const recall = new Recall<string>(2);
    let worked = 0;
    const work = () => `answer ${++worked}`;
    expect(recall.answer([register()], "vi", work)).toBe("answer 1");
    // Fresh arrays, a fresh Date and a fresh error object, as each call from Excel brings.
    expect(recall.answer([register()], "vi", work)).toBe("answer 1");
    expect(worked).toBe(1);
  });

  it("works the answer out again when one cell, a date, an error, the shape or the key differs", () => {
    const recall = new Recall<number>(8);
    let worked = 0;
    const work = () => ++worked;
    recall.answer([register()], "vi", work);
    const variants: Range[] = [
      [register()[0], ["Lò Thị Hoà", ...register()[1].slice(1)], register()[2]],
      [
        register()[0],
        ["Lò Thị Hoa", new Date(Date.UTC(1950, 2, 5)), { error: "#N/A" }],
        register()[2],
      ],
      [
        register()[0],
        ["Lò Thị Hoa", new Date(Date.UTC(1950, 2, 4)), { error: "#REF!" }],
        register()[2],
      ],
      [register()[0], register()[1], ["Vàng A Sử", "1980", null]],
      [register()[0], register()[1]],
      [register()[0], register()[1], [...register()[2], null]],
    ];
    for (const variant of variants) recall.answer([variant], "vi", work);
    expect(worked).toBe(1 + variants.length);
    recall.answer([register()], "en", work);
    expect(worked).toBe(2 + variants.length);
  });

  it("keeps as many answers as it is told, forgetting the least recently given", () => {
    const recall = new Recall<string>(2);
    const answers = (text: string) => recall.answer([[[text]]], "", () => `${text} worked`);
    answers("a");
    answers("b");
    answers("a"); // a is now the most recent
    answers("c"); // forgets b
    let again = false;
    recall.answer([[["a"]]], "", () => ((again = true), "a again"));
    expect(again).toBe(false);
    recall.answer([[["b"]]], "", () => ((again = true), "b again"));
    expect(again).toBe(true);
  });
});
