/**
 * Reading members with a layout (the second of reading's two steps): walk the rows below the header once,
 * keeping member rows and setting aside, each for a reason the table records, blank rows, the column-numbering
 * row, the header repeated down the list, heading rows (a club, a village, a team for the rows below), totals
 * rows (checked against the members above them), the signature block, and values filled down a column below
 * the last member.
 *
 * Which rows are members: a row with a value in any field column (other than STT) is a member, even with
 * its name missing. After a totals row or a signature line the sheet is in its footer: there, only a row
 * holding two of gender / birth / ethnicity, or a row number and a name, counts as a member (a sheet of
 * several clubs goes on after a subtotal), so the names written under "Người lập biểu" are not members.
 *
 * The club of a member: its club cell; a blank club cell repeats the club above (a club merged down its
 * members); else the club of the last heading row ("CLB Bản Nà Lằng" alone on a row); else the club named in
 * the title rows; else the sheet's name (see club-name.ts for how a title becomes a club name). A heading
 * naming a village ("I | Bản Ka Lăng", "Thôn Nà Tăm") or a team ("Tổ 2") gives the rows below it their village
 * or group where their own cell is blank.
 */
import type { CellValue, Grid } from "../grid";
import { isBlank } from "../grid";
import type { Field, Gender, Member, MemberTable, Poverty, TotalsRow } from "../model";
import { foldKey } from "../text/fold";
import { cleanText } from "../text/clean-text";
import type { LegacyEncoding } from "../text/legacy";
import { readPoverty } from "../values";
import { clubFromTitle } from "./club-name";
import { isDepartureHeader } from "./header-synonyms";
import { columnsOf, fieldColumn, type RegisterLayout } from "./layout";
import {
  MemberRowReader,
  type ColumnIndexes,
  type NoteFacts,
  type SourceValue,
} from "./member-row";
import { KEPT_TEXTS } from "./sheet-encoding";
import {
  isCodeLegend,
  isNotesHeading,
  isNumberingRow,
  isSignatureText,
  isTotalsLabel,
  mayBeTotalsLabel,
} from "./row-kind";

/** Nameless rows repeating one another at the end of a list: this many or more are a filled-down column. */
const FILLED_DOWN_MIN_ROWS = 3;

/** A reader of the table's rows, with its columns at their grid indexes. */
function rowReader(
  sheet: string,
  layout: RegisterLayout,
  originCol: number,
  encoding: LegacyEncoding | null,
  keepTexts: boolean
): MemberRowReader {
  const scaleOf = (field: "loan" | "contribution") =>
    layout.columns.find((c) => c.role?.kind === "field" && c.role.field === field)?.scale ?? 1;
  const codes: Partial<Record<Field, Readonly<Record<string, string>>>> = {};
  for (const c of layout.columns) {
    if (c.role?.kind === "field" && c.codes) codes[c.role.field] = c.codes;
  }
  return new MemberRowReader(sheet, originCol, columnIndexes(layout, originCol), encoding, {
    codes,
    departures: layout.columns
      .filter((c) => c.role?.kind === "notes" && isDepartureHeader(c.header))
      .map((c) => ({ index: c.column - originCol, header: c.header })),
    loanScale: scaleOf("loan"),
    contributionScale: scaleOf("contribution"),
    notesState: layout.notesState,
    keepTexts,
  });
}

/** How a table's cells read one by one: its source columns' cells, and notes written after a name. */
export interface SourceReader {
  /** A cell of a source column (sheet column). */
  cell(column: number, raw: CellValue): SourceValue;
  /** What a text states as a note (a role, poverty, a departure), wherever it is written. */
  note(raw: string): NoteFacts;
  nameNote(raw: string): NoteFacts;
}

/**
 * How a table's cells read one by one, as its rows were read (in the encoding the sheet settled on): what a
 * report's vocabulary records for each text of each source column.
 */
export function sourceReader(table: MemberTable): SourceReader {
  const reader = rowReader(table.sheet, table.layout, 1, table.encoding, false);
  return {
    cell: (column, raw) => reader.readSource(column - 1, raw),
    note: (raw) => reader.readNote(raw),
    nameNote: (raw) => reader.readNameNote(raw),
  };
}

