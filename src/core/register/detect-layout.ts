/**
 * Detecting a register's layout (the first of reading's two steps): the header — one to four rows within the
 * first rows of the sheet, the candidate that gives the most columns a meaning, a column of names being
 * required — the row numbering the columns under it, and what each column holds, its values deciding between
 * twin layouts. A user's corrections (header rows, column roles) replace what detection found and nothing else.
 */
import { isBlank, lastColumn, type CellValue, type Grid } from "../grid";
import type { Field } from "../model";
import { cleanText } from "../text/clean-text";
import type { LegacyEncoding } from "../text/legacy";
import { povertyInText, roleInText } from "../values/phrases";
import { clubFromLabel, clubFromTitle } from "./club-name";
import {
  addCounts,
  countValues,
  holdsGroupNames,
  holdsYears,
  VALUE_SAMPLE_ROWS,
  type ValueCounts,
} from "./column-values";
import { columnHeaders, type ColumnHeader, headerText } from "./header";
import {
  codeLegend,
  codePairs,
  headerKey,
  type HeaderMeaning,
  meaningOf,
  povertyAbbreviations,
  statesMoneyUnit,
  unitLineScale,
} from "./header-synonyms";
import type { ColumnRole, LayoutColumn, LayoutReason, RegisterLayout } from "./layout";
import { isCodeLegend, isHeaderLikeRow, isNumberingRow } from "./row-kind";
import { encodingOf } from "./sheet-encoding";

/** How many rows from the top of a grid may hold the header. */
export const HEADER_SEARCH_ROWS = 30;
/** The most rows a header spans (a group title over sub-groups over leaf headers, and one more). */
export const MAX_HEADER_ROWS = 4;
/** Columns beyond this are not looked at for a header: no register is that wide, a filled-down row may be. */
const MAX_HEADER_COLUMNS = 512;

/** What a user set: the header rows, and the role of some columns (null: not read). */
export interface LayoutCorrections {
  /** 1-based sheet rows, first and last. */
  readonly headerRows?: { readonly first: number; readonly last: number };
  readonly columns?: readonly { readonly column: number; readonly role: ColumnRole | null }[];
}

interface Candidate {
  readonly layout: RegisterLayout;
  readonly score: number;
}

export function detectLayout(
  grid: Grid,
  corrections: LayoutCorrections = {}
): RegisterLayout | null {
  const width = Math.min(lastColumn(grid) - grid.originCol + 1, MAX_HEADER_COLUMNS);
  if (width <= 0) return null;
  // The title and header rows are typed in one font: a word that reads either way is read in theirs.
  const encoding = encodingOf(grid.rows.slice(0, HEADER_SEARCH_ROWS + MAX_HEADER_ROWS));
  let best: Candidate | null = null;
  for (const rows of headerCandidates(grid, corrections)) {
    const candidate = evaluate(grid, rows, width, corrections, encoding);
    if (candidate && (!best || isBetter(candidate, best))) best = candidate;
  }
  if (best === null) return null;
  const layout = withFootnoteCodes(
    grid,
    corrections.headerRows ? best.layout : withRestatedHeader(grid, best.layout)
  );
  // Looked at once, for the header chosen: it reads every row of the notes columns.
  return {
    ...layout,
    notesState: notesState(grid, layout.firstDataRow - grid.originRow, layout.columns),
  };
}

/**
 * A row right under the header that names the same fields again — the English row of a bilingual list under its
 * Vietnamese one — is header too, never a member. Either row alone gives the columns their meaning, and the
 * higher one wins a tie; the row under it would otherwise be read as a member whose every cell is unreadable.
 */
function withRestatedHeader(grid: Grid, layout: RegisterLayout): RegisterLayout {
  if (layout.codeRow !== null) return layout;
  const cells = grid.rows[layout.firstDataRow - grid.originRow];
  if (cells === undefined || !isHeaderLikeRow(cells)) return layout;
  const restated = layout.columns.filter((column) => {
    const text = headerText(cells[column.column - grid.originCol] ?? null, layout.encoding);
    const meaning = text && meaningOf(text);
    return meaning && column.role !== null && sameThing(meaning, column.role);
  });
  if (restated.length < 2) return layout;
  return {
    ...layout,
    headerRows: [...layout.headerRows, layout.firstDataRow],
    firstDataRow: layout.firstDataRow + 1,
  };
}

