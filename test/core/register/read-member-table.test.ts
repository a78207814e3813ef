import type { CellValue, Grid } from "../../../src/core/grid";
import type { MemberTable } from "../../../src/core/model";
import { readMemberTable } from "../../../src/core/register";
import { COLUMN_MEMO_LIMIT } from "../../../src/core/register/column-reader";

function read(rows: CellValue[][], sheet = "Sheet1", originRow = 1, originCol = 1): MemberTable {
  const grid: Grid = { sheet, originRow, originCol, rows };
  const table = readMemberTable(grid);
  if (!table) throw new Error("no member table");
  return table;
}

const HEADER: CellValue[] = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"];

describe("member rows", () => {
  test("each member keeps its sheet row; columns and problems are sheet columns", () => {
    const table = read(
      [
        ["Họ và tên", "Giới tính", "Năm sinh"],
        ["Lò Thị Hoa", "Nuw", 1955],
      ],
      "Sheet1",
      5,
      3
    );
    expect(table.headerRows).toEqual([5]);
    expect(table.columns).toEqual({ name: 3, gender: 4, birth: 5 });
    expect(table.members[0]).toMatchObject({ sheet: "Sheet1", row: 6, name: "Lò Thị Hoa" });
    expect(table.members[0].problems).toMatchObject([
      { field: "gender", code: "unreadable", column: 4, value: "Nuw" },
    ]);
  });

  test("blank rows, numbered empty rows and notes outside the field columns are not members", () => {
    const table = read([
      [...HEADER, "Ghi chú"],
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      [],
      [null, " ", null, null, null],
      [2, "Vàng A Sử", "Nam", 1960, "Mông"],
      [3],
      [4, null, null, null, null, "chuyển đi"],
    ]);
    expect(table.members.map((m) => m.row)).toEqual([2, 5]);
    expect(table.lastDataRow).toBe(5);
  });

  test("a row with member data but no name is a member whose name is missing", () => {
    const table = read([HEADER, [1, null, "Nữ", 1955, "Thái"], [null, null, null, 1960]]);
    expect(table.members.map((m) => [m.row, m.name])).toEqual([
      [2, null],
      [3, null],
    ]);
    expect(table.members[1].problems).toEqual([
      { field: "name", code: "missing", column: 2, value: null },
      { field: "gender", code: "missing", column: 3, value: null },
      { field: "ethnicity", code: "missing", column: 5, value: null },
    ]);
  });

  test("a table without members ends before it starts", () => {
    const table = read([HEADER, [], [1]]);
    expect(table.members).toEqual([]);
    expect(table.firstDataRow).toBe(2);
    expect(table.lastDataRow).toBe(1);
  });
});

