import { readFileSync } from "fs";
import { join } from "path";
import { messages } from "../../../src/core/i18n/messages";
import {
  LAICHAU_PROFILE,
  NATIONAL_PROFILE,
  profileById,
  RULE_IDS,
  RULES,
} from "../../../src/core/validation";

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("rule catalogue", () => {
  test("each rule's entry carries its own id and a message in both languages", () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      const text = messages[RULES[id].message];
      expect(text.vi.length).toBeGreaterThan(20);
      expect(text.en.length).toBeGreaterThan(20);
    }
  });

  test("Vietnamese and English templates use the same placeholders", () => {
    for (const [key, text] of Object.entries(messages)) {
      if (!key.startsWith("rule.")) continue;
      expect([key, placeholders(text.vi)]).toEqual([key, placeholders(text.en)]);
    }
  });

  test("programme norms are warnings, never errors", () => {
    const clubRules = RULE_IDS.filter((id) => RULES[id].scope === "club");
    expect(clubRules).toHaveLength(8);
    for (const id of clubRules) expect(RULES[id].severity).toBe("warning");
  });

  test("severities follow the issue: data errors, text warnings, stray spaces as information", () => {
    const severities = Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].severity]));
    expect(severities).toMatchObject({
      "cell.required": "error",
      "cell.unreadable": "error",
      "cell.birth-future": "error",
      "cell.age-range": "error",
      "cell.money-negative": "error",
      "text.legacy-encoding": "warning",
      "text.decomposed": "warning",
      "text.stray-spaces": "info",
      "dup.same-club": "error",
      "dup.other-club": "warning",
    });
  });

  test("docs/rules.md documents every rule id, in order, with its severity and scope", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
    const documented = doc
      .split("\n")
      .map((line) => line.split("|").map((cell) => cell.trim()))
      .filter((cells) => /^`[a-z]+\.[a-z-]+`$/.test(cells[1] ?? ""))
      .map((cells) => [cells[1].slice(1, -1), cells[2], cells[3]]);
    expect(documented).toEqual(RULE_IDS.map((id) => [id, RULES[id].severity, RULES[id].scope]));
  });
});

describe("rule profiles", () => {
  test("the national profile holds the figures of QĐ 1336/QĐ-TTg and HelpAge", () => {
    expect(NATIONAL_PROFILE).toMatchObject({
      clubSize: { min: 50, max: 70 },
      women: { min: 0.6, max: 0.7 },
      older: { min: 0.6 },
      younger: { min: 0.3 },
      poor: null,
      boardSize: { size: 5, source: "HelpAge" },
      olderAge: 55,
      memberAge: { min: 16, max: 110 },
    });
  });

  test("Lai Châu raises the older floor to 70 % and adds 60–70 % poor", () => {
    expect(LAICHAU_PROFILE).toMatchObject({
      clubSize: { min: 50, max: 70 },
      older: { min: 0.7, source: "QĐ 307/QĐ-UBND" },
      poor: { min: 0.6, max: 0.7, source: "QĐ 307/QĐ-UBND" },
    });
  });

  test("profiles are found by id", () => {
    expect(profileById("laichau")).toBe(LAICHAU_PROFILE);
    expect(profileById("national")).toBe(NATIONAL_PROFILE);
    expect(profileById("hanoi")).toBeNull();
    expect(profileById("toString")).toBeNull();
  });
});
