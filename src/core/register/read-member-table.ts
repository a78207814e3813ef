/**
 * A sheet → its member table: find the header, then walk the rows once, keeping member rows and leaving out
 * blank rows, the numbering row, totals rows, the signature block and club heading rows.
 *
 * Which rows are members: a row with a value in any field column (other than STT) is a member, even with
 * its name missing. After a totals row or a signature line the sheet is in its footer: there, only a row
 * holding two of gender / birth / ethnicity, or a row number and a name, counts as a member (a sheet of
 * several clubs goes on after a subtotal), so the names written under "Người lập biểu" are not members.
 *
 * The club of a member: its club cell; a blank club cell repeats the club above (a club merged down its
 * members); else the club of the last heading row ("CLB Bản Nà Lằng" alone on a row); else the club named in
 * the title rows; else the sheet's name (see club-name.ts for how a title becomes a club name).
 */
import type { CellValue, Grid } from "../grid";
import { isBlank } from "../grid";
import type { Field, Member, MemberTable, Poverty } from "../model";
import { cleanText } from "../text/clean-text";
import { clubFromTitle } from "./club-name";
import { findHeader, type HeaderLayout } from "./header";
import { MemberRowReader, type ColumnIndexes } from "./member-row";
import { encodingOf } from "./sheet-encoding";
import { isNumberingRow, isSignatureText, isTotalsLabel, mayBeTotalsLabel } from "./row-kind";

export function readMemberTable(grid: Grid): MemberTable | null {
  const header = findHeader(grid);
  if (!header) return null;
  const at = columnIndexes(header);
  const lastHeaderRow = header.rows[header.rows.length - 1];
  const encoding = encodingOf(grid.rows.slice(0, lastHeaderRow + 1));
  const reader = new MemberRowReader(grid.sheet, grid.originCol, at, encoding);
  const titleClub = findTitleClub(grid, header.rows[0]);
  const defaultClub = titleClub ?? sheetClub(grid.sheet);

  let first = lastHeaderRow + 1;
  if (first < grid.rows.length && isNumberingRow(grid.rows[first])) first++;

  const contentColumns = fieldColumns(at);
  const coreColumns =
    Number(at.gender >= 0) +
    Number(at.birth >= 0) +
    Number(at.ethnicity >= 0) +
    (at.splitMale >= 0 ? 2 : 0);
  // A member row normally fills two of gender / birth / ethnicity; a table with fewer such columns asks less.
  const strongCore = coreColumns === 0 ? Infinity : Math.min(2, coreColumns);

  const members: Member[] = [];
  const rowsAfterFooter: { row: number; text: string }[] = [];
  let inFooter = false;
  // Below a signature line, names and titles are the signatures: expected, not worth a note.
  let inSignatures = false;
  let clubAbove: string | null = null;
  let headingClub: string | null = null;
  for (let i = first; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    if (cells.length === 0) continue;
    if (hasTotalsLabelBeforeName(cells, at.name, reader)) {
      inFooter = true;
      continue;
    }
    if (coreCount(cells, at) < strongCore && !isNumberedName(cells, at)) {
      const note = noteOf(cells, reader);
      if (note === SIGNATURE) {
        inFooter = true;
        inSignatures = true;
        continue;
      }
      if (note !== null) {
        headingClub = note;
        clubAbove = null;
        continue;
      }
      if (!hasAny(cells, contentColumns)) continue;
      if (inFooter) {
        if (!inSignatures) {
          rowsAfterFooter.push({
            row: grid.originRow + i,
            text: rowText(cells, contentColumns, reader),
          });
        }
        continue;
      }
    } else {
      inFooter = false;
      inSignatures = false;
    }

    let club: string | null = null;
    if (at.club >= 0) club = reader.readClub(cells) ?? clubAbove;
    const member = reader.read(cells, grid.originRow + i, club ?? headingClub ?? defaultClub);
    if (member.name !== null && mayBeTotalsLabel(member.name) && isTotalsLabel(member.name)) {
      inFooter = true;
      continue;
    }
    if (club !== null) clubAbove = club;
    members.push(member);
  }

  const firstDataRow = grid.originRow + first;
  return {
    sheet: grid.sheet,
    headerRows: header.rows.map((r) => grid.originRow + r),
    firstDataRow,
    lastDataRow: members.length > 0 ? members[members.length - 1].row : firstDataRow - 1,
    columns: toSheetColumns(header.columns, grid.originCol),
    splitBirth: header.splitBirth && {
      male: grid.originCol + header.splitBirth.male,
      female: grid.originCol + header.splitBirth.female,
    },
    povertyMarks: header.povertyMarks && toSheetColumns(header.povertyMarks, grid.originCol),
    unmapped: header.unmapped.map((u) => ({ column: grid.originCol + u.index, header: u.header })),
    titleClub,
    members,
    rowsAfterFooter,
  };
}

