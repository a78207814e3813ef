import { FactClasses } from "../../../src/core/indicators/fact-classes";

describe("FactClasses", () => {
  it("gives numbers on the same side of every cut point one class, and each cut point its own", () => {
    const ages = new FactClasses([55, 60]);
    const [a40, a54, a55, a57, a59, a60, a90] = [40, 54, 55, 57, 59, 60, 90].map((age) =>
      ages.classOf(age)
    );
    expect(a54).toBe(a40);
    expect(a59).toBe(a57);
    expect(new Set([a40, a55, a57, a60, a90]).size).toBe(5);
  });

  it("keeps unknown apart and remembers a value met in each class", () => {
    const ages = new FactClasses([55]);
    const older = ages.classOf(70);
    ages.classOf(80);
    const unknown = ages.classOf(null);
    expect(unknown).not.toBe(older);
    expect(ages.representative(older)).toBe(70);
    expect(ages.representative(unknown)).toBeNull();
  });

  it("gives each text value its own class", () => {
    const groups = new FactClasses(null);
    expect(groups.classOf("Mông")).toBe(groups.classOf("Mông"));
    expect(groups.classOf("Mông")).not.toBe(groups.classOf("Dao"));
    expect(groups.classOf(null)).not.toBe(groups.classOf("Kinh"));
  });
});