/** What a header's meaning and a column's role are about, as one word: "gender-female", "name", "notes". */
function aboutOf(thing: HeaderMeaning | ColumnRole): string {
  switch (thing.kind) {
    case "field":
      return thing.field;
    case "gender":
    case "gender-mark":
    case "split-birth":
      return `gender-${thing.gender}`;
    case "poverty-mark":
      return `poverty-${thing.poverty}`;
    case "minority":
    case "minority-mark":
    case "minority-name":
      return "minority";
    default:
      return thing.kind;
  }
}

function sameThing(meaning: HeaderMeaning, role: ColumnRole): boolean {
  return aboutOf(meaning) === aboutOf(role);
}

/** Grid row indexes of each header candidate: the user's rows, or every run of 1–4 header-like rows. */
function* headerCandidates(grid: Grid, corrections: LayoutCorrections): Generator<number[]> {
  const fixed = corrections.headerRows;
  if (fixed) {
    const first = fixed.first - grid.originRow;
    const last = fixed.last - grid.originRow;
    if (first >= 0 && last >= first && last < grid.rows.length) {
      yield Array.from({ length: last - first + 1 }, (_, i) => first + i);
    }
    return;
  }
  const end = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  for (let start = 0; start < end; start++) {
    const rows: number[] = [];
    for (let r = start; r < end && rows.length < MAX_HEADER_ROWS; r++) {
      const cells = grid.rows[r];
      if (!isHeaderLikeRow(cells) || (rows.length > 0 && isNumberingRow(cells))) break;
      rows.push(r);
      yield [...rows];
    }
  }
}

/** How many columns a candidate's header gives a meaning by its words alone. */
function byHeader(candidate: Candidate): number {
  return candidate.layout.columns.filter((c) => c.role !== null && c.reason === "header").length;
}

/**
 * More columns with a meaning wins. On a tie the header that ends higher, then the shorter one, is the real one:
 * a title row above a header, or a first data row below it, adds nothing.
 */
function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const aEnd = a.layout.headerRows[a.layout.headerRows.length - 1];
  const bEnd = b.layout.headerRows[b.layout.headerRows.length - 1];
  if (aEnd !== bEnd) return aEnd < bEnd;
  // A group header that alone gives its columns their meaning belongs to the header ("Năm sinh" over an empty
  // "Nam" | "Nữ"); a title row above gives none.
  const aTold = byHeader(a);
  const bTold = byHeader(b);
  if (aTold !== bTold) return aTold > bTold;
  return a.layout.headerRows.length < b.layout.headerRows.length;
}

interface Resolved {
  role: ColumnRole | null;
  reason: LayoutReason;
}

function evaluate(
  grid: Grid,
  rows: readonly number[],
  width: number,
  corrections: LayoutCorrections,
  encoding: LegacyEncoding | null
): Candidate | null {
  // A header starts where its cells start: not in the middle of a cell merged down from a row above.
  const top = grid.originRow + rows[0];
  if (grid.merges?.some((m) => m.top < top && m.bottom >= top)) return null;
  const headers = columnHeaders(grid, rows, width, encoding).filter((h) => h.path.length > 0);
  const last = rows[rows.length - 1];
  const codeRow =
    last + 1 < grid.rows.length && isNumberingRow(grid.rows[last + 1]) ? last + 1 : null;
  const firstData = (codeRow ?? last) + 1;
  const valuesOf = (index: number) =>
    grid.rows.slice(firstData, firstData + VALUE_SAMPLE_ROWS).map((cells) => cells[index] ?? null);

  const statedUnit = unitAbove(grid, rows[0]);
  const resolved = resolveRoles(headers, valuesOf);
  applyCorrections(grid, headers, resolved, corrections);
  const hidden = new Set(grid.hiddenColumns ?? []);
  keepOnePerRole(resolved, (i) => hidden.has(grid.originCol + headers[i].index));
  // Columns a richer layout makes redundant still count for the header they came in.
  const score = resolved.filter((r) => r.role !== null).length;
  setAsideRedundant(resolved);

  const columns: LayoutColumn[] = headers.map((header, i) => ({
    column: grid.originCol + header.index,
    header: header.path.map((p) => p.text).join(" / "),
    role: resolved[i].role,
    reason: resolved[i].reason,
    ...scaleOf(header, resolved[i].role, statedUnit),
    ...codesOf(resolved[i].role, header),
  }));
  const names = (test: (role: ColumnRole) => boolean) =>
    columns.some((c) => c.role && test(c.role));
  const hasName =
    names((r) => r.kind === "field" && r.field === "name") ||
    (names((r) => r.kind === "name-part" && r.part === "family") &&
      names((r) => r.kind === "name-part" && r.part === "given"));
  if (!hasName) return null;
  const layout: RegisterLayout = {
    sheet: grid.sheet,
    headerRows: rows.map((r) => grid.originRow + r),
    codeRow: codeRow === null ? null : grid.originRow + codeRow,
    firstDataRow: grid.originRow + firstData,
    columns,
    notesState: { poverty: false, role: false },
    titleClub: findTitleClub(grid, rows[0]),
    encoding,
  };
  return { layout, score };
}