export function readMembers(grid: Grid, layout: RegisterLayout): MemberTable {
  const at = columnIndexes(layout, grid.originCol);
  const reader = rowReader(
    grid.sheet,
    layout,
    grid.originCol,
    layout.encoding,
    grid.rows.length <= KEPT_TEXTS
  );
  const defaultClub = layout.titleClub ?? sheetClub(grid.sheet);
  const first = layout.firstDataRow - grid.originRow;
  const headerWords = headerWordsByIndex(grid, layout);
  const nameWords = [...(headerWords.get(at.name >= 0 ? at.name : at.nameGiven) ?? [])];
  const nameHeader = {
    // A copy typed with a space before it still starts with one of these.
    first: nameWords.map((w) => w.charAt(0)).join("") + " ",
    shortest: Math.min(...nameWords.map((w) => w.length)),
    longest: Math.max(0, ...nameWords.map((w) => w.length)),
  };

  const contentColumns = fieldColumns(at);
  // The name column, or the given name of a name in parts.
  const name = at.name >= 0 ? at.name : at.nameGiven;
  const coreColumns =
    Number(at.gender >= 0) +
    Number(at.birth >= 0 || at.birthYear >= 0) +
    Number(at.ethnicity >= 0) +
    (at.splitMale >= 0 ? 2 : 0);
  // A member row normally fills two of gender / birth / ethnicity; a table with fewer such columns asks less.
  const strongCore = coreColumns === 0 ? Infinity : Math.min(2, coreColumns);

  const members: Member[] = [];
  /** Nameless rows after the last named one: members unless they turn out to be a filled-down tail. */
  let tail: { member: Member; signature: string }[] = [];
  const flushTail = () => {
    for (const { member } of tail) members.push(member);
    tail = [];
  };
  const rowsAfterFooter: { row: number; text: string }[] = [];
  const repeatedHeaderRows: number[] = [];
  const totalsRows: TotalsRow[] = [];
  const povertyHeadings: { row: number; poverty: Poverty }[] = [];
  let sectionStart = 0;
  let inFooter = false;
  // Below a signature line, names and titles are the signatures: expected, not worth a note.
  let inSignatures = false;
  let clubAbove: string | null = null;
  let heading: Headings = NO_HEADINGS;
  for (let i = first; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    if (cells.length === 0) continue;
    const row = grid.originRow + i;
    if (
      isRepeatedHeader(cells, name, headerWords, nameHeader) ||
      isRepeatedNumbering(cells, name)
    ) {
      repeatedHeaderRows.push(row);
      continue;
    }
    const totals = totalsLabelBeforeName(cells, name, reader);
    if (totals !== null) {
      flushTail();
      totalsRows.push(totalsRow(row, statedCount(totals, cells, at), members, sectionStart));
      sectionStart = members.length;
      inFooter = true;
      continue;
    }
    if (coreCount(cells, at) < strongCore && !isNumberedName(cells, at)) {
      const note = headingOf(cells, reader);
      if (note === SIGNATURE) {
        inFooter = true;
        inSignatures = true;
        continue;
      }
      if (note === NOTES) {
        inFooter = true;
        if (!inSignatures && hasAny(cells, contentColumns)) {
          rowsAfterFooter.push({ row, text: rowText(cells, contentColumns, reader) });
        }
        continue;
      }
      if (note !== null) {
        heading = withHeading(heading, note);
        if (note.kind === "club") clubAbove = null;
        continue;
      }
      if (!hasAny(cells, contentColumns)) continue;
      if (inFooter) {
        if (!inSignatures) {
          rowsAfterFooter.push({ row, text: rowText(cells, contentColumns, reader) });
        }
        continue;
      }
    } else {
      inFooter = false;
      inSignatures = false;
    }

    let club: string | null = null;
    if (at.club >= 0) club = reader.readClub(cells) ?? clubAbove;
    const read = reader.read(cells, row, club ?? heading.club ?? defaultClub);
    if (read.name !== null && mayBeTotalsLabel(read.name) && isTotalsLabel(read.name)) {
      flushTail();
      totalsRows.push(totalsRow(row, statedCount(read.name, cells, at), members, sectionStart));
      sectionStart = members.length;
      inFooter = true;
      continue;
    }
    if (club !== null) clubAbove = club;
    const member = withHeadings(read, heading);
    if (member.poverty !== read.poverty && member.poverty !== null) {
      povertyHeadings.push({ row, poverty: member.poverty });
    }
    if (member.name === null && !isNumberedRow(cells, at)) {
      tail.push({ member, signature: rowText(cells, contentColumns, reader) });
    } else {
      flushTail();
      members.push(member);
    }
  }
  const filledDown = filledDownTail(tail);
  if (filledDown === null) flushTail();

  const firstDataRow = layout.firstDataRow;
  const columns: Partial<Record<Field, number>> = {};
  for (const c of layout.columns) {
    if (c.role?.kind === "field") columns[c.role.field] = c.column;
  }
  const split = columnsOf(layout, "split-birth");
  const marks = columnsOf(layout, "poverty-mark");
  const povertyMarks: Partial<Record<Exclude<Poverty, "none">, number>> = {};
  for (const mark of marks) povertyMarks[mark.role.poverty] = mark.column;
  return {
    sheet: grid.sheet,
    layout,
    headerRows: layout.headerRows,
    firstDataRow,
    lastDataRow: members.length > 0 ? members[members.length - 1].row : firstDataRow - 1,
    columns,
    splitBirth:
      split.length === 2
        ? {
            male: split.find((s) => s.role.gender === "male")?.column as number,
            female: split.find((s) => s.role.gender === "female")?.column as number,
          }
        : null,
    povertyMarks: marks.length > 0 ? povertyMarks : null,
    unmapped: layout.columns
      .filter((c) => c.role === null)
      .map((c) => ({ column: c.column, header: c.header })),
    titleClub: layout.titleClub,
    members,
    rowsAfterFooter,
    repeatedHeaderRows,
    filledDown,
    totalsRows,
    povertyHeadings,
    columnReads: reader.columnReads(),
    encoding: reader.sheetEncoding,
  };
}

