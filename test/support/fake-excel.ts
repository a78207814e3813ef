/**
 * A strict stand-in for the part of the Excel API that src/excel uses. Strict where office-addin-mock is lenient:
 * reading a property before `load` + `sync` throws (as Excel's PropertyNotLoaded does), a 2-D write must match
 * its range's size (as Excel's InvalidArgument does), collections exist, and round trips are counted.
 */
import { columnLetters, columnNumber } from "../../src/core/grid";

export interface FakeCell {
  formula: string | number | boolean;
  numberFormat: string;
  /** What a read of `values` returns; the fake does not calculate, so a test sets results it needs. */
  value?: string | number | boolean;
  /** An error cell's code ("#N/A"). */
  error?: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Record<string, { style?: string; weight?: string }>;
  /** The cell's fill; absent: no fill. */
  fill?: FakeFill;
}

/** A fill as Excel's cell properties give it (ExcelApi 1.9). */
export interface FakeFill {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** What Excel gives for a cell with no fill. */
const NO_FILL: FakeFill = {
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: [string, string?] | null;
  series: { name: string; values: string; xAxis: string }[];
}

export interface FakeValidation {
  address: string;
  ignoreBlanks?: boolean;
  rule?: Record<string, Record<string, unknown>>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<string, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  /** Rows a page break was added above (`horizontalPageBreaks.add`). */
  readonly pageBreaks: number[] = [];
  /** What `pageLayout.headersFooters` was set to. */
  readonly headersFooters = {
    state: "Default",
    firstPage: { centerHeader: "" },
    defaultForAllPages: { centerHeader: "" },
  };
  /** Excel tables (ListObjects) on this sheet: name and address, header row included, and how they look. */
  readonly tables: { name: string; address: string; style?: string; showBandedRows?: boolean }[] =
    [];
  /** Data validation set on ranges (ExcelApi 1.8), in the order set; a list's source as "Sheet!A1:A9". */
  readonly validations: FakeValidation[] = [];
  /** The frozen top-left block (freezePanes.freezeAt), as an address. */
  frozenAt: string | null = null;
  /** Whether the sheet is protected (protection.protect). */
  isProtected = false;
  /** How the workbook shows the sheet (Worksheet.visibility). */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Rows hidden, by hand or by a filter (Excel does not tell them apart row by row). */
  readonly hiddenRows = new Set<number>();
  /** Columns hidden (1-based sheet columns). */
  readonly hiddenColumns = new Set<number>();
  /** The sheet's AutoFilter: its range, and whether it is filtering rows out now. */
  autoFilter: { address: string; isDataFiltered: boolean } | null = null;
  active = false;
  constructor(public name: string) {}

