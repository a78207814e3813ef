/**
 * exceljs reads a formula cell's cached result from its <v> element, but takes an empty one for none: a
 * formula whose result is empty text (`=IF(A2="","",…)`, saved by Excel and LibreOffice as t="str" with
 * <v></v>) and a formula saved with no result at all (as generators write them) both come out with no result.
 * Only the second is unknown, so this patch to exceljs's cell parser gives the first its empty text back —
 * only while `withCachedEmptyText` runs: other readers in the process (a test's own exceljs reads) keep
 * exceljs's behaviour. Nothing else of the parser changes.
 */
import ExcelJS from "exceljs";

interface CellParser {
  model: { type?: number; result?: unknown };
  t?: string;
  parseOpen(node: { name: string }): boolean;
  parseClose(name: string): boolean;
}

// exceljs's own parser of <c> elements, which its public API does not expose.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as {
  prototype: CellParser;
};

/** Reads under way that want a cached empty text kept. */
let active = 0;

/** Runs `read` with cached empty texts kept as "" (see above). */
export async function withCachedEmptyText<T>(read: () => Promise<T>): Promise<T> {
  active++;
  try {
    return await read();
  } finally {
    active--;
  }
}

/** Whether the cell being parsed had a <v> element, empty or not. */
const sawValue = new WeakMap<CellParser, boolean>();

const parseOpen = CellXform.prototype.parseOpen;
CellXform.prototype.parseOpen = function (this: CellParser, node) {
  const handled = parseOpen.call(this, node);
  if (node.name === "c") sawValue.set(this, false);
  else if (node.name === "v") sawValue.set(this, true);
  return handled;
};

const parseClose = CellXform.prototype.parseClose;
CellXform.prototype.parseClose = function (this: CellParser, name) {
  const more = parseClose.call(this, name);
  const { model } = this;
  if (
    active > 0 &&
    name === "c" &&
    this.t === "str" &&
    sawValue.get(this) === true &&
    model.type === ExcelJS.ValueType.Formula &&
    model.result === undefined
  ) {
    model.result = "";
  }
  return more;
};
