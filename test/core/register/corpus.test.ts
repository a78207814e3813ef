/**
 * The fixture corpus: every register in test/fixtures/registers/ is read from its .xlsx file, as the command
 * line reads it, and compared with its hand-written expectation (expected/<name>.json).
 *
 * In the expectations a date is a year (1955) when only the year is known, else "yyyy-mm-dd". Optional keys
 * (columns, unmapped, commune, loan, a problem's value or suggestion …) are compared only where written.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readWorkbookGrids } from "../../../src/cli/xlsx-grid";
import type { DayDate, Member, MemberTable } from "../../../src/core/model";
import { readMemberTable } from "../../../src/core/register";

const DIR = join(__dirname, "..", "..", "fixtures", "registers");

type Json = Record<string, unknown>;
interface ExpectedSheet {
  sheet: string;
  table: (Json & { members: Json[] }) | null;
}

function dateForm(date: DayDate | null): number | string | null {
  if (date === null) return null;
  if (date.month === undefined || date.day === undefined) return date.year;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/** The actual value in the expectation's shape: only the keys the expectation writes. */
function pick(actual: Json, expected: Json): Json {
  const out: Json = {};
  for (const key of Object.keys(expected)) out[key] = actual[key];
  return out;
}

function problemOrder(a: Json, b: Json): number {
  return (
    (a.column as number) - (b.column as number) ||
    String(a.field).localeCompare(String(b.field)) ||
    String(a.code).localeCompare(String(b.code))
  );
}

function memberForm(member: Member, expected: Json): Json {
  const expectedProblems = (expected.problems as Json[]).slice().sort(problemOrder);
  const problems = (member.problems as unknown as Json[])
    .slice()
    .sort(problemOrder)
    .map((p, i) => pick(p, expectedProblems[i] ?? p));
  const form: Json = {
    ...(member as unknown as Json),
    birth: dateForm(member.birth),
    joined: dateForm(member.joined),
  };
  return { ...pick(form, expected), problems };
}

function tableForm(table: MemberTable | null, expected: ExpectedSheet["table"]): Json | null {
  if (table === null || expected === null) return table as null;
  const { members, ...rest } = expected;
  return {
    ...pick(table as unknown as Json, rest),
    members: table.members.map((m, i) => memberForm(m, members[i] ?? { problems: [] })),
  };
}

function sortedProblems(expected: ExpectedSheet["table"]): ExpectedSheet["table"] {
  if (expected === null) return null;
  return {
    ...expected,
    members: expected.members.map((m) => ({
      ...m,
      problems: (m.problems as Json[]).slice().sort(problemOrder),
    })),
  };
}

const fixtures = readdirSync(DIR)
  .filter((file) => file.endsWith(".xlsx"))
  .map((file) => file.replace(/\.xlsx$/, ""));

test("the corpus has a register for every layout", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(12);
});

describe.each(fixtures)("register %s.xlsx", (name) => {
  const expected: { sheets: ExpectedSheet[] } = JSON.parse(
    readFileSync(join(DIR, "expected", `${name}.json`), "utf8")
  );

  test("reads as its expectation says", async () => {
    const grids = await readWorkbookGrids(join(DIR, `${name}.xlsx`));
    expect(grids.map((g) => g.sheet)).toEqual(expected.sheets.map((s) => s.sheet));
    grids.forEach((grid, i) => {
      const want = sortedProblems(expected.sheets[i].table);
      expect({ sheet: grid.sheet, table: tableForm(readMemberTable(grid), want) }).toEqual({
        sheet: grid.sheet,
        table: want,
      });
    });
  });
});