function columnIndexes(layout: RegisterLayout, originCol: number): ColumnIndexes {
  const index = (column: number | undefined) => (column === undefined ? -1 : column - originCol);
  const part = (kind: "name-part" | "birth-part", name: string) =>
    index(layout.columns.find((c) => c.role?.kind === kind && c.role.part === name)?.column);
  const field = (f: Parameters<typeof fieldColumn>[1]) => index(fieldColumn(layout, f));
  const role = <K extends "split-birth" | "gender-mark" | "poverty-mark">(
    kind: K,
    test: (
      r: Extract<NonNullable<RegisterLayout["columns"][number]["role"]>, { kind: K }>
    ) => boolean
  ) => index(columnsOf(layout, kind).find((c) => test(c.role))?.column);
  return {
    no: field("no"),
    name: field("name"),
    gender: field("gender"),
    birth: field("birth"),
    ethnicity: field("ethnicity"),
    poverty: field("poverty"),
    club: field("club"),
    commune: field("commune"),
    village: field("village"),
    role: field("role"),
    group: field("group"),
    contribution: field("contribution"),
    loan: field("loan"),
    joined: field("joined"),
    splitMale: role("split-birth", (r) => r.gender === "male"),
    splitFemale: role("split-birth", (r) => r.gender === "female"),
    markPoor: role("poverty-mark", (r) => r.poverty === "poor"),
    markNearPoor: role("poverty-mark", (r) => r.poverty === "near-poor"),
    markHardship: role("poverty-mark", (r) => r.poverty === "hardship"),
    markMale: role("gender-mark", (r) => r.gender === "male"),
    markFemale: role("gender-mark", (r) => r.gender === "female"),
    minorityMark: index(columnsOf(layout, "minority-mark")[0]?.column),
    minorityName: index(columnsOf(layout, "minority-name")[0]?.column),
    notes: columnsOf(layout, "notes").map((c) => c.column - originCol),
    nameFamily: part("name-part", "family"),
    nameGiven: part("name-part", "given"),
    birthDay: part("birth-part", "day"),
    birthMonth: part("birth-part", "month"),
    birthYear: part("birth-part", "year"),
  };
}

/**
 * The columns whose values make a row a member's row: every field read — not the row number, and not the notes
 * ("4 | | chuyển đi" numbers a row the register kept, not a member).
 */