  /** Puts data in the sheet as a user would have typed it; `{ error }` stands for an error cell. */
  fill(
    top: number,
    left: number,
    rows: (string | number | boolean | null | { error: string })[][]
  ): this {
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === "") return;
        const cell = this.cell(top + i, left + j);
        if (typeof v === "object") cell.error = v.error;
        else cell.formula = v;
      })
    );
    return this;
  }

  /** The smallest box holding every cell with content, as Excel's used range (values only). */
  usedBox(): { top: number; left: number; bottom: number; right: number } | null {
    let box: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.formula === "" && cell.error === undefined) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(key) as RegExpExecArray;
      const r = Number(m[2]);
      const c = columnNumber(m[1]);
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }

  /** Excel refuses every change to a protected sheet's cells: values, formats, validation, merges, tables. */
  refuseIfProtected(): void {
    if (this.isProtected)
      throw officeError("AccessDenied", `the sheet "${this.name}" is protected`);
  }

  cell(row: number, column: number): FakeCell {
    const key = `${columnLetters(column)}${row}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { formula: "", numberFormat: "General", font: {}, borders: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

function parseRange(address: string): Box {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: +m[1], bottom: +m[2], left: 1, right: MAX_COLUMN };
  m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { top: 1, bottom: MAX_ROW, left: columnNumber(m[1]), right: columnNumber(m[2]) };
  m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (!m) throw new Error(`InvalidArgument: bad address "${address}"`);
  const top = +m[2];
  const left = columnNumber(m[1]);
  return { top, left, bottom: m[4] ? +m[4] : top, right: m[3] ? columnNumber(m[3]) : left };
}

/** Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** An error as office.js raises it: a code and a message. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, name: "RichApi.Error" });
}

class Loadable {
  private requested = new Set<string>();
  protected loaded = new Set<string>();
  constructor(protected readonly context: FakeContext) {}
  load(props: string | string[]): this {
    for (const p of Array.isArray(props) ? props : props.split(",")) this.requested.add(p.trim());
    this.context.pending.push(() => this.requested.forEach((p) => this.loaded.add(p)));
    this.context.loading.push(this);
    return this;
  }
  /** The bytes of JSON the loaded properties carry back; ranges override it. */
  responseBytes(props: ReadonlySet<string>): number {
    return props.size * 16;
  }
  /** What the next sync will bring back for this object. */
  pendingResponseBytes(): number {
    return this.responseBytes(this.requested);
  }
  protected requireLoaded(prop: string): void {
    if (!this.loaded.has(prop)) {
      throw new Error(
        `PropertyNotLoaded: "${prop}" was read before load("${prop}") and context.sync()`
      );
    }
  }
}

class FakeFont {
  constructor(private readonly cells: () => FakeCell[]) {}
  set name(v: string) {
    this.cells().forEach((c) => (c.font.name = v));
  }
  set size(v: number) {
    this.cells().forEach((c) => (c.font.size = v));
  }
  set bold(v: boolean) {
    this.cells().forEach((c) => (c.font.bold = v));
  }
  set italic(v: boolean) {
    this.cells().forEach((c) => (c.font.italic = v));
  }
  set underline(v: string) {
    this.cells().forEach((c) => (c.font.underline = v));
  }
}

class FakeFormat {
  readonly font: FakeFont;
  readonly borders: { getItem: (edge: string) => { style: string; weight: string } };
  constructor(
    private readonly sheet: FakeSheet,
    private readonly boxes: Box[]
  ) {
    const cells = () => this.cellList();
    this.font = new FakeFont(cells);
    this.borders = {
      getItem: (edge: string) => {
        const target = {} as { style: string; weight: string };
        return new Proxy(target, {
          set: (_t, prop: string, value) => {
            cells().forEach((c) => ((c.borders[edge] ??= {})[prop as "style"] = value));
            return true;
          },
        });
      },
    };
  }
  private cellList(): FakeCell[] {
    this.sheet.refuseIfProtected();
    const list: FakeCell[] = [];
    for (const b of this.boxes) {
      if (b.bottom - b.top > 10000 || b.right - b.left > 1000) {
        throw new Error("the fake refuses to format a whole row or column cell by cell");
      }
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) list.push(this.sheet.cell(r, c));
    }
    return list;
  }
  set horizontalAlignment(v: string) {
    this.cellList().forEach((c) => (c.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.cellList().forEach((c) => (c.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.cellList().forEach((c) => (c.wrapText = v));
  }
  /** The fill (RangeFill): a colour set makes a solid fill of it, as Excel does; clear() leaves no fill. */
  get fill(): { color: string; clear: () => void } {
    const cells = () => this.cellList();
    return {
      set color(v: string) {
        cells().forEach(
          (c) =>
            (c.fill = { ...(c.fill ?? NO_FILL), color: v, pattern: c.fill?.pattern ?? "Solid" })
        );
      },
      clear: () => cells().forEach((c) => delete c.fill),
    };
  }
  set columnWidth(points: number) {
    const [b] = this.boxes;
    if (b.top !== 1 || b.bottom !== MAX_ROW)
      throw new Error("the fake sets column widths on whole columns only");
    for (let c = b.left; c <= b.right; c++) this.sheet.columnWidths.set(columnLetters(c), points);
  }
  set rowHeight(points: number) {
    const [b] = this.boxes;
    for (let r = b.top; r <= b.bottom; r++) this.sheet.rowHeights.set(r, points);
  }
  /** Widths fitted to the contents: the fake notes the columns, as it does not measure text. */
  autofitColumns(): void {
    for (const b of this.boxes)
      for (let c = b.left; c <= b.right; c++) this.sheet.columnWidths.set(columnLetters(c), -1);
  }
}

export class FakeRange extends Loadable {
  readonly format: FakeFormat;
  constructor(
    context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly box: Box
  ) {
    super(context);
    this.format = new FakeFormat(sheet, [box]);
  }
  private write2d<T>(values: T[][], put: (cell: FakeCell, v: T) => void): void {
    this.sheet.refuseIfProtected();
    this.context.requestBytes += JSON.stringify(values).length;
    const rows = this.box.bottom - this.box.top + 1;
    const columns = this.box.right - this.box.left + 1;
    if (values.length !== rows || values.some((r) => r.length !== columns)) {
      throw new Error(
        `InvalidArgument: a ${values.length}-row array does not fit a ${rows}×${columns} range`
      );
    }
    values.forEach((row, i) =>
      row.forEach((v, j) => put(this.sheet.cell(this.box.top + i, this.box.left + j), v))
    );
  }
  set formulas(values: (string | number | boolean)[][]) {
    this.write2d(values, (c, v) => (c.formula = v));
  }
  /** What each cell holds as typed: a formula's text, or its constant. */
  get formulas(): (string | number | boolean)[][] {
    this.requireLoaded("formulas");
    return this.map((cell) => cell?.formula ?? "");
  }
  set numberFormat(values: string[][]) {
    this.write2d(values, (c, v) => (c.numberFormat = v));
  }
  private map<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++)
        row.push(read(this.sheet.cells.get(`${columnLetters(c)}${r}`)));
      out.push(row);
    }
    return out;
  }
  override responseBytes(props: ReadonlySet<string>): number {
    let bytes = 64;
    if (props.has("values")) bytes += JSON.stringify(this.rawValues()).length;
    if (props.has("valueTypes")) bytes += JSON.stringify(this.rawValueTypes()).length;
    return bytes;
  }
  get values(): (string | number | boolean)[][] {
    this.requireLoaded("values");
    return this.rawValues();
  }
  private rawValues(): (string | number | boolean)[][] {
    return this.map(
      (cell) =>
        cell?.error ??
        cell?.value ??
        (cell && !String(cell.formula).startsWith("=") ? cell.formula : "")
    );
  }
  get valueTypes(): string[][] {
    this.requireLoaded("valueTypes");
    return this.rawValueTypes();
  }
  private rawValueTypes(): string[][] {
    return this.map((cell) => {
      if (cell?.error) return "Error";
      const v = cell?.value ?? cell?.formula ?? "";
      return v === ""
        ? "Empty"
        : typeof v === "number"
          ? "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : "String";
    });
  }
  get address(): string {
    this.requireLoaded("address");
    const b = this.box;
    return `${this.sheet.name}!${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;
  }
  get rowCount(): number {
    this.requireLoaded("rowCount");
    return this.box.bottom - this.box.top + 1;
  }
  get columnCount(): number {
    this.requireLoaded("columnCount");
    return this.box.right - this.box.left + 1;
  }
  isNullObject = false;
  getCell(row: number, column: number): FakeRange {
    const top = this.box.top + row;
    const left = this.box.left + column;
    return new FakeRange(this.context, this.sheet, { top, left, bottom: top, right: left });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    const b = this.box;
    return new FakeRange(this.context, this.sheet, {
      ...b,
      bottom: b.bottom + deltaRows,
      right: b.right + deltaColumns,
    });
  }
  select(): void {
    this.context.selection = {
      sheet: this.sheet.name,
      address: `${columnLetters(this.box.left)}${this.box.top}`,
    };
  }
  /** The range's data validation (ExcelApi 1.8): what is set is recorded on the sheet; a list source as text. */
  get dataValidation(): Omit<FakeValidation, "address"> {
    const b = this.box;
    const address = `${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`;
    const sheet = this.sheet;
    // Each part is checked as Excel checks it before it is recorded.
    const target = (): FakeValidation => {
      sheet.refuseIfProtected();
      let record = sheet.validations.find((v) => v.address === address);
      if (!record) {
        record = { address };
        sheet.validations.push(record);
      }
      return record;
    };
    return {
      set ignoreBlanks(v: boolean) {
        target().ignoreBlanks = v;
      },
      set rule(rule: Record<string, Record<string, unknown>>) {
        refuseRule(rule);
        const list = rule.list;
        target().rule =
          list && list.source instanceof FakeRange
            ? { list: { ...list, source: list.source.sheetAddress() } }
            : rule;
      },
      set prompt(v: FakeValidation["prompt"]) {
        refuseMessage(v?.title, v?.message);
        target().prompt = v;
      },
      set errorAlert(v: FakeValidation["errorAlert"]) {
        refuseMessage(v?.title, v?.message);
        if (!["Stop", "Warning", "Information"].includes(v?.style ?? ""))
          throw officeError("InvalidArgument", `error alert style "${v?.style}"`);
        target().errorAlert = v;
      },
    };
  }
  /** Each cell's fill (ExcelApi 1.9 getCellProperties), readable after the next sync. */
  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): {
    value: { format?: { fill?: FakeFill } }[][];
  } {
    if (!options.format?.fill) throw new Error("the fake gives cells' fills only");
    let ready = false;
    this.context.pending.push(() => (ready = true));
    const read = () => this.map((cell) => ({ format: { fill: { ...(cell?.fill ?? NO_FILL) } } }));
    return {
      get value() {
        if (!ready) throw new Error("PropertyNotLoaded: getCellProperties read before sync");
        return read();
      },
    };
  }
  /** Sets each cell's fill (ExcelApi 1.9 setCellProperties); the array must fit the range. */
  setCellProperties(values: { format?: { fill?: FakeFill } }[][]): void {
    this.write2d(values, (cell, v) => {
      if (v.format?.fill) cell.fill = { ...v.format.fill };
    });
  }
  /** "Danh mục!$A$2:$A$55": the sheet's name and the address the range was got by. */
  sheetAddress(): string {
    return `${this.sheet.name}!${sourceAddress(this)}`;
  }
  /** True when every row is hidden, false when none is, null when some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    this.requireLoaded("rowHidden");
    const rows = this.rowNumbers();
    const hidden = rows.filter((r) => this.sheet.hiddenRows.has(r)).length;
    return hidden === 0 ? false : hidden === rows.length ? true : null;
  }
  /** Each row's properties (ExcelApi 1.9), readable after the next sync. */
  getRowProperties(options: { rowHidden?: boolean }): { value: { rowHidden?: boolean }[] } {
    const rows = this.rowNumbers();
    const hiddenRows = this.sheet.hiddenRows;
    let ready = false;
    this.context.pending.push(() => (ready = true));
    return {
      get value() {
        if (!ready) throw new Error("PropertyNotLoaded: getRowProperties read before sync");
        return rows.map((row) => (options.rowHidden ? { rowHidden: hiddenRows.has(row) } : {}));
      },
    };
  }
  /** True when every column is hidden, false when none is, null when some are (ExcelApi 1.2). */
  get columnHidden(): boolean | null {
    this.requireLoaded("columnHidden");
    const columns = this.columnNumbers();
    const hidden = columns.filter((c) => this.sheet.hiddenColumns.has(c)).length;
    return hidden === 0 ? false : hidden === columns.length ? true : null;
  }
  /** Each column's properties (ExcelApi 1.9), readable after the next sync. */
  getColumnProperties(options: { columnHidden?: boolean }): {
    value: { columnHidden?: boolean }[];
  } {
    const columns = this.columnNumbers();
    const hiddenColumns = this.sheet.hiddenColumns;
    let ready = false;
    this.context.pending.push(() => (ready = true));
    return {
      get value() {
        if (!ready) throw new Error("PropertyNotLoaded: getColumnProperties read before sync");
        return columns.map((c) =>
          options.columnHidden ? { columnHidden: hiddenColumns.has(c) } : {}
        );
      },
    };
  }
  private rowNumbers(): number[] {
    return Array.from({ length: this.box.bottom - this.box.top + 1 }, (_, i) => this.box.top + i);
  }
  private columnNumbers(): number[] {
    return Array.from({ length: this.box.right - this.box.left + 1 }, (_, i) => this.box.left + i);
  }
  merge(across: boolean): void {
    if (across) throw new Error("the report never merges across");
    this.sheet.refuseIfProtected();
    this.sheet.merges.push(
      `${columnLetters(this.box.left)}${this.box.top}:${columnLetters(this.box.right)}${this.box.bottom}`
    );
  }
}

