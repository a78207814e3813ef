import Ajv, { type ValidateFunction } from "ajv";
import { type CellValue, type Grid, isCellError } from "../src/core/grid";
import { COLUMN, SPELLINGS } from "./synthetic-register";

/**
 * The yardstick: the same rows' cell rules (required fields, closed lists, ranges) checked by a compiled JSON
 * Schema with ajv, over row objects built beforehand. It only checks — it reads nothing into canonical values —
 * so it is the floor a hand-written validator of this register can be measured against.
 */

type JsonValue = string | number | boolean | null | { error: string };

export type RowObject = Readonly<Record<keyof typeof COLUMN, JsonValue>>;

const SERIAL_1900 = 1;
const SERIAL_2026 = 46_023;

function jsonValue(value: CellValue | undefined): JsonValue {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (isCellError(value)) return { error: value.error };
  return value;
}

/** One plain object per member row, keyed by field (outside the timed section). */
export function rowObjects(grid: Grid): RowObject[] {
  const objects: RowObject[] = [];
  const fields = Object.entries(COLUMN) as [keyof typeof COLUMN, number][];
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    const object = {} as Record<keyof typeof COLUMN, JsonValue>;
    for (const [field, column] of fields) object[field] = jsonValue(cells[column]);
    objects.push(object as RowObject);
  }
  return objects;
}

const optionalText = { type: ["string", "null"] };
const money = {
  anyOf: [
    { type: "null" },
    { type: "number", minimum: 0 },
    { type: "string", pattern: "^\\d{1,3}(\\.\\d{3})*(,\\d+)?( (triệu|tr))?$" },
  ],
};

const ROW_SCHEMA = {
  type: "object",
  required: ["name", "gender", "birth", "ethnicity", "club"],
  properties: {
    no: { type: "integer", minimum: 1 },
    name: { type: "string", pattern: "\\S" },
    gender: { enum: [...SPELLINGS.gender.male, ...SPELLINGS.gender.female] },
    birth: {
      anyOf: [
        { type: "integer", minimum: 1900, maximum: 2026 },
        { type: "number", minimum: SERIAL_1900, maximum: SERIAL_2026 },
        {
          type: "string",
          pattern: "^((0[1-9]|[12]\\d|3[01])/(0[1-9]|1[0-2])/)?(19|20)\\d\\d$",
        },
        { type: "string", pattern: "^(19|20)\\d\\d-\\d\\d-\\d\\dT" },
      ],
    },
    ethnicity: { enum: [...SPELLINGS.ethnicity.kinh, ...SPELLINGS.ethnicity.others.flat()] },
    poverty: { enum: [null, ...SPELLINGS.poverty] },
    club: { type: "string", minLength: 1 },
    commune: optionalText,
    village: optionalText,
    role: {
      enum: [
        null,
        ...SPELLINGS.chair,
        ...SPELLINGS.viceChair,
        ...SPELLINGS.boardMember,
        ...SPELLINGS.member,
      ],
    },
    contribution: money,
    loan: money,
  },
};

/** Compiled once, outside the timed section; `allErrors` so every cell of a row is checked, as ours does. */
export function compileRowSchema(): ValidateFunction {
  return new Ajv({ allErrors: true }).compile(ROW_SCHEMA);
}

/** How many rows break at least one rule, and how many rule breaks in all. */
export function checkRows(
  validate: ValidateFunction,
  rows: readonly RowObject[]
): { invalidRows: number; errors: number } {
  let invalidRows = 0;
  let errors = 0;
  for (const row of rows) {
    if (!validate(row)) {
      invalidRows++;
      errors += validate.errors?.length ?? 0;
    }
  }
  return { invalidRows, errors };
}
