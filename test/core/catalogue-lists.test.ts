/** The catalogue lists a template's dropdowns offer are exactly what the reader reads, each to itself. */
import { CATALOGUE_LISTS } from "../../src/core/catalogue-lists";
import { readEthnicity, readGender, readPoverty, readRole } from "../../src/core/values";
import { statusInText } from "../../src/core/values/phrases";

const list = (id: string) => CATALOGUE_LISTS.find((l) => l.id === id)!.values;

test("every value offered is read by its field's reader, and each reads to a different value", () => {
  const readers = {
    gender: readGender,
    ethnicity: readEthnicity,
    poverty: readPoverty,
    role: readRole,
  };
  for (const [id, read] of Object.entries(readers)) {
    const values = list(id).map((text) => read(text));
    expect(values.every((reading) => reading.ok)).toBe(true);
    const read_ = values.map((reading) => (reading.ok ? reading.value : null));
    expect(new Set(read_).size).toBe(read_.length);
  }
  expect(list("ethnicity")).toHaveLength(54);
});

test("every departure note offered is read as a member who left", () => {
  for (const note of list("departure")) expect(statusInText(note)).toBe("former");
});