/** Rows above a header searched for a unit line ("ĐVT: 1.000 đồng"): those between the title and the header. */
const UNIT_LINE_ROWS = 4;

/** The money unit a line just above the header states for the table ("ĐVT: 1.000 đồng"); 1 when none. */
function unitAbove(grid: Grid, headerTop: number): number {
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - UNIT_LINE_ROWS); r--) {
    for (const cell of grid.rows[r] ?? []) {
      const scale = typeof cell === "string" ? unitLineScale(cell) : null;
      if (scale !== null) return scale;
    }
  }
  return 1;
}

const MONEY_FIELDS: readonly string[] = ["loan", "contribution"];

/**
 * The factor to đồng of a column's amounts: its header's unit ("(nghìn đồng)"), else for an amount whose header
 * states none, the unit line above the table. Absent: 1.
 */
function scaleOf(
  header: ColumnHeader,
  role: ColumnRole | null,
  statedUnit: number
): { scale?: number } {
  if (role?.kind !== "field") return {};
  const text = header.path.map((p) => p.text).join(" ");
  const scale =
    header.scale !== 1
      ? header.scale
      : MONEY_FIELDS.includes(role.field) && !statesMoneyUnit(text)
        ? statedUnit
        : 1;
  return scale === 1 ? {} : { scale };
}

/** Rows at the bottom of a sheet searched for the legends of its codes. */
const FOOTNOTE_ROWS = 40;

interface Footnote {
  /** "1" for a legend marked "(1)", matching a header "Giới tính (1)"; null when unmarked. */
  readonly marker: string | null;
  /** What the legend is of, as a header would name it: "Giới tính", "Mã dân tộc theo …". */
  readonly label: string;
  readonly codes: Record<string, string>;
}

const MARKER = /^\s*\((\d{1,2})\)\s*/;

/** The code legends written under the list: "(1) | Giới tính: 1 - Nam; 2 - Nữ". */
function footnotesOf(grid: Grid, firstData: number): Footnote[] {
  const notes: Footnote[] = [];
  const from = Math.max(firstData - grid.originRow, grid.rows.length - FOOTNOTE_ROWS);
  for (let r = from; r < grid.rows.length; r++) {
    let marker: string | null = null;
    for (const cell of grid.rows[r]) {
      if (typeof cell !== "string") continue;
      const marked = MARKER.exec(cell);
      if (marked && marked[0].length === cell.length) marker = marked[1];
      const text = cleanText(cell).text.replace(MARKER, (_all, own: string) => {
        marker = own;
        return "";
      });
      if (!isCodeLegend(text)) continue;
      const colon = text.indexOf(":");
      notes.push({ marker, label: text.slice(0, colon), codes: codePairs(text.slice(colon + 1)) });
    }
  }
  return notes;
}

/**
 * Codes explained under the list, not in the header: "Giới tính (1)" with "(1) Giới tính: 1 - Nam; 2 - Nữ"
 * below, or a legend whose label names the column's field. A column whose header explains its codes keeps them.
 */
