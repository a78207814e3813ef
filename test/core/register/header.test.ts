import type { CellValue, Grid } from "../../../src/core/grid";
import { readMemberTable } from "../../../src/core/register";

function grid(rows: CellValue[][], sheet = "Sheet1"): Grid {
  return { sheet, originRow: 1, originCol: 1, rows };
}

const MEMBER: CellValue[] = [1, "Lò Thị Hoa", "Nữ", 1955, "Thái"];

describe("finding the header row", () => {
  test("below title rows, the row naming the most fields is the header", () => {
    const table = readMemberTable(
      grid([
        ["HỘI NGƯỜI CAO TUỔI XÃ BẢN HON"],
        ["DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ LẰNG"],
        ["(Kèm theo Quyết định số 15/QĐ-UBND ngày 12/3/2019)"],
        [],
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
        MEMBER,
      ])
    );
    expect(table?.headerRows).toEqual([5]);
    expect(table?.firstDataRow).toBe(6);
    expect(table?.columns).toEqual({ no: 1, name: 2, gender: 3, birth: 4, ethnicity: 5 });
  });

  test("no column of names means no member table", () => {
    expect(
      readMemberTable(
        grid([
          ["STT", "Chỉ tiêu", "Số lượng"],
          [1, "Số CLB", 3],
        ])
      )
    ).toBeNull();
    expect(readMemberTable(grid([]))).toBeNull();
  });

  test("the header is looked for in the first 30 rows only", () => {
    const padding: CellValue[][] = Array.from({ length: 30 }, () => ["ghi chú"]);
    expect(
      readMemberTable(grid([...padding, ["Họ và tên", "Giới tính"], ["Lò Thị Hoa", "Nữ"]]))
    ).toBeNull();
    const table = readMemberTable(grid([...padding.slice(1), ["Họ và tên", "Giới tính"]]));
    expect(table?.headerRows).toEqual([30]);
  });

  test("a first data row that happens to hold header words does not make a two-row header", () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên", "Hoàn cảnh", "Giới tính"],
        ["Lò Thị Hoa", "Nghèo", "Nữ"],
      ])
    );
    expect(table?.headerRows).toEqual([1]);
    expect(table?.columns.poverty).toBe(2);
    expect(table?.povertyMarks).toBeNull();
    expect(table?.members[0].poverty).toBe("poor");
  });

  test("a group title over ordinary headers is not part of the header", () => {
    const table = readMemberTable(
      grid([
        ["Thông tin thành viên", null, null],
        ["Họ và tên", "Năm sinh", "Dân tộc"],
        ["Lò Thị Hoa", 1955, "Thái"],
      ])
    );
    expect(table?.headerRows).toEqual([2]);
    expect(table?.members).toHaveLength(1);
  });
});

describe("header synonyms", () => {
  test.each([
    ["Họ và tên", "name"],
    ["HỌ VÀ TÊN", "name"],
    ["Họ tên", "name"],
    ["Ho va ten", "name"],
    ["Tên thành viên", "name"],
    ["Họ và\ntên", "name"],
    ["Giới tính", "gender"],
    ["Nam/Nữ", "gender"],
    ["Ngày tháng năm sinh", "birth"],
    ["Ngày sinh", "birth"],
    ["Dân tộc", "ethnicity"],
    ["Chức vụ trong BCN", "role"],
    ["Chức vụ", "role"],
    ["Tên CLB", "club"],
    ["Xã/Phường", "commune"],
    ["Thôn/Bản/Tổ", "village"],
    ["Tổ/Nhóm", "group"],
    ["Đóng góp (đồng)", "contribution"],
    ["Số tiền vay (VNĐ)", "loan"],
    ["Ngày tham gia", "joined"],
  ])("%s is the %s column", (header, field) => {
    const rows: CellValue[][] = field === "name" ? [[header, "Dân tộc"]] : [["Họ và tên", header]];
    const table = readMemberTable(grid(rows));
    expect(table?.columns).toEqual(
      field === "name" ? { name: 1, ethnicity: 2 } : { name: 1, [field]: 2 }
    );
  });

  test("header cells that name no field are listed, and so is a second column of the same field", () => {
    const table = readMemberTable(grid([["Họ và tên", "Quê quán", "Họ tên", "", "Số CMND"]]));
    expect(table?.columns).toEqual({ name: 1 });
    expect(table?.unmapped).toEqual([
      { column: 2, header: "Quê quán" },
      { column: 3, header: "Họ tên" },
      { column: 5, header: "Số CMND" },
    ]);
  });

  test("legacy-encoded and decomposed headers are matched after cleaning", () => {
    const tcvn3 = readMemberTable(grid([["Hä vµ tªn", "Giíi tÝnh", "D©n téc"]]));
    expect(tcvn3?.columns).toEqual({ name: 1, gender: 2, ethnicity: 3 });
    const nfd = readMemberTable(
      grid([["Họ và tên".normalize("NFD"), "Năm sinh".normalize("NFD")]])
    );
    expect(nfd?.columns).toEqual({ name: 1, birth: 2 });
  });
});