function fieldColumns(at: ColumnIndexes): number[] {
  const { no: _rowNumber, notes: _notes, ...fields } = at;
  return Object.values(fields).filter((index) => index >= 0);
}

/** A sheet named "CLB Nà Lằng" belongs to the club "Nà Lằng"; a sheet named "Nà Lằng" too. */
function sheetClub(sheet: string): string {
  const text = cleanText(sheet).text;
  return clubFromTitle(text) ?? text;
}

/**
 * Per grid column, the texts of its header cells as typed (each header row's), in lower case, for spotting the
 * header repeated down the list: a copy of the header, as a pasted-back printed list holds it.
 */
function headerWordsByIndex(grid: Grid, layout: RegisterLayout): Map<number, Set<string>> {
  const words = new Map<number, Set<string>>();
  for (const row of layout.headerRows) {
    (grid.rows[row - grid.originRow] ?? []).forEach((value, index) => {
      if (typeof value !== "string" || isBlank(value)) return;
      const set = words.get(index) ?? new Set<string>();
      set.add(asTyped(value));
      words.set(index, set);
    });
  }
  return words;
}

function asTyped(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * The header again, down the list (a printed list pasted back, a page break typed in): its name cell is the
 * name column's header, and another cell at least is its own column's header too.
 */
function isRepeatedHeader(
  cells: readonly CellValue[],
  name: number,
  headerWords: ReadonlyMap<number, ReadonlySet<string>>,
  nameHeader: { readonly first: string; readonly shortest: number; readonly longest: number }
): boolean {
  const nameCell = cells[name];
  // A name rarely has the header's length and first letter: most rows are told apart without a copy.
  if (
    typeof nameCell !== "string" ||
    nameCell.length < nameHeader.shortest ||
    nameCell.length > nameHeader.longest + 4 ||
    !nameHeader.first.includes(nameCell.charAt(0).toLowerCase())
  ) {
    return false;
  }
  if (!headerWords.get(name)?.has(asTyped(nameCell))) return false;
  let others = 0;
  cells.forEach((value, index) => {
    if (
      index !== name &&
      typeof value === "string" &&
      headerWords.get(index)?.has(asTyped(value))
    ) {
      others++;
    }
  });
  return others > 0;
}

/** The column-numbering row again ("1 2 3 …" under a repeated header). A name is never a column label. */
function isRepeatedNumbering(cells: readonly CellValue[], name: number): boolean {
  const nameCell = cells[name];
  const looksLikeLabel =
    typeof nameCell === "number" ||
    (typeof nameCell === "string" && (nameCell.length <= 6 || nameCell.trim().length <= 6));
  return looksLikeLabel && isNumberingRow(cells);
}

/**
 * "Cộng" / "Tổng cộng" in the STT column (often merged across to the name), as cleaned; null when the row
 * has none. The name cell is read later.
 */
function totalsLabelBeforeName(
  cells: readonly CellValue[],
  name: number,
  reader: MemberRowReader
): string | null {
  for (let c = 0; c < name && c < cells.length; c++) {
    const value = cells[c];
    if (typeof value !== "string" || !mayBeTotalsLabel(value)) continue;
    const text = reader.textOf(value);
    if (isTotalsLabel(text)) return text;
  }
  return null;
}

/**
 * The member count a totals row states: in its label ("Tổng cộng: 42 hội viên", "Cộng 42 người"), else a
 * number in the STT or name column. Sums under other columns (amounts, ticks) are not a count of members.
 */
function statedCount(label: string, cells: readonly CellValue[], at: ColumnIndexes): number | null {
  const inLabel = /(\d[\d.,]*)/.exec(label);
  const fromLabel = inLabel ? wholeNumber(inLabel[1]) : null;
  if (fromLabel !== null) return fromLabel;
  for (const index of [at.no, at.name]) {
    const value = index >= 0 ? cells[index] : null;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  }
  return null;
}

function wholeNumber(text: string): number | null {
  const digits = text.replace(/[.,]/g, "");
  return /^\d{1,7}$/.test(digits) ? Number(digits) : null;
}

function totalsRow(
  row: number,
  stated: number | null,
  members: readonly Member[],
  sectionStart: number
): TotalsRow {
  const current = (list: readonly Member[]) => list.filter((m) => m.status === "current").length;
  const section = members.slice(sectionStart);
  return {
    row,
    stated,
    section: section.length,
    above: members.length,
    sectionCurrent: current(section),
    aboveCurrent: current(members),
  };
}

function coreCount(cells: readonly CellValue[], at: ColumnIndexes): number {
  let count = 0;
  if (at.gender >= 0 && !isBlank(cells[at.gender])) count++;
  if (at.birth >= 0 && !isBlank(cells[at.birth])) count++;
  if (at.birthYear >= 0 && !isBlank(cells[at.birthYear])) count++;
  if (at.ethnicity >= 0 && !isBlank(cells[at.ethnicity])) count++;
  if (at.splitMale >= 0 && (!isBlank(cells[at.splitMale]) || !isBlank(cells[at.splitFemale]))) {
    count += 2;
  }
  return count;
}

/** A row number in the STT column. */
function isNumberedRow(cells: readonly CellValue[], at: ColumnIndexes): boolean {
  return at.no >= 0 && typeof cells[at.no] === "number";
}

/**
 * A row number beside a name marks a member's row however few of its cells are filled: signature lines and
 * club headings ("I. CLB Bản Học") are not numbered that way.
 */
function isNumberedName(cells: readonly CellValue[], at: ColumnIndexes): boolean {
  if (!isNumberedRow(cells, at)) return false;
  const name = cells[at.name >= 0 ? at.name : at.nameGiven];
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

/**
 * The last nameless rows, when they are a column's values filled down below the list: at least
 * FILLED_DOWN_MIN_ROWS of them, every one holding the same thing. Nameless members with their own data
 * differ from row to row, and stay members.
 */
function filledDownTail(
  tail: readonly { member: Member; signature: string }[]
): MemberTable["filledDown"] {
  if (tail.length < FILLED_DOWN_MIN_ROWS) return null;
  const signature = tail[0].signature;
  if (!tail.every((t) => t.signature === signature)) return null;
  return { first: tail[0].member.row, last: tail[tail.length - 1].member.row, text: signature };
}

const SIGNATURE = Symbol("signature");
const NOTES = Symbol("notes");

/** A heading row: what the rows below it belong to. */
type Heading =
  | { readonly kind: "club" | "village" | "group"; readonly text: string }
  /** "I. Hộ nghèo", "II. Hộ cận nghèo", "III. Hộ khác": the household status of the rows below. */
  | { readonly kind: "poverty"; readonly poverty: Poverty }
  /** "I. NAM", "II. NỮ", "Hội viên nữ": the gender of the rows below, in a list sorted by it. */
  | { readonly kind: "gender"; readonly gender: Gender };

interface Headings {
  readonly club: string | null;
  readonly village: string | null;
  readonly group: string | null;
  readonly poverty: Poverty | null;
  readonly gender: Gender | null;
}

const NO_HEADINGS: Headings = {
  club: null,
  village: null,
  group: null,
  poverty: null,
  gender: null,
};

/** A new club starts afresh; a village keeps its club; a team keeps its club and village. */
function withHeading(headings: Headings, heading: Heading): Headings {
  switch (heading.kind) {
    case "club":
      return { ...NO_HEADINGS, club: heading.text };
    case "village":
      return { ...headings, village: heading.text, group: null };
    case "group":
      return { ...headings, group: heading.text };
    case "poverty":
      return { ...headings, poverty: heading.poverty };
    case "gender":
      return { ...headings, gender: heading.gender };
  }
}

/** The member with what the headings above it say, where its own cells say nothing. */
function withHeadings(member: Member, headings: Headings): Member {
  const village = member.village ?? headings.village;
  const group = member.group ?? headings.group;
  const poverty = member.poverty ?? headings.poverty;
  const gender = member.gender ?? headings.gender;
  return village === member.village &&
    group === member.group &&
    poverty === member.poverty &&
    gender === member.gender
    ? member
    : { ...member, village, group, poverty, gender };
}

/**
 * "Nam", "NỮ (19 người)", "Hội viên nam", "Thành viên nữ:", "Nữ giới": a heading that is a gender and nothing more
 * (its count in brackets aside).
 */
function genderHeading(text: string): Gender | null {
  const key = foldKey(text.replace(/\([^)]*\)\s*$/u, "")).replace(
    /^(?:hoivien|thanhvien|nguoi)/,
    ""
  );
  return key === "nam" || key === "namgioi"
    ? "male"
    : key === "nu" || key === "nugioi"
      ? "female"
      : null;
}

/** A heading that is a household status and nothing more: "Hộ nghèo", "HỘ CẬN NGHÈO", "Các hộ khác". */
function povertyHeading(text: string): Poverty | null {
  const reading = readPoverty(text);
  if (reading.ok) return reading.value;
  return /^(?:các\s+)?hộ\s+(?:khác|còn lại)$/iu.test(text.trim()) ? "none" : null;
}

/** "Bản Ka Lăng", "Thôn Nà Tăm", "Tổ dân phố 3": a place the rows below live in. */
const VILLAGE_HEADING =
  /^(?:bản|thôn|xóm|ấp|khu phố|khu|khối|làng|buôn|plei|bon|sóc|phum|tổ dân phố|tdp)\s+\S/iu;
/** "Tổ 2", "Nhóm 1", "Đội 3", "Chi hội …": a team of the club. */
const GROUP_HEADING = /^(?:tổ|nhóm|đội|chi hội)\s+\S/iu;

/**
 * What a row without member data says: a line of the signature block, or what the rows below belong to —
 * a club ("CLB Bản Nà Lằng", "II. CÂU LẠC BỘ …"), a village ("I | Bản Ka Lăng"), a team ("Tổ 2"), or, after a
 * section number, a group of any name. null when it is neither.
 */
function headingOf(
  cells: readonly CellValue[],
  reader: MemberRowReader
): typeof SIGNATURE | typeof NOTES | Heading | null {
  let text: string | null = null;
  let texts = 0;
  let numbered = false;
  let first = true;
  for (const value of cells) {
    if (isBlank(value)) continue;
    // Only the row's first cell can number it ("I | Bản Ka Lăng"): an "x" further on is a tick.
    const isFirst = first;
    first = false;
    if (typeof value !== "string") {
      if (isFirst && typeof value === "number") continue;
      return null;
    }
    const cleaned = reader.textOf(value);
    // The notes and code legends under a list end it as a signature line does; what follows is reported.
    if (isSignatureText(cleaned)) return SIGNATURE;
    if (isFirst && isNotesHeading(cleaned)) return NOTES;
    if (isCodeLegend(cleaned)) return NOTES;
    if (isFirst && isRowLabel(cleaned)) {
      numbered = isSectionLabel(cleaned);
      continue;
    }
    texts++;
    text = cleaned;
  }
  if (texts !== 1 || text === null) return null;
  const label = ROW_LABEL_PREFIX.exec(text);
  if (label) {
    numbered ||= isSectionLabel(label[0]);
    text = text.slice(label[0].length);
  }
  const club = clubFromTitle(text);
  if (club !== null) return { kind: "club", text: club };
  const poverty = povertyHeading(text);
  if (poverty !== null) return { kind: "poverty", poverty };
  const gender = genderHeading(text);
  if (gender !== null) return { kind: "gender", gender };
  if (VILLAGE_HEADING.test(text)) return { kind: "village", text };
  if (GROUP_HEADING.test(text)) return { kind: "group", text };
  return numbered ? { kind: "group", text } : null;
}

/** "I", "II.", "1", "A)": the numbering of a heading row. */
const ROW_LABEL = /^\s*(?:[ivx]{1,4}|\d{1,3}|[a-z])\s*[.)]?\s*$/i;
const ROW_LABEL_PREFIX = /^\s*(?:[ivx]{1,4}|\d{1,3}|[a-z])\s*[.)]\s*/i;
/** Sections are numbered I, II … or A, B …; members 1, 2 …. */
const SECTION_LABEL = /^\s*(?:[ivx]{1,4}|[a-z])\s*[.)]?\s*$/i;

function isRowLabel(text: string): boolean {
  return ROW_LABEL.test(text);
}

function isSectionLabel(text: string): boolean {
  return SECTION_LABEL.test(text);
}
