/**
 * Reader traps of issue 19 that the reader in two steps (detectLayout / readMembers) now sets aside: a header row
 * repeated down the list (a printed list pasted back) and rows far below the table holding only a filled-down
 * value (filled to the sheet's last row, it once made 1,048,575 members).
 */
import { join } from "node:path";
import {
  DATE,
  HEADER,
  type Row,
  runCli,
  statsTotal,
  tempFolder,
  writeBook,
  memberRow,
} from "./trap-workbooks";

const dir = tempFolder("club-report-reader-traps-");

const member = (n: number, name: string, birth: number): Row =>
  memberRow(n, name, { birth, role: "Thành viên" });

describe("reader traps", () => {
  it("a header row repeated down the list is not a member, and invents no club", async () => {
    const file = await writeBook(join(dir(), "in-lai.xlsx"), [
      {
        name: "Danh sách",
        rows: [
          HEADER,
          member(1, "Lò Thị Hoa", 1950),
          member(2, "Lò Thị Mai", 1960),
          // Page 2 of a printed list, pasted back with its header.
          HEADER,
          member(3, "Lò Thị Xá", 1970),
        ],
      },
    ]);
    const { stdout } = await runCli(["stats", file, "--json", ...DATE]);
    const json = JSON.parse(stdout);
    expect(json.total.members).toBe(3);
    expect(json.clubs.map((c: { club: string }) => c.club)).toEqual(["Nà Lằng"]);
  });

  it("rows far below the table holding only a filled-down value are not members", async () => {
    const filled: Row[] = Array.from({ length: 5_000 }, () => [null, null, null, null, "Thái"]);
    const file = await writeBook(join(dir(), "keo-xuong.xlsx"), [
      {
        name: "Danh sách",
        rows: [
          HEADER,
          member(1, "Lò Thị Hoa", 1950),
          member(2, "Lò Thị Mai", 1960),
          member(3, "Lò Thị Xá", 1970),
          ...filled,
        ],
      },
    ]);
    const { total } = await statsTotal([file], ...DATE);
    expect(total.members).toBe(3);
  });
});