interface FakeAutoFilter {
  load: (props: string) => void;
  readonly isDataFiltered: boolean;
  getRangeOrNullObject: () => FakeRange;
}

class FakeWorksheet {
  readonly pageLayout: Record<string, unknown>;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy: string) => unknown };
  readonly horizontalPageBreaks: { add: (range: string) => void };
  constructor(
    private readonly context: FakeContext,
    readonly sheet: FakeSheet
  ) {
    const methods: Record<string, unknown> = {
      setPrintArea: (area: string) => (sheet.pageLayout.printArea = area),
      setPrintTitleRows: (rows: string) => (sheet.pageLayout.printTitleRows = rows),
      headersFooters: sheet.headersFooters,
    };
    this.pageLayout = new Proxy(sheet.pageLayout, {
      get: (target, prop: string) => (prop in methods ? methods[prop] : target[prop]),
    });
    this.horizontalPageBreaks = {
      add: (range: string) => {
        const { top, left, bottom, right } = parseRange(range);
        if (top !== bottom || left !== right)
          throw new Error(`InvalidArgument: break at "${range}"`);
        sheet.pageBreaks.push(top);
      },
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: FakeChart = {
          type,
          source: sourceAddress(source),
          seriesBy,
          title: "",
          position: null,
          series: [],
        };
        chart.series.push({ name: "", values: chart.source, xAxis: "" });
        sheet.charts.push(chart);
        const seriesProxy = (s: FakeChart["series"][number]) => ({
          set name(v: string) {
            s.name = v;
          },
          setValues: (r: FakeRange) => (s.values = sourceAddress(r)),
          setXAxisValues: (r: FakeRange) => (s.xAxis = sourceAddress(r)),
        });
        return {
          title: {
            set text(v: string) {
              chart.title = v;
            },
          },
          setPosition: (from: string, to?: string) => (chart.position = [from, to]),
          series: {
            getItemAt: (i: number) => seriesProxy(chart.series[i]),
            add: (name: string) => {
              const s = { name, values: "", xAxis: "" };
              chart.series.push(s);
              return seriesProxy(s);
            },
          },
        };
      },
    };
  }
  get name(): string {
    return this.sheet.name;
  }
  private readonly loadedProps = new Set<string>();
  get visibility(): string {
    if (!this.loadedProps.has("visibility"))
      throw new Error(`PropertyNotLoaded: "visibility" was read before load and sync`);
    return this.sheet.visibility;
  }
  set visibility(how: "Visible" | "Hidden" | "VeryHidden") {
    this.sheet.visibility = how;
  }
  /** The sheet's AutoFilter (ExcelApi 1.9): whether it filters, and its range or a null object. */
  get autoFilter(): FakeAutoFilter {
    this.filter ??= this.makeAutoFilter();
    return this.filter;
  }
  private filter: FakeAutoFilter | undefined;
  private makeAutoFilter(): FakeAutoFilter {
    const sheet = this.sheet;
    const context = this.context;
    let loaded = false;
    return {
      load: () => context.pending.push(() => (loaded = true)),
      get isDataFiltered() {
        if (!loaded) throw new Error(`PropertyNotLoaded: "isDataFiltered" read before sync`);
        return sheet.autoFilter?.isDataFiltered ?? false;
      },
      getRangeOrNullObject: () => {
        const range = new FakeRange(context, sheet, parseRange(sheet.autoFilter?.address ?? "A1"));
        range.isNullObject = sheet.autoFilter === null;
        return range;
      },
    };
  }
  getRange(address: string): FakeRange {
    refuseAddressList(address);
    const range = new FakeRange(this.context, this.sheet, parseRange(address));
    addresses.set(range, address);
    return range;
  }
  get tables(): {
    getItem: (name: string) => { getRange: () => FakeRange };
    add: (address: string, hasHeaders: boolean) => FakeSheet["tables"][number];
  } {
    return {
      getItem: (name) => {
        const table = this.sheet.tables.find((t) => t.name === name);
        if (!table) throw officeError("ItemNotFound", `no table "${name}" on "${this.sheet.name}"`);
        return { getRange: () => this.getRange(table.address) };
      },
      add: (address, hasHeaders) => this.addTable(address, hasHeaders),
    };
  }
  /**
   * tables.add as Excel does it: never on a protected sheet, over merged cells or over another table; the name
   * set afterwards must be free in the whole workbook (names are compared without case).
   */
  private addTable(address: string, hasHeaders: boolean): FakeSheet["tables"][number] {
    refuseAddressList(address);
    if (!hasHeaders) throw new Error("the add-in's tables have their header row");
    this.sheet.refuseIfProtected();
    const box = parseRange(address);
    if (this.sheet.merges.some((merge) => boxesMeet(parseRange(merge), box)))
      throw officeError("InvalidOperation", `a table over merged cells: ${address}`);
    if (this.sheet.tables.some((table) => boxesMeet(parseRange(table.address), box)))
      throw officeError("InvalidOperation", `a table over another table: ${address}`);
    const tables = () => this.context.workbook.model.flatMap((sheet) => sheet.tables);
    let name = `Table${tables().length + 1}`;
    const table: FakeSheet["tables"][number] = {
      get name() {
        return name;
      },
      set name(wanted: string) {
        if (tables().some((t) => t !== table && t.name.toLowerCase() === wanted.toLowerCase()))
          throw officeError("InvalidArgument", `a table named "${wanted}" exists`);
        name = wanted;
      },
      address,
    };
    this.sheet.tables.push(table);
    return table;
  }
  get freezePanes(): {
    freezeAt: (range: FakeRange | string) => void;
    freezeRows: (count: number) => void;
  } {
    return {
      freezeAt: (range) =>
        (this.sheet.frozenAt = typeof range === "string" ? range : sourceAddress(range)),
      freezeRows: (count) => (this.sheet.frozenAt = `1:${count}`),
    };
  }
  get protection(): { protect: () => void } {
    return { protect: () => (this.sheet.isProtected = true) };
  }
  getUsedRangeOrNullObject(): FakeRange {
    const box = this.sheet.usedBox();
    const range = new FakeRange(
      this.context,
      this.sheet,
      box ?? { top: 1, left: 1, bottom: 1, right: 1 }
    );
    range.isNullObject = box === null;
    return range;
  }
  load(props = ""): this {
    const names = props.split(",").map((p) => p.trim());
    this.context.pending.push(() => names.forEach((p) => this.loadedProps.add(p)));
    return this;
  }
  getRanges(list: string): { format: FakeFormat } {
    refuseAddressList(list);
    return { format: new FakeFormat(this.sheet, list.split(",").map(parseRange)) };
  }
  activate(): void {
    this.context.workbook.model.forEach((s) => (s.active = s === this.sheet));
  }
}

