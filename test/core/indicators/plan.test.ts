import { planRate } from "../../../src/core/indicators/plan";

describe("planRate", () => {
  it("gives the share of the plan achieved (Lai Châu: 7 of 7 in 2019, 18 of 25 by 2020)", () => {
    expect(planRate(7, 7)).toBe(1);
    expect(planRate(18, 25)).toBe(0.72);
  });

  it("allows over plan", () => {
    expect(planRate(30, 25)).toBe(1.2);
  });

  it("gives no rate for a plan of 0 or below", () => {
    expect(planRate(5, 0)).toBeNull();
    expect(planRate(0, 0)).toBeNull();
    expect(planRate(5, -3)).toBeNull();
  });

  it("gives 0 when nothing was achieved", () => {
    expect(planRate(0, 25)).toBe(0);
  });
});
