/**
 * The categories CLUB.COUNT and CLUB.SHARE count: a gender, "thiểu số" (any ethnic minority), an ethnic group, a
 * household status or a board role. The category and every cell are read by the same value readers as the
 * register check, so "Nữ", "nu" and "NỮ " are one category and "H'Mông", "Hmông" and "Mông" one group.
 */
import type { CellValue } from "../grid";
import type { Gender } from "../model";
import {
  isEthnicMinority,
  readEthnicity,
  readGender,
  readPoverty,
  readRole,
  type Reading,
} from "../values";
import { textCellReader } from "../values/cell-reader";
import { vocabulary } from "../values/vocabulary";
import { fail, ok, shown, suggestionPart, type Outcome } from "./outcome";

/** Whether a register cell falls in the category. */
export type Category = (cell: CellValue) => boolean;

/** "Thiểu số" and its spellings: a category of an ethnicity column, not one of the 54 groups. */
export const readMinorityWord = textCellReader(
  vocabulary<true>([
    {
      value: true,
      label: "Dân tộc thiểu số",
      spellings: [
        "Thiểu số",
        "DTTS",
        "DT thiểu số",
        "Người dân tộc thiểu số",
        "Minority",
        "Minorities",
        "Ethnic minority",
        "Ethnic minorities",
      ],
    },
  ])
);

/** Any group of the 54 but Kinh; an unknown group is no minority (nothing is guessed). */
export const MINORITY: Category = (cell) => {
  const group = readEthnicity(cell);
  return group.ok && isEthnicMinority(group.value);
};

/** The cells one reader reads as `value` ("nu" as female, "Hmông" as Mông). */
function readAs<T>(read: (cell: CellValue) => Reading<T>, value: T): Category {
  return (cell) => {
    const reading = read(cell);
    return reading.ok && reading.value === value;
  };
}

export function genderCategory(gender: Gender): Category {
  return readAs(readGender, gender);
}

const READERS: readonly ((cell: CellValue) => Reading<unknown>)[] = [
  readGender,
  readEthnicity,
  readPoverty,
  readRole,
];

/**
 * The category a user names. The readers' vocabularies share no word (a test checks it), so at most one of them
 * reads a category; for a word none reads, the first suggestion a reader makes is offered.
 */
export function readCategory(value: CellValue): Outcome<Category> {
  if (readMinorityWord(value).ok) return ok(MINORITY);
  const suggestions: string[] = [];
  for (const read of READERS) {
    const reading = read(value);
    if (reading.ok) return ok(readAs(read, reading.value));
    if (reading.suggestion !== undefined) suggestions.push(reading.suggestion);
  }
  return fail(
    "value",
    "fn.categoryUnknown",
    { value: shown(value) },
    ...suggestionPart(suggestions[0])
  );
}