describe("two-row headers", () => {
  test('"Năm sinh" merged over "Nam" | "Nữ" is the split birth layout', () => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", "Năm sinh", null, "Dân tộc"],
        [null, null, "Nam", "Nữ", null],
        [1, "Lò Văn Minh", 1952, null, "Thái"],
        [2, "Lò Thị Ón", null, 1956, "Thái"],
      ])
    );
    expect(table?.headerRows).toEqual([1, 2]);
    expect(table?.firstDataRow).toBe(3);
    expect(table?.splitBirth).toEqual({ male: 3, female: 4 });
    expect(table?.columns).toEqual({ no: 1, name: 2, ethnicity: 5 });
    expect(table?.members.map((m) => [m.gender, m.birth])).toEqual([
      ["male", { year: 1952 }],
      ["female", { year: 1956 }],
    ]);
  });

  test('"Nam" without "Nữ" is no split layout: "Năm sinh" stays the birth column', () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên", "Năm sinh", "Dân tộc", "Giới tính"],
        [null, "Nam", null, null],
      ])
    );
    expect(table?.splitBirth).toBeNull();
    expect(table?.headerRows).toEqual([1]);
    expect(table?.columns).toEqual({ name: 1, birth: 2, ethnicity: 3, gender: 4 });
  });

  test('a "Giới tính" column beside the split layout is not read: the split says the gender', () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên", "Giới tính", "Năm sinh", null],
        [null, null, "Nam", "Nữ"],
        ["Lò Văn Minh", "Nữ", 1952, null],
      ])
    );
    expect(table?.splitBirth).toEqual({ male: 3, female: 4 });
    expect(table?.columns).toEqual({ name: 1 });
    expect(table?.unmapped).toEqual([{ column: 2, header: "Giới tính" }]);
    expect(table?.members[0].gender).toBe("male");
  });

  test('"Hộ" over "Nghèo" | "Cận nghèo" gives poverty mark columns', () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên", "Hộ", null, "Dân tộc"],
        [null, "Nghèo", "Cận nghèo", null],
        ["Lò Văn Minh", null, "x", "Thái"],
      ])
    );
    expect(table?.povertyMarks).toEqual({ poor: 2, "near-poor": 3 });
    expect(table?.members[0].poverty).toBe("near-poor");
  });

  test("mark columns in one row; a free-text poverty column beside them is set aside", () => {
    const table = readMemberTable(
      grid([["Họ tên", "Hộ nghèo", "Hộ cận nghèo", "Hoàn cảnh khó khăn", "Hoàn cảnh gia đình"]])
    );
    expect(table?.povertyMarks).toEqual({ poor: 2, "near-poor": 3, hardship: 4 });
    expect(table?.columns).toEqual({ name: 1 });
    expect(table?.unmapped).toEqual([{ column: 5, header: "Hoàn cảnh gia đình" }]);
  });
});

describe("the numbering row under the header", () => {
  test.each([[["(1)", "(2)", "(3)"]], [[1, 2, 3]], [["1", "2", "3"]], [["A", "B", 1]]])(
    "%j is skipped",
    (numbering) => {
      const table = readMemberTable(
        grid([["STT", "Họ và tên", "Năm sinh"], numbering, [1, "Lò Thị Hoa", 1955]])
      );
      expect(table?.firstDataRow).toBe(3);
      expect(table?.members.map((m) => m.row)).toEqual([3]);
    }
  );

  test("a first member is not taken for a numbering row", () => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", "Năm sinh"],
        [1, "Lò Thị Hoa", 1955],
      ])
    );
    expect(table?.firstDataRow).toBe(2);
    expect(table?.members).toHaveLength(1);
  });
});