const boxesMeet = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const BASIC_RULES = ["wholeNumber", "decimal", "textLength", "date", "time"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/** A validation rule is of exactly one kind, with what Excel needs for it: a list's source, an operator. */
function refuseRule(rule: Record<string, Record<string, unknown>>): void {
  const kinds = Object.keys(rule ?? {});
  if (kinds.length !== 1)
    throw officeError("InvalidArgument", `a rule of exactly one kind, not "${kinds.join("+")}"`);
  const [kind] = kinds;
  const criteria = rule[kind];
  if (kind === "list") {
    if (criteria.source === undefined || criteria.source === "")
      throw officeError("InvalidArgument", "a list rule without a source");
    return;
  }
  if (kind === "custom") {
    if (typeof criteria.formula !== "string")
      throw officeError("InvalidArgument", "a custom rule without a formula");
    return;
  }
  if (!BASIC_RULES.includes(kind)) throw officeError("InvalidArgument", `rule kind "${kind}"`);
  if (!OPERATORS.includes(String(criteria.operator)) || criteria.formula1 === undefined)
    throw officeError("InvalidArgument", `a ${kind} rule needs an operator and formula1`);
  if (/Between/.test(String(criteria.operator)) && criteria.formula2 === undefined)
    throw officeError("InvalidArgument", `${String(criteria.operator)} needs formula2`);
}

/** Excel refuses a validation message whose title is over 32 characters or whose text is over 255. */
function refuseMessage(title: unknown, message: unknown): void {
  if (typeof title !== "string" || title.length > 32)
    throw officeError("InvalidArgument", `a message title of ${String(title).length} characters`);
  if (typeof message !== "string" || message.length > 255)
    throw officeError("InvalidArgument", `a message of ${String(message).length} characters`);
}

/**
 * Excel on Windows parses an address list with the locale's list separator (";" in vi-VN): a list joined with ","
 * breaks there, so the fake refuses any.
 */
function refuseAddressList(address: string): void {
  if (address.includes(","))
    throw officeError("InvalidArgument", `an address list joined with ",": "${address}"`);
}

const addresses = new WeakMap<FakeRange, string>();
function sourceAddress(range: FakeRange): string {
  return addresses.get(range) ?? "?";
}

class FakeWorksheets extends Loadable {
  constructor(
    context: FakeContext,
    private readonly model: FakeSheet[]
  ) {
    super(context);
  }
  get items(): FakeWorksheet[] {
    this.requireLoaded("items/name");
    return this.model.map((s) => new FakeWorksheet(this.context, s));
  }
  add(name: string): FakeWorksheet {
    if (this.model.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    }
    const sheet = new FakeSheet(name);
    this.model.push(sheet);
    return new FakeWorksheet(this.context, sheet);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.model.find((s) => s.active) ?? this.model[0]);
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.model.find((s) => s.name === name);
    if (!sheet) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return new FakeWorksheet(this.context, sheet);
  }
}