function withFootnoteCodes(grid: Grid, layout: RegisterLayout): RegisterLayout {
  const notes = footnotesOf(grid, layout.firstDataRow);
  if (notes.length === 0) return layout;
  const columns = layout.columns.map((column) => {
    const role = column.role;
    if (column.codes || role?.kind !== "field" || !CODED_FIELDS.includes(role.field)) return column;
    const markers = [...column.header.matchAll(/\((\d{1,2})\)/g)].map((m) => m[1]);
    const note =
      notes.find((n) => n.marker !== null && markers.includes(n.marker)) ??
      notes.find((n) => {
        const meaning = meaningOf(headerKey(n.label));
        return meaning?.kind === "field" && meaning.field === role.field;
      });
    return note === undefined ? column : { ...column, codes: note.codes };
  });
  return { ...layout, columns };
}

/** The fields whose codes a header can explain: words read from a code ("1" for "Nam"). */
const CODED_FIELDS = ["gender", "ethnicity", "poverty", "role"];

function codesOf(
  role: ColumnRole | null,
  header: ColumnHeader
): { codes?: Record<string, string> } {
  if (role?.kind !== "field" || !CODED_FIELDS.includes(role.field)) return {};
  const text = header.path.map((p) => p.text).join(" ");
  const legend = codeLegend(text) ?? (role.field === "poverty" ? povertyAbbreviations(text) : null);
  return legend === null ? {} : { codes: legend };
}

/** Each column's role from its header, with the values deciding where two layouts share a header. */
function resolveRoles(
  headers: readonly ColumnHeader[],
  valuesOf: (index: number) => CellValue[]
): Resolved[] {
  const genders = headers.filter((h) => h.meaning?.kind === "gender");
  const genderCounts = genders
    .map((h) => countValues(valuesOf(h.index)))
    .reduce<ValueCounts>(addCounts, { filled: 0, marks: 0, dates: 0, groups: 0 });
  const genderNames = genders.map((h) => (h.meaning?.kind === "gender" ? h.meaning.gender : null));
  const bothGenders = genderNames.includes("male") && genderNames.includes("female");
  const underBirth = genders.some((h) => h.meaning?.kind === "gender" && h.meaning.underBirth);
  const nameParts = headers.map((h) => (h.meaning?.kind === "name-part" ? h.meaning.part : null));
  const hasBothNameParts = nameParts.includes("family") && nameParts.includes("given");

  return headers.map((header): Resolved => {
    const meaning = header.meaning;
    if (meaning === undefined) return { role: null, reason: "unknown" };
    const reason = header.reason;
    switch (meaning.kind) {
      case "field":
      case "poverty-mark":
      case "notes":
      case "other-person":
      case "birth-part":
        return { role: meaning, reason };
      case "name-part":
        // A name in parts needs both: "Họ" alone over a column is no name.
        return hasBothNameParts ? { role: meaning, reason } : { role: null, reason: "unknown" };
      case "amount":
        return { role: null, reason: "unknown" };
      case "gender":
        if (holdsYears(genderCounts, underBirth)) {
          // A year under a lone "Nữ" says nothing of the members not under it.
          // No values to tell (an empty register): the "Năm sinh" above says it.
          const told = genderCounts.dates === genderCounts.marks ? "header" : "values";
          return bothGenders
            ? { role: { kind: "split-birth", gender: meaning.gender }, reason: told }
            : { role: null, reason: "unknown" };
        }
        return { role: { kind: "gender-mark", gender: meaning.gender }, reason: "values" };
      case "minority":
        return holdsGroupNames(countValues(valuesOf(header.index)))
          ? { role: { kind: "minority-name" }, reason: "values" }
          : { role: { kind: "minority-mark" }, reason: "values" };
    }
  });
}

/** The user's roles replace detected ones, by sheet column. */
function applyCorrections(
  grid: Grid,
  headers: readonly ColumnHeader[],
  resolved: Resolved[],
  corrections: LayoutCorrections
): void {
  for (const correction of corrections.columns ?? []) {
    const i = headers.findIndex((h) => grid.originCol + h.index === correction.column);
    if (i >= 0) resolved[i] = { role: correction.role, reason: "user" };
  }
}