describe("money headers phrased otherwise", () => {
  test.each([
    ["Đã đóng quỹ (đồng)", "contribution"],
    ["Số tiền đã vay", "loan"],
    ["Tiền nộp quỹ (VNĐ)", "contribution"],
    ["Vốn vay từ quỹ CLB (đồng)", "loan"],
  ])("%s is the %s column", (header, field) => {
    expect(readMemberTable(grid([["Họ và tên", header]]))?.columns).toEqual({
      name: 1,
      [field]: 2,
    });
  });

  test.each(["Ngày vay", "Mục đích vay vốn", "Thời hạn vay (tháng)", "Lãi suất vay"])(
    "%s is not an amount",
    (header) => {
      expect(readMemberTable(grid([["Họ và tên", header]]))?.columns).toEqual({ name: 1 });
    }
  );
});

describe("codes a header explains", () => {
  test("“Giới tính (1: Nam; 0: Nữ)” reads 1 and 0 as the genders, typed as numbers or as digits", () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên", "Giới tính (1: Nam; 0: Nữ)", "Diện hộ (1-Hộ nghèo, 2-Cận nghèo, 3-Không)"],
        ["Lò Thị Hoa", 0, 1],
        ["Vàng A Sử", "1", "3"],
        ["Lò Văn Sơn", 2, 2],
      ])
    );
    expect(table?.members.map((m) => [m.gender, m.poverty])).toEqual([
      ["female", "poor"],
      ["male", "none"],
      [null, "near-poor"],
    ]);
    expect(table?.layout.columns[1].codes).toEqual({ "1": "Nam", "0": "Nữ" });
  });

  test("a lone number in brackets numbers a column: it explains no code", () => {
    const table = readMemberTable(
      grid([
        ["Họ và tên (2)", "Giới tính (3)"],
        ["Lò Thị Hoa", "Nữ"],
      ])
    );
    expect(table?.layout.columns[1].codes).toBeUndefined();
    expect(table?.members[0].gender).toBe("female");
  });
});

describe("free-text columns of household status", () => {
  test.each(["Thuộc diện", "Diện", "Đối tượng"])(
    "“%s” is read for the poverty it states; a blank there is a household that is neither",
    (header) => {
      const table = readMemberTable(
        grid([
          ["Họ và tên", header],
          ["Vi Văn Hải", "Hộ nghèo"],
          ["Lò Thị Hoa", "Cận nghèo"],
          ["Cầm Văn Minh", "HN"],
          ["Lường Thị Lan", null],
        ])
      );
      expect(table?.members.map((m) => m.poverty)).toEqual(["poor", "near-poor", "poor", "none"]);
    }
  );
});

describe("the split birth layout in one header row", () => {
  test.each([
    ["Năm sinh (Nam)", "Năm sinh (Nữ)"],
    ["Năm sinh Nam", "Năm sinh Nữ"],
    ["Nam (năm sinh)", "Nữ (năm sinh)"],
    ["NS nam", "NS nữ"],
  ])("“%s” | “%s”: the year is under the member's gender", (male, female) => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", male, female, "Dân tộc"],
        [1, "Lò Thị Hoa", null, 1955, "Thái"],
        [2, "Vàng A Sử", 1960, null, "Mông"],
      ])
    );
    expect(table?.splitBirth).toEqual({ male: 3, female: 4 });
    expect(table?.members.map((m) => [m.gender, m.birth?.year])).toEqual([
      ["female", 1955],
      ["male", 1960],
    ]);
  });

  test("“Năm sinh” alone, or beside “Nam” in a name, is still the birth", () => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc"],
        [1, "Lò Thị Hoa", 1955, "Nữ", "Thái"],
      ])
    );
    expect(table?.columns.birth).toBe(3);
  });
});

