/**
 * The parts every government list shares, as a row builder: the title block (issuing body, national motto, list
 * title), the header rows with their merges, and the signature block under the table.
 */
import type { Cell, SheetSpec } from "./sheet";
import { span } from "./sheet";

export class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: string[] = [];

  /** Appends a row; returns its 1-based sheet row number. */
  add(cells: readonly Cell[] = []): number {
    this.rows.push([...cells]);
    return this.rows.length;
  }

  merge(row: number, column: number, rows: number, columns: number): void {
    if (rows > 1 || columns > 1) this.merges.push(span(row, column, rows, columns));
  }

  /** A row with one text merged across the table's width. */
  banner(text: string, width: number, column = 1): number {
    const cells: Cell[] = [];
    cells[column - 1] = text;
    const row = this.add(cells);
    this.merge(row, column, 1, width);
    return row;
  }

  sheet(name: string, font?: SheetSpec["font"]): SheetSpec {
    return { name, rows: this.rows, merges: this.merges, font };
  }
}

/** Issuing body top-left, national motto top-right (Decree 30/2020/NĐ-CP), then the list's title lines. */
export function titleBlock(
  b: SheetBuilder,
  body: readonly string[],
  title: readonly string[],
  width: number,
  encode: (text: string) => string = (t) => t
): void {
  const half = Math.max(2, Math.floor(width / 2));
  const motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
  for (let i = 0; i < Math.max(body.length, motto.length); i++) {
    const cells: Cell[] = [];
    if (body[i]) cells[0] = encode(body[i]);
    if (motto[i]) cells[half] = encode(motto[i]);
    const row = b.add(cells);
    if (body[i]) b.merge(row, 1, 1, half);
    if (motto[i]) b.merge(row, half + 1, 1, width - half);
  }
  b.add();
  for (const line of title) b.banner(encode(line), width);
}

/** Place and date, then who signs: the block under every list. */
export function signatureBlock(
  b: SheetBuilder,
  place: string,
  signers: readonly [string, string],
  width: number,
  encode: (text: string) => string = (t) => t
): void {
  const half = Math.max(2, Math.floor(width / 2));
  b.add();
  const dated: Cell[] = [];
  dated[half] = encode(`${place}, ngày 25 tháng 6 năm 2024`);
  b.merge(b.add(dated), half + 1, 1, width - half);
  const titles: Cell[] = [];
  titles[0] = encode(signers[0]);
  titles[half] = encode(signers[1]);
  const row = b.add(titles);
  b.merge(row, 1, 1, half);
  b.merge(row, half + 1, 1, width - half);
  const hint: Cell[] = [];
  hint[half] = encode("(Ký, ghi rõ họ tên)");
  b.add(hint);
  b.add();
  b.add();
}