describe("totals and signature rows", () => {
  test.each([
    ["Cộng"],
    ["Tổng cộng"],
    ["TỔNG CỘNG:"],
    ["Tổng số: 2 thành viên"],
    ["Tổng"],
    ["Tæng céng"],
  ])("%s in the name column closes the list", (label) => {
    const table = read([HEADER, [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"], [null, label, 1, 1, null]]);
    expect(table.members.map((m) => m.name)).toEqual(["Lò Thị Hoa"]);
  });

  test("a totals label in the STT column, merged across, closes the list too", () => {
    const table = read([
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      ["Tổng cộng", null, "1 nữ"],
    ]);
    expect(table.members).toHaveLength(1);
  });

  test("names that look like totals words are members: Tống is a surname, Công a given name", () => {
    const table = read([
      HEADER,
      [1, "Tống Văn Hải", "Nam", 1955, "Kinh"],
      [2, "Công Thị Lan", "Nữ", 1960, "Kinh"],
    ]);
    expect(table.members.map((m) => m.name)).toEqual(["Tống Văn Hải", "Công Thị Lan"]);
  });

  test("below a totals row, the signature block is not members; another club's rows are", () => {
    const table = read([
      [...HEADER, "Tên CLB"],
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "CLB Nà Lằng"],
      ["Cộng", null, null, 1],
      [2, "Tẩn Láo Sài", "Nam", 1958, "Dao", "CLB Nà Ca"],
      ["Cộng", null, null, 1],
      [],
      [null, "Người lập biểu", null, "Xác nhận của UBND xã"],
      [null, "(Ký, ghi rõ họ tên)"],
      [null, "Lò Văn Sơn", null, "Trần Văn Nam"],
    ]);
    expect(table.members.map((m) => [m.row, m.name, m.club])).toEqual([
      [2, "Lò Thị Hoa", "CLB Nà Lằng"],
      [4, "Tẩn Láo Sài", "CLB Nà Ca"],
    ]);
    expect(table.rowsAfterFooter).toEqual([]);
  });

  test("a row below the totals row that is not read as a member is reported, not skipped silently", () => {
    const table = read([
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      ["Cộng", null, null, 1],
      [null, "Vàng A Sử", null, 1960],
      [],
      [null, "Người lập biểu"],
      [null, "Lò Văn Sơn"],
    ]);
    expect(table.members.map((m) => m.name)).toEqual(["Lò Thị Hoa"]);
    expect(table.rowsAfterFooter).toEqual([{ row: 4, text: "Vàng A Sử · 1960" }]);
  });

  test("a signature block without a totals row is recognised by its own words", () => {
    const table = read([
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      [null, null, null, null, "Nà Lằng, ngày 15 tháng 3 năm 2020"],
      [null, null, null, null, "T/M BAN CHỦ NHIỆM"],
      [null, null, null, null, "Lò Văn Thắng"],
    ]);
    expect(table.members.map((m) => m.row)).toEqual([2]);
  });

  test("below a totals row, a numbered row with a name is a member even with little else", () => {
    const table = read([
      HEADER,
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      ["Cộng", null, null, 1],
      [2, "Tẩn Láo Sài"],
      ["Cộng", null, null, 0],
      [null, "Lò Văn Sơn"],
    ]);
    expect(table.members.map((m) => [m.row, m.name])).toEqual([
      [2, "Lò Thị Hoa"],
      [4, "Tẩn Láo Sài"],
    ]);
  });

  test("before any footer, a member with a name only is still a member", () => {
    const table = read([HEADER, [1, "Lò Thị Hoa"], [2, "Vàng A Sử", "Nam", 1960, "Mông"]]);
    expect(table.members.map((m) => m.name)).toEqual(["Lò Thị Hoa", "Vàng A Sử"]);
    expect(table.members[0].problems.map((p) => [p.field, p.code])).toEqual([
      ["gender", "missing"],
      ["birth", "missing"],
      ["ethnicity", "missing"],
    ]);
  });
});

describe("the club of each member", () => {
  test("a club column; a blank club cell (merged down) is the club above", () => {
    const table = read([
      ["Họ và tên", "Tên CLB"],
      ["Lò Thị Hoa", "CLB Nà Lằng"],
      ["Lò Văn Sơn", null],
      ["Tẩn Láo Sài", "CLB  Nà Ca"],
    ]);
    expect(table.members.map((m) => m.club)).toEqual(["CLB Nà Lằng", "CLB Nà Lằng", "CLB Nà Ca"]);
    expect(table.members[2].problems).toEqual([
      {
        field: "club",
        code: "stray-spaces",
        column: 2,
        value: "CLB  Nà Ca",
        suggestion: "CLB Nà Ca",
      },
    ]);
  });

  test("without a club column, the club named in the title rows", () => {
    const table = read(
      [
        ["HỘI NGƯỜI CAO TUỔI XÃ BẢN HON"],
        ["DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ LẰNG"],
        ["Họ và tên"],
        ["Lò Thị Hoa"],
      ],
      "CLB Bản Hon"
    );
    expect(table.titleClub).toBe("Bản Nà Lằng");
    expect(table.members[0].club).toBe("Bản Nà Lằng");
  });

  test("without a club column or a title, the sheet's name, less the club words", () => {
    expect(read([["Họ và tên"], ["Lò Thị Hoa"]], "CLB LTHTGN Nà Lằng").members[0].club).toBe(
      "Nà Lằng"
    );
    expect(read([["Họ và tên"], ["Lò Thị Hoa"]], "Bản Hon").members[0].club).toBe("Bản Hon");
  });

  test("a heading row naming a club gives the club of the rows below it", () => {
    const table = read(
      [
        HEADER,
        ["I. CLB BẢN HỌC"],
        [1, "Lò Văn Ngọc", "Nam", 1954, "Thái"],
        ["II", "Câu lạc bộ bản Chăn"],
        [1, "Hoàng Thị Sen", "Nữ", 1962, "Giáy"],
      ],
      "Toàn xã"
    );
    expect(table.members.map((m) => [m.row, m.club])).toEqual([
      [3, "Bản Học"],
      [5, "bản Chăn"],
    ]);
  });
});

describe("problems met while reading", () => {
  test("a required field is missing only where the table has its column", () => {
    const table = read([
      ["Họ và tên", "Năm sinh"],
      ["Lò Thị Hoa", null],
      ["Vàng A Sử", 1960],
    ]);
    expect(table.members[0].problems).toEqual([
      { field: "birth", code: "missing", column: 2, value: null },
    ]);
    expect(table.members[1].problems).toEqual([]);
  });

  test("an error cell is unreadable, not missing", () => {
    const table = read([
      ["Họ và tên", "Năm sinh"],
      [{ error: "#REF!" }, { error: "#N/A" }],
    ]);
    expect(table.members[0]).toMatchObject({ name: null, birth: null });
    expect(table.members[0].problems).toEqual([
      { field: "name", code: "unreadable", column: 1, value: "#REF!" },
      { field: "birth", code: "unreadable", column: 2, value: "#N/A" },
    ]);
  });

  test("coded words are read from their cleaned text, and the untidy text is still reported", () => {
    const table = read([
      ["Họ và tên", "Giới tính", "Dân tộc"],
      ["Lò Thị Hoa", "N÷", "Thái "],
      ["Lò Thị Ón", "Nữ".normalize("NFD"), "Thái"],
    ]);
    expect(table.members.map((m) => [m.gender, m.ethnicity])).toEqual([
      ["female", "Thái"],
      ["female", "Thái"],
    ]);
    expect(table.members[0].problems).toEqual([
      { field: "gender", code: "legacy-encoding", column: 2, value: "N÷", suggestion: "Nữ" },
      { field: "ethnicity", code: "stray-spaces", column: 3, value: "Thái ", suggestion: "Thái" },
    ]);
    expect(table.members[1].problems).toMatchObject([
      { field: "gender", code: "decomposed", column: 2, suggestion: "Nữ" },
    ]);
  });

  test("an unreadable value carries the reader's suggestion", () => {
    // "CN" is also the chair's abbreviation, so under a header that names no status the poverty reader asks
    // rather than guesses (under "Hộ nghèo/Cận nghèo" or "HN/CN" it is cận nghèo: header.test.ts).
    const table = read([
      ["Họ và tên", "Tình trạng kinh tế"],
      ["Lò Thị Hoa", "CN"],
    ]);
    expect(table.members[0].poverty).toBeNull();
    expect(table.members[0].problems).toEqual([
      { field: "poverty", code: "unreadable", column: 2, value: "CN", suggestion: "Cận nghèo" },
    ]);
  });

  test("text fields are kept cleaned; a number in a text field is its digits", () => {
    const table = read([
      ["Họ và tên", "Xã", "Bản", "Tổ/Nhóm"],
      ["Lò\u00a0Thị  Hoa", "Bản Hon", "Nà Lằng", 3],
    ]);
    expect(table.members[0]).toMatchObject({
      name: "Lò Thị Hoa",
      commune: "Bản Hon",
      village: "Nà Lằng",
      group: "3",
    });
    expect(table.members[0].problems).toEqual([
      {
        field: "name",
        code: "stray-spaces",
        column: 1,
        value: "Lò\u00a0Thị  Hoa",
        suggestion: "Lò Thị Hoa",
      },
    ]);
  });

  test("amounts and joining dates", () => {
    const table = read([
      ["Họ và tên", "Đóng góp", "Số tiền vay", "Ngày tham gia"],
      ["Lò Thị Hoa", "200.000", "5 triệu", "20/05/2019"],
    ]);
    expect(table.members[0]).toMatchObject({
      contribution: 200000,
      loan: 5000000,
      joined: { year: 2019, month: 5, day: 20 },
    });
  });
});

describe("the split birth layout", () => {
  const header: CellValue[][] = [
    ["Họ và tên", "Năm sinh", null, "Dân tộc"],
    [null, "Nam", "Nữ", null],
  ];

  test("a year under both columns, or under neither, is a problem; gender and birth stay unknown", () => {
    const table = read([
      ...header,
      ["Lò Thị Dung", 1958, 1958, "Thái"],
      ["Vì Văn Khiêm", null, null, "Thái"],
    ]);
    expect(table.members.map((m) => [m.gender, m.birth])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(table.members[0].problems).toEqual([
      { field: "birth", code: "split-both", column: 2, value: 1958 },
    ]);
    expect(table.members[1].problems).toEqual([
      { field: "birth", code: "split-neither", column: 2, value: null },
    ]);
  });

  test("an unreadable year still tells the gender by its column", () => {
    const table = read([...header, ["Lò Thị Ón", null, "khoảng 1950", "Thái"]]);
    expect(table.members[0]).toMatchObject({ gender: "female", birth: null });
    expect(table.members[0].problems).toEqual([
      { field: "birth", code: "unreadable", column: 3, value: "khoảng 1950" },
    ]);
  });
});

describe("poverty as marks", () => {
  const header: CellValue[] = ["Họ và tên", "Hộ nghèo", "Hộ cận nghèo", "Hoàn cảnh khó khăn"];

  test.each([
    [["x", null, null], "poor"],
    [[null, "X", null], "near-poor"],
    [[null, null, "✓"], "hardship"],
    [["x", null, "x"], "poor"],
    [[null, null, null], "none"],
    [["-", 0, "không"], "none"],
    [[0, "x", null], "near-poor"],
  ])("%j → %s", (marks, poverty) => {
    const table = read([header, ["Lò Thị Hoa", ...(marks as CellValue[])]]);
    expect(table.members[0].poverty).toBe(poverty);
    expect(table.members[0].problems).toEqual([]);
  });

  test("a word that is neither a mark nor a no is unreadable", () => {
    const table = read([header, ["Lò Thị Hoa", null, "có lẽ", null]]);
    expect(table.members[0].poverty).toBeNull();
    expect(table.members[0].problems).toEqual([
      { field: "poverty", code: "unreadable", column: 3, value: "có lẽ" },
    ]);
  });
});

describe("columns of many different texts", () => {
  test("a column holding more distinct texts than are kept is read all the same", () => {
    const villages = Array.from({ length: COLUMN_MEMO_LIMIT + 10 }, (_, i) => `Bản  ${i + 1}`);
    const rows: CellValue[][] = [["Họ và tên", "Thôn/Bản"]];
    for (const village of [...villages, villages[0], villages[villages.length - 1]]) {
      rows.push(["Lò Thị Hoa", village]);
    }
    const members = read(rows).members;
    expect(members).toHaveLength(COLUMN_MEMO_LIMIT + 12);
    expect(members[0].village).toBe("Bản 1");
    expect(members[COLUMN_MEMO_LIMIT + 10].village).toBe("Bản 1");
    expect(members[COLUMN_MEMO_LIMIT + 11].village).toBe(`Bản ${COLUMN_MEMO_LIMIT + 10}`);
    expect(members[COLUMN_MEMO_LIMIT + 11].problems).toEqual([
      {
        field: "village",
        code: "stray-spaces",
        column: 2,
        value: `Bản  ${COLUMN_MEMO_LIMIT + 10}`,
        suggestion: `Bản ${COLUMN_MEMO_LIMIT + 10}`,
      },
    ]);
  });
});

describe("the sheet's legacy encoding", () => {
  test("a word that could be TCVN3 or VNI is read in the encoding of the sheet's header", () => {
    const vniHeader: CellValue[] = ["Hoï vaø teân", "Daân toäc"];
    const table = read([vniHeader, ["Vaøng A Söû", "Moâng"]]);
    expect(table.members[0]).toMatchObject({ name: "Vàng A Sử", ethnicity: "Mông" });
    expect(table.members[0].problems).toContainEqual({
      field: "ethnicity",
      code: "legacy-encoding",
      column: 2,
      value: "Moâng",
      suggestion: "Mông",
    });
  });

  test("in a Unicode sheet the same word is not guessed", () => {
    const table = read([
      ["Họ và tên", "Dân tộc"],
      ["Vàng A Sử", "Moâng"],
    ]);
    expect(table.members[0].ethnicity).toBeNull();
    expect(table.members[0].problems).toMatchObject([
      { field: "ethnicity", code: "unreadable", value: "Moâng" },
    ]);
  });

  test("a legacy text in the first rows tells the encoding for the ambiguous words, before it and after", () => {
    const table = read([
      ["Họ và tên", "Dân tộc"],
      ["Lò Thị Hoa", "Moâng"],
      ["Vaøng A Söû", "Moâng"],
      ["Lò Văn Hùng", "Moâng"],
    ]);
    expect(table.members.map((m) => [m.name, m.ethnicity])).toEqual([
      ["Lò Thị Hoa", "Mông"],
      ["Vàng A Sử", "Mông"],
      ["Lò Văn Hùng", "Mông"],
    ]);
    expect(table.members[2].problems).toEqual([
      {
        field: "ethnicity",
        code: "legacy-encoding",
        column: 2,
        value: "Moâng",
        suggestion: "Mông",
      },
    ]);
  });

  test("Unicode text in a legacy sheet is left as it is", () => {
    const table = read([
      ["Hä vµ tªn", "D©n téc"],
      ["Lò Thị Hoa", "Thái"],
    ]);
    expect(table.members[0]).toMatchObject({ name: "Lò Thị Hoa", ethnicity: "Thái", problems: [] });
  });
});

describe("headings that give the household status of the rows below (issue 14)", () => {
  test("“I. Hộ nghèo”, “II. Hộ cận nghèo”, “III. Các hộ khác” set each member's status where no cell does", () => {
    const table = read([
      ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
      ["I", "Hộ nghèo"],
      [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"],
      ["II", "HỘ CẬN NGHÈO"],
      [2, "Vàng A Sử", "Nam", 1960, "Mông"],
      ["III", "Các hộ khác"],
      [3, "Lò Văn Sơn", "Nam", 1950, "Thái"],
    ]);
    expect(table.members.map((m) => [m.name, m.poverty])).toEqual([
      ["Lò Thị Hoa", "poor"],
      ["Vàng A Sử", "near-poor"],
      ["Lò Văn Sơn", "none"],
    ]);
    expect(table.povertyHeadings).toEqual([
      { row: 3, poverty: "poor" },
      { row: 5, poverty: "near-poor" },
      { row: 7, poverty: "none" },
    ]);
  });
});