describe("the unit of the amounts", () => {
  const table = (lineAbove: string | null, loanHeader: string) =>
    readMemberTable(
      grid([
        ["DANH SÁCH THÀNH VIÊN CLB LTHTGN LÀNG PLEI KU TONG"],
        [null, null, null, null, lineAbove],
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", loanHeader],
        [1, "Ksor Y Thiên", "Nam", 1988, 5000],
        [2, "Kpă H' Nhui", "Nữ", 1945, "2.500"],
      ])
    )?.members.map((m) => m.loan);

  test.each([
    ["ĐVT: 1.000 đồng", 1_000],
    ["Đơn vị tính: nghìn đồng", 1_000],
    ["Đơn vị: triệu đồng", 1_000_000],
    ["ĐVT: đồng", 1],
  ])("a line “%s” above the table scales its amounts that state no unit", (line, scale) => {
    expect(table(line, "Vay vốn quay vòng")).toEqual([5000 * scale, 2500 * scale]);
  });

  test("an amount's own unit wins over the line above, and no line leaves amounts in đồng", () => {
    expect(table("ĐVT: 1.000 đồng", "Số tiền vay (đồng)")).toEqual([5000, 2500]);
    expect(table("ĐVT: 1.000 đồng", "Số tiền vay (triệu đồng)")).toEqual([5e9, 2.5e9]);
    expect(table(null, "Vay vốn quay vòng")).toEqual([5000, 2500]);
    // A note that is not a unit line is not one.
    expect(table("Đơn vị quản lý: Hội NCT xã", "Vay vốn quay vòng")).toEqual([5000, 2500]);
  });
});

describe("headers in English", () => {
  test("an English row under the Vietnamese header is part of the header, not a member", () => {
    const table = readMemberTable(
      grid([
        ["TT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Hộ nghèo", "Chức vụ"],
        ["No.", "Full name", "Sex (M/F)", "Year of birth", "Ethnicity", "Poor HH", "Position"],
        [1, "Quach Thi Mui", "F", 1949, "Muong", "x", "Chairperson"],
        [2, "Pham Ngoc Thuy", "F", 1980, "Kinh", null, "Vice-chair"],
        [3, "Ha Van Son", "M", 1952, "Muong", null, "Member"],
      ])
    );
    expect(table?.firstDataRow).toBe(3);
    expect(table?.members.map((m) => [m.name, m.gender, m.ethnicity, m.poverty, m.role])).toEqual([
      ["Quach Thi Mui", "female", "Mường", "poor", "chair"],
      ["Pham Ngoc Thuy", "female", "Kinh", "none", "vice-chair"],
      ["Ha Van Son", "male", "Mường", "none", "member"],
    ]);
    expect(table?.members.flatMap((m) => m.problems)).toEqual([]);
  });

  test("a register headed in English alone is read", () => {
    const table = readMemberTable(
      grid([
        ["No.", "Full name", "Sex", "Year of birth", "Ethnic group", "Loan (VND)"],
        [1, "Quach Thi Mui", "F", 1949, "Muong", "3,000,000"],
      ])
    );
    expect(table?.columns).toEqual({ no: 1, name: 2, gender: 3, birth: 4, ethnicity: 5, loan: 6 });
    expect(table?.members[0].loan).toBe(3_000_000);
  });

  test("“Nợ” (a debt) is not “No.” (the row number)", () => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Nợ"],
        [1, "Lò Thị Hoa", "Nữ", 1955, 500000],
      ])
    );
    expect(table?.columns.no).toBe(1);
  });
});