function columnIndexes(header: HeaderLayout): ColumnIndexes {
  const c = header.columns;
  const m = header.povertyMarks ?? {};
  return {
    no: c.no ?? -1,
    name: c.name ?? -1,
    gender: c.gender ?? -1,
    birth: c.birth ?? -1,
    ethnicity: c.ethnicity ?? -1,
    poverty: c.poverty ?? -1,
    club: c.club ?? -1,
    commune: c.commune ?? -1,
    village: c.village ?? -1,
    role: c.role ?? -1,
    group: c.group ?? -1,
    contribution: c.contribution ?? -1,
    loan: c.loan ?? -1,
    joined: c.joined ?? -1,
    splitMale: header.splitBirth?.male ?? -1,
    splitFemale: header.splitBirth?.female ?? -1,
    markPoor: m.poor ?? -1,
    markNearPoor: m["near-poor"] ?? -1,
    markHardship: m.hardship ?? -1,
  };
}

/** The columns whose values make a row a member's row: every field read, not the row number. */
function fieldColumns(at: ColumnIndexes): number[] {
  const { no: _rowNumber, ...fields } = at;
  return Object.values(fields).filter((index) => index >= 0);
}

function toSheetColumns<K extends Field | Exclude<Poverty, "none">>(
  indexes: Readonly<Partial<Record<K, number>>>,
  originCol: number
): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  for (const key of Object.keys(indexes) as K[])
    columns[key] = originCol + (indexes[key] as number);
  return columns;
}

/** The first club named in a title row above the header. */
function findTitleClub(grid: Grid, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++) {
    for (const value of grid.rows[r]) {
      if (typeof value !== "string") continue;
      const club = clubFromTitle(cleanText(value).text);
      if (club) return club;
    }
  }
  return null;
}

/** A sheet named "CLB Nà Lằng" belongs to the club "Nà Lằng"; a sheet named "Nà Lằng" too. */
function sheetClub(sheet: string): string {
  const text = cleanText(sheet).text;
  return clubFromTitle(text) ?? text;
}

/** "Cộng" / "Tổng cộng" in the STT column (often merged across to the name). The name cell is read later. */
function hasTotalsLabelBeforeName(
  cells: readonly CellValue[],
  name: number,
  reader: MemberRowReader
): boolean {
  for (let c = 0; c < name && c < cells.length; c++) {
    const value = cells[c];
    if (
      typeof value === "string" &&
      mayBeTotalsLabel(value) &&
      isTotalsLabel(reader.textOf(value))
    ) {
      return true;
    }
  }
  return false;
}

function coreCount(cells: readonly CellValue[], at: ColumnIndexes): number {
  let count = 0;
  if (at.gender >= 0 && !isBlank(cells[at.gender])) count++;
  if (at.birth >= 0 && !isBlank(cells[at.birth])) count++;
  if (at.ethnicity >= 0 && !isBlank(cells[at.ethnicity])) count++;
  if (at.splitMale >= 0 && (!isBlank(cells[at.splitMale]) || !isBlank(cells[at.splitFemale]))) {
    count += 2;
  }
  return count;
}

/**
 * A row number beside a name marks a member's row however few of its cells are filled: signature lines and
 * club headings ("I. CLB Bản Học") are not numbered that way.
 */
function isNumberedName(cells: readonly CellValue[], at: ColumnIndexes): boolean {
  if (at.no < 0 || typeof cells[at.no] !== "number") return false;
  const name = cells[at.name];
  return typeof name === "string" && !isBlank(name) && clubFromTitle(name) === null;
}

/** What a row holds in the member columns, as one line ("Nguyễn Văn A · 1955"), for a message. */
function rowText(
  cells: readonly CellValue[],
  columns: readonly number[],
  reader: MemberRowReader
): string {
  return columns
    .map((c) => cells[c])
    .filter((v) => !isBlank(v))
    .map((v) => (typeof v === "string" ? reader.textOf(v) : String(v)))
    .join(" · ");
}

function hasAny(cells: readonly CellValue[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(cells[c])) return true;
  return false;
}

const SIGNATURE = Symbol("signature");

/**
 * What a row without member data says: a line of the signature block, or the club the rows below belong to
 * ("CLB Bản Nà Lằng" or "II. CÂU LẠC BỘ …" alone on its row); null when neither.
 */
function noteOf(
  cells: readonly CellValue[],
  reader: MemberRowReader
): typeof SIGNATURE | string | null {
  let club: string | null = null;
  let texts = 0;
  for (const value of cells) {
    if (typeof value !== "string" || isBlank(value)) continue;
    const text = reader.textOf(value);
    if (isSignatureText(text)) return SIGNATURE;
    if (isRowLabel(text)) continue;
    texts++;
    club = clubFromTitle(text.replace(ROW_LABEL_PREFIX, ""));
  }
  return texts === 1 ? club : null;
}

/** "I", "II.", "1", "A)": the numbering of a heading row. */
const ROW_LABEL = /^\s*(?:[ivx]{1,4}|\d{1,3}|[a-z])\s*[.)]?\s*$/i;
const ROW_LABEL_PREFIX = /^\s*(?:[ivx]{1,4}|\d{1,3}|[a-z])\s*[.)]\s*/i;

function isRowLabel(text: string): boolean {
  return ROW_LABEL.test(text);
}