/** The workbook's tables (ExcelApi 1.1): names and sheets must be loaded before they are read. */
class FakeTables extends Loadable {
  constructor(
    context: FakeContext,
    private readonly model: FakeSheet[]
  ) {
    super(context);
  }
  get items(): { name: string; worksheet: { name: string } }[] {
    this.requireLoaded("items/name");
    const sheetNameLoaded = () => this.requireLoaded("items/worksheet/name");
    return this.model.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        name: table.name,
        worksheet: {
          get name() {
            sheetNameLoaded();
            return sheet.name;
          },
        },
      }))
    );
  }
}

/** What a worksheet function (workbook.functions, ExcelApi 1.2) gives: a value read after load and sync. */
class FakeFunctionResult extends Loadable {
  constructor(
    context: FakeContext,
    private readonly result: () => number
  ) {
    super(context);
  }
  get value(): number {
    this.requireLoaded("value");
    return this.result();
  }
}

export class FakeContext {
  pending: (() => void)[] = [];
  /** The cell the code under test last selected. */
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  /** Objects loaded since the last sync, and the bytes of values written since then. */
  loading: Loadable[] = [];
  requestBytes = 0;
  /** The JSON size of each sync's response, in order. */
  readonly responseSizes: number[] = [];
  /** Whether the workbook counts dates from 1904 (Mac Excel's old default). */
  date1904 = false;
  readonly workbook: {
    model: FakeSheet[];
    worksheets: FakeWorksheets;
    tables: FakeTables;
    functions: { date: (year: number, month: number, day: number) => FakeFunctionResult };
  };
  constructor(sheetNames: string[] = ["Sheet1"]) {
    const model = sheetNames.map((n) => new FakeSheet(n));
    this.workbook = {
      model,
      worksheets: new FakeWorksheets(this, model),
      tables: new FakeTables(this, model),
      functions: { date: (y, m, d) => new FakeFunctionResult(this, () => this.serial(y, m, d)) },
    };
  }
  /** A day's serial in the workbook's date system. */
  serial(year: number, month: number, day: number): number {
    const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return this.date1904 ? days - 1462 : days;
  }
  async sync(): Promise<void> {
    this.syncs++;
    const work = this.pending;
    const response = this.loading.reduce((sum, l) => sum + l.pendingResponseBytes(), 0);
    const request = this.requestBytes;
    this.pending = [];
    this.loading = [];
    this.requestBytes = 0;
    if (request > PAYLOAD_LIMIT_BYTES)
      throw officeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    if (response > PAYLOAD_LIMIT_BYTES)
      throw officeError("RequestPayloadSizeLimitExceeded", `response of ${response} bytes`);
    this.responseSizes.push(response);
    work.forEach((w) => w());
  }
  sheet(name: string): FakeSheet {
    const s = this.workbook.model.find((m) => m.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  /** The fake as the Excel.RequestContext the code under test takes. */
  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

/**
 * Office.context.document.settings (Settings 1.1): values set are kept in memory until `saveAsync` writes them into
 * the document (`saved`), as Office does; a new pane on the same document starts from what was saved.
 */
export class FakeDocumentSettings {
  private readonly values: Record<string, unknown>;
  saves = 0;
  constructor(readonly saved: Record<string, unknown> = {}) {
    this.values = { ...saved };
  }
  get(name: string): unknown {
    return name in this.values ? this.values[name] : null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.values[name];
  }
  /** Office's two forms: (callback) and (options, callback). */
  saveAsync(...args: unknown[]): void {
    const callback = args.find((a) => typeof a === "function") as
      ((result: { status: string }) => void) | undefined;
    this.saves++;
    for (const key of Object.keys(this.saved)) delete this.saved[key];
    Object.assign(this.saved, JSON.parse(JSON.stringify(this.values)));
    callback?.({ status: "succeeded" });
  }
}