describe("codes explained under the list, and the notes there", () => {
  const rows = (legend: CellValue[][]): CellValue[][] => [
    ["TT", "Họ và tên", "Năm sinh", "Giới tính (1)", "Mã dân tộc (2)", "Diện hộ (3)"],
    [1, "Lô Văn Khăm", 1938, 1, 29, 2],
    [2, "Hoàng Thị Xiêng", 1936, 2, "03", 0],
    [3, "Điêu Thị Hom", 1966, 2, "03", 1],
    [],
    ...legend,
  ];
  const LEGEND: CellValue[][] = [
    ["Ghi chú:"],
    ["(1)", "Giới tính: 1 - Nam; 2 - Nữ"],
    [
      "(2)",
      "Mã dân tộc theo Danh mục các dân tộc Việt Nam của TCTK: 01 - Kinh; 03 - Thái; 29 - Khơ Mú",
    ],
    ["(3)", "Diện hộ: 1 - Hộ nghèo; 2 - Hộ cận nghèo; 0 - Hộ khác"],
  ];

  test("a legend marked as its column is (“Giới tính (1)” and “(1) Giới tính: 1 - Nam; 2 - Nữ”) decodes it", () => {
    const table = readMemberTable(grid(rows(LEGEND)));
    expect(table?.members.map((m) => [m.gender, m.ethnicity, m.poverty])).toEqual([
      ["male", "Khơ Mú", "near-poor"],
      ["female", "Thái", "none"],
      ["female", "Thái", "poor"],
    ]);
    expect(table?.members.flatMap((m) => m.problems)).toEqual([]);
    // The notes and legends are not members; they are reported as rows the list does not count.
    expect(table?.members).toHaveLength(3);
    expect(table?.rowsAfterFooter.map((r) => r.row)).toEqual([7, 8, 9]);
  });

  test("an unmarked legend decodes the column whose field its label names", () => {
    const table = readMemberTable(grid(rows([["Giới tính: 1 - Nam; 2 - Nữ"]])));
    expect(table?.members.map((m) => m.gender)).toEqual(["male", "female", "female"]);
    expect(table?.members).toHaveLength(3);
  });

  test("without a legend, codes stay unreadable, never guessed", () => {
    const table = readMemberTable(grid(rows([])));
    expect(table?.members.map((m) => m.gender)).toEqual([null, null, null]);
  });

  test("one code of a gender in the header (“Giới tính (Nữ=1)”) gives the other as 0", () => {
    const table = readMemberTable(
      grid([
        ["TT", "Họ và tên", "Năm sinh", "Giới tính (Nữ=1)", "Dân tộc"],
        [1, "Lò Thị Hoa", 1955, 1, "Thái"],
        [2, "Vàng A Sử", 1960, 0, "Mông"],
        [3, "Lò Văn Pọm", 1950, "0", "Thái"],
      ])
    );
    expect(table?.members.map((m) => m.gender)).toEqual(["female", "male", "male"]);
  });
});

describe("a household status header of abbreviations", () => {
  test("“HN/CN” or “Hộ nghèo, cận nghèo” says that CN is cận nghèo there (elsewhere it is the chair)", () => {
    const read = (header: string) =>
      readMemberTable(
        grid([
          ["TT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", header],
          [1, "Ksor Y Thiên", 1988, "Nam", "Gia Rai", "CN"],
          [2, "Lê Minh Hùng", 1981, "Nam", "Kinh", "HN"],
          [3, "Kpă H' Nhui", 1945, "Nữ", "Gia Rai", "-"],
        ])
      )?.members.map((m) => m.poverty);
    expect(read("HN/CN")).toEqual(["near-poor", "poor", "none"]);
    // A header naming near-poor households says it too; one that names no status does not.
    expect(read("Hộ nghèo, cận nghèo")).toEqual(["near-poor", "poor", "none"]);
    expect(read("Phân loại hộ")).toEqual([null, "poor", "none"]);
  });
});

describe("a hidden column beside a shown one of the same meaning", () => {
  const rows: CellValue[][] = [
    ["TT", "Họ và tên", "Giới tính", "Năm sinh", "Năm sinh", "Dân tộc"],
    [1, "Lò Thị Hoa", "Nữ", 1965, 1955, "Thái"],
    [2, "Vàng A Sử", "Nam", 1971, 1961, "Mông"],
  ];

  test("is set aside: the shown one is read (an old copy kept out of sight)", () => {
    const table = readMemberTable({ ...grid(rows), hiddenColumns: [4] });
    expect(table?.columns.birth).toBe(5);
    expect(table?.members.map((m) => m.birth?.year)).toEqual([1955, 1961]);
  });

  test("is read when nothing else holds its field, and the first of two shown ones wins as before", () => {
    expect(readMemberTable(grid(rows))?.columns.birth).toBe(4);
    const alone = rows.map((row) => [...row.slice(0, 4), ...row.slice(5)]);
    expect(readMemberTable({ ...grid(alone), hiddenColumns: [4] })?.columns.birth).toBe(4);
  });
});

describe("headers listing household statuses, and a departure written after the name", () => {
  test("“Hộ nghèo, cận nghèo, khó khăn” heads a status column; “(xoá)” after a name is a member struck off", () => {
    const table = readMemberTable(
      grid([
        [
          "TT",
          "Họ và tên",
          "Năm sinh",
          "Giới tính",
          "Hộ nghèo, cận nghèo, khó khăn",
          "Tổng góp quỹ",
        ],
        [1, "Lò Thị Hoa", 1955, "Nữ", "Cận nghèo", 200000],
        [2, "Đinh Quang Hùng (xoá)", 1960, "Nam", "Khó khăn", 100000],
      ])
    );
    expect(table?.columns).toMatchObject({ poverty: 5, contribution: 6 });
    expect(table?.members.map((m) => [m.poverty, m.status])).toEqual([
      ["near-poor", "current"],
      ["hardship", "former"],
    ]);
  });
});