/** A role a table can hold in one column only. */
function exclusiveKey(role: ColumnRole): string | null {
  switch (role.kind) {
    case "field":
      return `field:${role.field}`;
    case "split-birth":
    case "gender-mark":
      return `${role.kind}:${role.gender}`;
    case "poverty-mark":
      return `mark:${role.poverty}`;
    case "minority-mark":
    case "minority-name":
      return "minority";
    case "name-part":
    case "birth-part":
      return `${role.kind}:${role.part}`;
    default:
      return null;
  }
}

/** A field is read from one column: the user's, else the first shown, else the first hidden. */
function keepOnePerRole(resolved: Resolved[], isHidden: (i: number) => boolean): void {
  // The user's choice first; then a visible column before a hidden one (an old copy kept out of sight).
  const rank = (i: number) => (resolved[i].reason === "user" ? 0 : isHidden(i) ? 2 : 1);
  const order = resolved.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
  const taken = new Set<string>();
  for (const i of order) {
    const role = resolved[i].role;
    const key = role && exclusiveKey(role);
    if (key === null) continue;
    if (taken.has(key)) resolved[i] = { role: null, reason: "set-aside" };
    else taken.add(key);
  }
}

/**
 * The split layout gives gender and birth, so a "Giới tính" or "Năm sinh" column beside it is not read; gender
 * ticks make a "Giới tính" column redundant; poverty ticks say more than a free-text poverty column. A column set
 * aside keeps its header, so the mapping still shows it.
 */
function setAsideRedundant(resolved: Resolved[]): void {
  const has = (kind: ColumnRole["kind"]) => resolved.some((r) => r.role?.kind === kind);
  const setAside = (fields: readonly Field[]) => {
    resolved.forEach((r, i) => {
      if (r.reason !== "user" && r.role?.kind === "field" && fields.includes(r.role.field)) {
        resolved[i] = { role: null, reason: "set-aside" };
      }
    });
  };
  if (has("split-birth")) setAside(["gender", "birth"]);
  if (has("name-part")) setAside(["name"]);
  if (resolved.some((r) => r.role?.kind === "birth-part" && r.role.part === "year")) {
    setAside(["birth"]);
  }
  if (has("gender-mark")) setAside(["gender"]);
  if (has("poverty-mark")) setAside(["poverty"]);
}

/**
 * Which facts the notes columns state for some members. A fact a column of its own holds is read there; a
 * fact only notes state is read from them, and a member whose note is silent on it has the plain value.
 */
function notesState(
  grid: Grid,
  firstData: number,
  columns: readonly LayoutColumn[]
): RegisterLayout["notesState"] {
  const notes = columns
    .filter((c) => c.role?.kind === "notes")
    .map((c) => c.column - grid.originCol);
  const holds = (test: (role: ColumnRole) => boolean) =>
    columns.some((c) => c.role && test(c.role));
  const povertyHeld = holds(
    (r) => r.kind === "poverty-mark" || (r.kind === "field" && r.field === "poverty")
  );
  const roleHeld = holds((r) => r.kind === "field" && r.field === "role");
  let poverty = false;
  let role = false;
  const seen = new Set<string>();
  for (let r = firstData; r < grid.rows.length && notes.length > 0; r++) {
    for (const c of notes) {
      const value = grid.rows[r][c];
      if (typeof value !== "string" || isBlank(value) || seen.has(value)) continue;
      seen.add(value);
      const text = cleanText(value).text;
      poverty ||= !povertyHeld && povertyInText(text) !== null;
      role ||= !roleHeld && roleInText(text) !== null;
    }
    if ((poverty || povertyHeld) && (role || roleHeld)) break;
  }
  return { poverty, role };
}

/**
 * The club a labelled cell above the header names ("CLB: …"), else the first club a title row names, else the one
 * the sheet's title names for a part cut below it.
 */
function findTitleClub(grid: Grid, headerRow: number): string | null {
  // A cell that says "CLB: …" names the club, whatever a title above says of a project or a commune's clubs.
  for (let r = 0; r < headerRow; r++) {
    for (const value of grid.rows[r]) {
      const club = typeof value === "string" ? clubFromLabel(cleanText(value).text) : null;
      if (club) return club;
    }
  }
  for (let r = 0; r < headerRow; r++) {
    for (const value of grid.rows[r]) {
      if (typeof value !== "string") continue;
      const club = clubFromTitle(cleanText(value).text);
      if (club) return club;
    }
  }
  return grid.titleClub ?? null;
}