describe("the gender a list gives without a gender column", () => {
  const read = (rows: CellValue[][]) => {
    const table = readMemberTable(grid([["TT", "Họ và tên", "Năm sinh", "Dân tộc"], ...rows]));
    if (table === null) throw new Error("no table");
    return table;
  };

  test("sections “I. NAM (2 người)” / “II. NỮ” give the rows below them their gender", () => {
    const table = read([
      ["I. NAM (2 người)"],
      [1, "Bùi Minh Lợi", 1966, "Kinh"],
      [2, "Lê Văn Hải", 1940, "Kinh"],
      ["II. NỮ"],
      [3, "Lê Thị Hoa", 1950, "Kinh"],
    ]);
    expect(table.members.map((m) => m.gender)).toEqual(["male", "male", "female"]);
  });

  test("“Ông” / “Bà” before each name say it", () => {
    const table = read([
      [1, "Ông Nguyễn Văn An", 1950, "Kinh"],
      [2, "Bà Lý Thị Hoa", 1952, "Dao"],
      [3, "Cụ bà Triệu Thị Mùi", 1940, "Dao"],
      [4, "Bàn Văn Sơn", 1948, "Dao"],
      [5, "Ông Thị Lan", 1951, "Kinh"],
    ]);
    // "Bàn" is a family name, not "Bà", and so is "Ông" before "Thị": those genders stay unknown.
    expect(table.members.map((m) => m.gender)).toEqual(["male", "female", "female", null, null]);
  });

  test("a gender column's cell is never overridden by a title", () => {
    const table = readMemberTable(
      grid([
        ["TT", "Họ và tên", "Giới tính", "Năm sinh"],
        [1, "Ông Nguyễn Văn An", null, 1950],
      ])
    );
    expect(table?.members[0].gender).toBeNull();
  });
});

describe("lists exported from software and other columns of a third probe", () => {
  test("a status column and a “Ngày ra khỏi CLB” date say who left; “NULL” there says nothing", () => {
    const table = readMemberTable(
      grid([
        ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Trạng thái", "Ngày ra khỏi CLB"],
        [1, "Bùi Ngọc Liên", 1950, "Nữ", "Đang sinh hoạt", "NULL"],
        [2, "Đỗ Thu Huệ", 1951, "Nữ", "Đã mất", "NULL"],
        [3, "Nguyễn Văn Lợi", 1952, "Nam", "Đang sinh hoạt", new Date(Date.UTC(2024, 2, 15))],
        [4, "Lê Văn Hải", 1953, "Nam", null, "2023"],
      ])
    );
    expect(table?.members.map((m) => [m.status, m.statusNote])).toEqual([
      ["current", null],
      ["former", "Đã mất"],
      ["former", "Ngày ra khỏi CLB: 15/03/2024"],
      ["former", "Ngày ra khỏi CLB: 2023"],
    ]);
  });

  test("“Trưởng CLB” / “Phó CLB”, “Hoàn cảnh hộ”, “Dân tộc/Tôn giáo”, “CN” under “Hộ nghèo, cận nghèo”, “1.958”", () => {
    const read = (header: string[], row: CellValue[]) =>
      readMemberTable(
        grid([
          ["STT", "Họ và tên", "Năm sinh", ...header],
          [1, "Ma Thị Lan", ...row],
        ])
      )?.members[0];
    expect(read(["Chức vụ"], [1950, "Trưởng CLB"])?.role).toBe("chair");
    expect(read(["Chức vụ"], [1950, "Phó trưởng CLB"])?.role).toBe("vice-chair");
    expect(read(["Hoàn cảnh hộ"], [1950, "Hộ nghèo"])?.poverty).toBe("poor");
    expect(read(["Dân tộc/Tôn giáo"], [1950, "Tày - Phật giáo"])?.ethnicity).toBe("Tày");
    expect(read(["Hộ nghèo, cận nghèo"], [1950, "CN"])?.poverty).toBe("near-poor");
    expect(read(["Giới tính"], ["1.958", "Nữ"])?.birth).toEqual({ year: 1958 });
  });
});
