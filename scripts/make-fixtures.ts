/**
 * Writes the corpus of member registers in test/fixtures/registers/: small real .xlsx files, one per layout
 * met in the field. Run with `npx tsx scripts/make-fixtures.ts`; the files are committed.
 *
 * Each fixture has a hand-written expectation in test/fixtures/registers/expected/<name>.json, read from the
 * rows below (sheet row = position in `rows` + 1). Change one, change the other by hand.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";

type Cell = ExcelJS.CellValue;

interface SheetSpec {
  readonly name: string;
  /** rows[0] is sheet row 1; undefined / null cells are left empty. */
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: readonly string[];
}

interface Fixture {
  readonly file: string;
  readonly sheets: readonly SheetSpec[];
}

const OUT = join(__dirname, "..", "test", "fixtures", "registers");
/** Written into the workbook properties so that rerunning the script changes as little as possible. */
const FIXED_TIME = new Date(Date.UTC(2024, 0, 1));

const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month - 1, date));
const nfd = (text: string) => text.normalize("NFD");

const FIXTURES: readonly Fixture[] = [
  {
    // One-row header on row 1; the club is the sheet's name; poverty written as values; a rich-text name.
    file: "simple-header.xlsx",
    sheets: [
      {
        name: "CLB Nà Lằng",
        rows: [
          /* 1 */ [
            "STT",
            "Họ và tên",
            "Giới tính",
            "Năm sinh",
            "Dân tộc",
            "Hộ nghèo/Cận nghèo",
            "Chức vụ",
          ],
          /* 2 */ [1, "Lò Thị Hoa", "Nữ", 1955, "Thái", "Nghèo", "Chủ nhiệm"],
          /* 3 */ [2, "Vàng A Sử", "Nam", 1962, "Mông", "Cận nghèo", "Phó chủ nhiệm"],
          /* 4 */ [3, "Tẩn Láo Mẩy", "Nữ", 1958, "Dao", "HN", "Ủy viên"],
          /* 5 */ [4, "Lò Văn Sơn", "Nam", 1950, "Thái", "Không", "Thành viên"],
          /* 6 */ [
            5,
            { richText: [{ text: "Lò Thị " }, { font: { bold: true }, text: "Pọm" }] },
            "Nữ",
            1964,
            "Thái",
            null,
            "Thành viên",
          ],
          /* 7 */ [6, "Giàng Thị Dua", "Nữ", 1970, "Mông", "Hộ cận nghèo", null],
          /* 8 */ [7, "Lý Mé Xá", "Nữ", 1966, "Hà Nhì", "Khó khăn", "Thành viên"],
          /* 9 */ [8, "Hoàng Văn Páo", "Nam", 1948, "Giáy", "-", "Thành viên"],
        ],
      },
    ],
  },
  {
    // Title rows above the header: the association, the club (merged across), the decision note.
    file: "title-rows.xlsx",
    sheets: [
      {
        name: "Sheet1",
        merges: ["A1:C1", "E1:G1", "A2:G2", "A3:G3"],
        rows: [
          /* 1 */ [
            "HỘI NGƯỜI CAO TUỔI XÃ BẢN HON",
            null,
            null,
            null,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          ],
          /* 2 */ ["CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG"],
          /* 3 */ ["(Kèm theo Quyết định số 15/QĐ-UBND ngày 12/3/2019 của UBND xã Bản Hon)"],
          /* 4 */ [],
          /* 5 */ ["TT", "Họ tên", "Giới tính", "Năm sinh", "Dân tộc", "Thôn/Bản", "Ghi chú"],
          /* 6 */ [1, "Lò Văn Hặc", "Nam", 1952, "Thái", "Nà Lằng", null],
          /* 7 */ [2, "Lò Thị Ón", "Nữ", 1957, "Thái", "Nà Lằng", null],
          /* 8 */ [3, "Tòng Văn Ún", "Nam", 1960, "Thái", "Nà Lằng", "Mới tham gia"],
          /* 9 */ [4, "Lò Thị Xiêng", "Nữ", 1963, "Thái", "Nà Lằng", null],
          /* 10 */ [5, "Cà Thị Pâng", "Nữ", 1975, "Thái", "Nà Lằng", null],
          /* 11 */ [6, "Lường Văn Nọi", "Nam", 1968, "Kháng", "Nà Lằng", null],
        ],
      },
    ],
  },
  {
    // Two-row merged header: "Năm sinh" over Nam | Nữ (the split birth layout) and "Hộ" over Nghèo | Cận nghèo.
    file: "split-birth.xlsx",
    sheets: [
      {
        name: "Danh sách",
        merges: ["A1:I1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:G3", "H3:H4", "I3:I4"],
        rows: [
          /* 1 */ ["DANH SÁCH THÀNH VIÊN CLB LTHTGN XÃ BẢN GIANG"],
          /* 2 */ [],
          /* 3 */ [
            "STT",
            "Họ và tên",
            "Năm sinh",
            null,
            "Dân tộc",
            "Hộ",
            null,
            "Chức vụ",
            "Ghi chú",
          ],
          /* 4 */ [null, null, "Nam", "Nữ", null, "Nghèo", "Cận nghèo"],
          /* 5 */ [1, "Lò Văn Minh", 1952, null, "Thái", "x", null, "Chủ nhiệm"],
          /* 6 */ [2, "Lò Thị Ón", null, 1956, "Thái", null, "x", "Ủy viên"],
          /* 7 */ [3, "Tao Văn Hặc", 1961, null, "Lào", null, null, "Thành viên"],
          /* 8 */ [4, "Đèo Thị Xuân", null, 1967, "Thái", "X", null, "Thành viên"],
          /* 9 */ [
            5,
            "Lò Thị Dung",
            1958,
            1958,
            "Thái",
            null,
            null,
            "Thành viên",
            "Ghi cả hai cột",
          ],
          /* 10 */ [6, "Vì Văn Khiêm", null, null, "Thái", null, "x", "Thành viên"],
          /* 11 */ [7, "Lường Thị Hương", null, 1972, "Thái"],
        ],
      },
    ],
  },
  {
    // Poverty as "x" marks in three columns; dashes and 0 say "no"; a word that is not a mark.
    file: "poverty-marks.xlsx",
    sheets: [
      {
        name: "Bản Pa Tần",
        rows: [
          /* 1 */ [
            "TT",
            "Họ tên",
            "Giới tính",
            "Năm sinh",
            "Dân tộc",
            "Hộ nghèo",
            "Hộ cận nghèo",
            "Hoàn cảnh khó khăn",
            "Chức vụ trong BCN",
          ],
          /* 2 */ [1, "Sùng A Chá", "Nam", 1957, "Mông", "x", null, null, "Chủ nhiệm"],
          /* 3 */ [2, "Giàng Thị Mỷ", "Nữ", 1963, "Mông", null, "X", null, "Phó chủ nhiệm"],
          /* 4 */ [3, "Thào Thị Dở", "Nữ", 1969, "Mông", null, null, "x", "Ủy viên"],
          /* 5 */ [4, "Sùng Thị Sua", "Nữ", 1975, "Mông", null, null, null, "Thành viên"],
          /* 6 */ [5, "Vàng A Lử", "Nam", 1952, "Mông", "x", null, "x", "Thành viên"],
          /* 7 */ [6, "Thào A Chu", "Nam", 1960, "Mông", "-", "-", "-", "Thành viên"],
          /* 8 */ [7, "Giàng Thị Pà", "Nữ", 1966, "Mông", "nghèo lắm", null, null, "Thành viên"],
          /* 9 */ [8, "Sùng Thị Chư", "Nữ", 1971, "Mông", 0, "x", null, "Thành viên"],
        ],
      },
    ],
  },
  {
    // Poverty as values in one column; title row naming the club; a signature block without a totals row.
    file: "poverty-values.xlsx",
    sheets: [
      {
        name: "Sheet1",
        merges: ["A1:G1"],
        rows: [
          /* 1 */ ["CLB LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN HUỔI LUÔNG"],
          /* 2 */ [
            "STT",
            "Họ và tên",
            "Giới tính",
            "Năm sinh",
            "Dân tộc",
            "Hoàn cảnh gia đình",
            "Chức vụ",
          ],
          /* 3 */ [1, "Lò Văn Thắng", "Nam", 1955, "Thái", "Hộ nghèo", "Chủ nhiệm"],
          /* 4 */ [2, "Lò Thị Xiêm", "Nữ", 1959, "Thái", "Cận nghèo", "Ủy viên"],
          /* 5 */ [3, "Tòng Thị Hiên", "Nữ", 1962, "Thái", "HCKK", "Thành viên"],
          /* 6 */ [4, "Cà Văn Ỏn", "Nam", 1949, "Thái", "Bình thường", "Thành viên"],
          /* 7 */ [5, "Lò Thị Ả", "Nữ", 1980, "Thái", null, "Thành viên"],
          /* 8 */ [6, "Lò Văn Chăn", "Nam", 1953, "Kháng", "HCN", "Thành viên"],
          /* 9 */ [7, "Quàng Thị Nhót", "Nữ", 1966, "Khơ Mú", "Hộ khá", "Thành viên"],
          /* 10 */ [8, "Lò Thị Muôn", "Nữ", 1970, "Thái", "CN", "Thành viên"],
          /* 11 */ [],
          /* 12 */ [null, null, null, null, "Huổi Luông, ngày 10 tháng 01 năm 2021"],
          /* 13 */ [null, null, null, null, "T/M BAN CHỦ NHIỆM"],
          /* 14 */ [null, null, null, null, "Chủ nhiệm"],
          /* 15 */ [],
          /* 16 */ [null, null, null, null, "Lò Văn Thắng"],
        ],
      },
    ],
  },
  {
    // Several clubs in one sheet: a club column (merged down its members) with subtotals; and club heading rows.
    file: "club-column.xlsx",
    sheets: [
      {
        name: "Toàn xã",
        merges: ["A1:H1", "B3:B6"],
        rows: [
          /* 1 */ ["DANH SÁCH THÀNH VIÊN CÁC CLB LTHTGN XÃ NẬM TĂM"],
          /* 2 */ ["STT", "Tên CLB", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Xã", "Bản"],
          /* 3 */ [1, "CLB Nậm Tăm", "Lò Văn Hùng", "Nam", 1956, "Thái", "Nậm Tăm", "Nậm Tăm"],
          /* 4 */ [2, null, "Lò Thị Phượng", "Nữ", 1961, "Thái", "Nậm Tăm", "Nậm Tăm"],
          /* 5 */ [3, null, "Lù Thị Xuân", "Nữ", 1966, "Lự", "Nậm Tăm", "Nậm Tăm"],
          /* 6 */ [4, null, "Vàng Văn Piếng", "Nam", 1951, "Thái", "Nậm Tăm", "Nậm Tăm"],
          /* 7 */ ["Cộng", null, "4 thành viên"],
          /* 8 */ [5, "CLB Nà Ca", "Tẩn Láo Sài", "Nam", 1958, "Dao", "Nậm Tăm", "Nà Ca"],
          /* 9 */ [6, "CLB Nà Ca", "Tẩn Thị Mẩy", "Nữ", 1963, "Dao", "Nậm Tăm", "Nà Ca"],
          /* 10 */ [7, "CLB Nà Ca", "Lý Thị Chiêu", "Nữ", 1970, "Dao", "Nậm Tăm", "Nà Ca"],
          /* 11 */ ["Cộng", null, "3 thành viên"],
          /* 12 */ ["Tổng cộng", null, "7 thành viên"],
        ],
      },
      {
        name: "Theo CLB",
        merges: ["A2:E2", "A5:E5"],
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
          /* 2 */ ["I. CLB BẢN HỌC"],
          /* 3 */ [1, "Lò Văn Ngọc", "Nam", 1954, "Thái"],
          /* 4 */ [2, "Lò Thị Thanh", "Nữ", 1960, "Thái"],
          /* 5 */ ["II. CÂU LẠC BỘ BẢN CHĂN"],
          /* 6 */ [1, "Hoàng Thị Sen", "Nữ", 1962, "Giáy"],
          /* 7 */ [2, "Hoàng Văn Tạ", "Nam", 1957, "Giáy"],
        ],
      },
    ],
  },
  {
    // One sheet per club, and a sheet of instructions that holds no member table.
    file: "clubs-per-sheet.xlsx",
    sheets: [
      {
        name: "Nà Lằng",
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
          /* 2 */ [1, "Lò Văn Piên", "Nam", 1950, "Thái"],
          /* 3 */ [2, "Lò Thị Khăm", "Nữ", 1955, "Thái"],
          /* 4 */ [3, "Tòng Thị Pọm", "Nữ", 1961, "Thái"],
          /* 5 */ [4, "Cầm Văn Doãn", "Nam", 1958, "Thái"],
          /* 6 */ [5, "Lò Thị Biên", "Nữ", 1972, "Thái"],
        ],
      },
      {
        name: "CLB Bản Hon",
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
          /* 2 */ [1, "Vàng A Dinh", "Nam", 1953, "Mông"],
          /* 3 */ [2, "Hờ Thị Mai", "Nữ", 1959, "Mông"],
          /* 4 */ [3, "Giàng A Sáng", "Nam", 1964, "Mông"],
          /* 5 */ [4, "Vàng Thị Dở", "Nữ", 1967, "Mông"],
          /* 6 */ [5, "Lò Văn Ơn", "Nam", 1949, "Thái"],
        ],
      },
      {
        name: "Sìn Hồ",
        merges: ["A1:E1"],
        rows: [
          /* 1 */ ["CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU THỊ TRẤN SÌN HỒ"],
          /* 2 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
          /* 3 */ [1, "Nguyễn Văn Bình", "Nam", 1951, "Kinh"],
          /* 4 */ [2, "Trần Thị Hạnh", "Nữ", 1956, "Kinh"],
          /* 5 */ [3, "Phàn Thị Dung", "Nữ", 1962, "Dao"],
          /* 6 */ [4, "Lý Seo Chồ", "Nam", 1957, "Hà Nhì"],
          /* 7 */ [5, "Chu Thị Hoa", "Nữ", 1969, "Hà Nhì"],
        ],
      },
      {
        name: "Hướng dẫn",
        rows: [
          /* 1 */ ["Hướng dẫn nhập danh sách"],
          /* 2 */ ["Mỗi câu lạc bộ một trang tính; mỗi thành viên một dòng."],
          /* 3 */ ["Giới tính ghi Nam hoặc Nữ; năm sinh ghi 4 chữ số."],
        ],
      },
    ],
  },
  {
    // Blank rows between members, numbered but empty template rows, a totals row, then the signature block.
    file: "totals-signature.xlsx",
    sheets: [
      {
        name: "Danh sách",
        merges: ["A1:F1", "A15:B15"],
        rows: [
          /* 1 */ ["DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ LTHTGN BẢN PÚ ĐAO"],
          /* 2 */ [],
          /* 3 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ"],
          /* 4 */ [1, "Lò Văn Tiến", "Nam", 1954, "Thái", "Chủ nhiệm"],
          /* 5 */ [2, "Lò Thị Lả", "Nữ", 1960, "Thái", "Phó chủ nhiệm"],
          /* 6 */ [3, "Lò Thị Ngoan", "Nữ", 1965, "Thái", "Thành viên"],
          /* 7 */ [],
          /* 8 */ [4, "Lò Văn Khẩm", "Nam", 1951, "Thái", "Thành viên"],
          /* 9 */ [5, "Tòng Thị Ón", "Nữ", 1970, "Thái", "Thành viên"],
          /* 10 */ [],
          /* 11 */ [],
          /* 12 */ [6, "Lường Thị Sương", "Nữ", 1973, "Thái", "Thành viên"],
          /* 13 */ [7],
          /* 14 */ [8],
          /* 15 */ ["Tổng cộng", null, null, 6],
          /* 16 */ [],
          /* 17 */ [null, "Người lập biểu", null, null, "Xác nhận của UBND xã"],
          /* 18 */ [null, "(Ký, ghi rõ họ tên)", null, null, "(Ký tên, đóng dấu)"],
          /* 19 */ [],
          /* 20 */ [null, "Lò Thị Lả", null, null, "Trần Văn Nam"],
          /* 21 */ [null, null, null, null, "Pú Đao, ngày 15 tháng 3 năm 2020"],
        ],
      },
    ],
  },
  {
    // TCVN3 (".VnTime") text throughout: title, header, names, coded words, totals row.
    file: "tcvn3.xlsx",
    sheets: [
      {
        name: "Sheet1",
        merges: ["A1:F1"],
        rows: [
          /* 1 */ ["DANH S¸CH THµNH VI£N CLB B¶N Nµ L»NG"],
          /* 2 */ ["STT", "Hä vµ tªn", "Giíi tÝnh", "N¨m sinh", "D©n téc", "Chøc vô"],
          /* 3 */ [1, "Lß ThÞ Hoa", "N÷", 1956, "Th¸i", "Chñ nhiÖm"],
          /* 4 */ [2, "Lß V¨n S¬n", "Nam", 1951, "Th¸i", "Phã chñ nhiÖm"],
          /* 5 */ [3, "Tßng ThÞ Xu©n", "N÷", 1960, "Th¸i", "Thµnh viªn"],
          /* 6 */ [4, "NguyÔn ThÞ Mai", "N÷", 1965, "Kinh", "Thµnh viªn"],
          /* 7 */ [5, "§iªu ChÝnh T\u00ad¬i", "Nam", 1958, "Th¸i", "Thµnh viªn"],
          /* 8 */ [6, "L\u00adêng V¨n Minh", "Nam", 1962, "Th¸i", "Thµnh viªn"],
          /* 9 */ ["Tæng céng", null, null, 6],
        ],
      },
    ],
  },
  {
    // VNI ("VNI-Times") text throughout.
    file: "vni.xlsx",
    sheets: [
      {
        name: "Sheet1",
        merges: ["A1:F1"],
        rows: [
          /* 1 */ ["DANH SAÙCH THAØNH VIEÂN CLB BAÛN HON"],
          /* 2 */ ["STT", "Hoï vaø teân", "Giôùi tính", "Naêm sinh", "Daân toäc", "Chöùc vuï"],
          /* 3 */ [1, "Nguyeãn Vaên Huøng", "Nam", 1953, "Kinh", "Chuû nhieäm"],
          /* 4 */ [2, "Loø Thò Hoa", "Nöõ", 1957, "Thaùi", "UÛy vieân"],
          /* 5 */ [3, "Vaøng A Söû", "Nam", 1961, "Moâng", "Thaønh vieân"],
          /* 6 */ [4, "Taån Laùo Maåy", "Nöõ", 1964, "Dao", "Thaønh vieân"],
          /* 7 */ [5, "Hoaøng Thò Lan", "Nöõ", 1968, "Giaùy", "Thaønh vieân"],
          /* 8 */ ["Toång coäng", null, null, 5],
        ],
      },
    ],
  },
  {
    // Decomposed (NFD) Unicode, non-breaking and doubled spaces.
    file: "nfd-spaces.xlsx",
    sheets: [
      {
        name: "CLB Tả Lèng",
        rows: [
          /* 1 */ ["STT", nfd("Họ và tên"), "Giới tính", "Năm sinh", "Dân tộc", "Bản"],
          /* 2 */ [1, nfd("Lò Thị Hoa"), "Nữ", 1955, "Thái", "Tả Lèng"],
          /* 3 */ [2, "Vàng  A Sử", "Nam", 1961, "Mông", "Tả Lèng"],
          /* 4 */ [3, "Tẩn\u00a0Láo Mẩy", "Nữ", 1958, "Dao", "Tả Lèng"],
          /* 5 */ [4, " Giàng Thị Mỷ ", "Nữ", 1966, "Mông", "Tả Lèng"],
          /* 6 */ [5, "Lý Thị Hương", nfd("Nữ"), 1970, "Hà Nhì", "Tả Lèng"],
          /* 7 */ [6, "Hờ A Dơ", "Nam", 1960, "Mông ", "Tả  Lèng"],
          /* 8 */ [7, nfd("Phàn Thị Dung") + " ", "Nữ", 1963, "Dao", "Tả Lèng"],
        ],
      },
    ],
  },
  {
    // Dates of birth in every form: serials, dd/mm/yyyy texts, Date cells, bare years, two-digit years, a
    // formula, an error cell; and a joining-date column.
    file: "dates.xlsx",
    sheets: [
      {
        name: "CLB Nậm Loỏng",
        rows: [
          /* 1 */ [
            "STT",
            "Tên thành viên",
            "Giới tính",
            "Ngày tháng năm sinh",
            "Dân tộc",
            "Ngày tham gia",
          ],
          /* 2 */ [1, "Lò Thị Hoa", "Nữ", 20160, "Thái", day(2019, 5, 20)],
          /* 3 */ [2, "Lò Văn Sơn", "Nam", "12/03/1950", "Thái", "20/05/2019"],
          /* 4 */ [3, "Tòng Thị Xuân", "Nữ", day(1948, 7, 1), "Thái", 2019],
          /* 5 */ [4, "Cà Văn Ỏn", "Nam", 1957, "Thái", 43605],
          /* 6 */ [5, "Lường Thị Hương", "Nữ", "1962", "Thái", null],
          /* 7 */ [6, "Lò Văn Minh", "Nam", "05/06/48", "Thái", null],
          /* 8 */ [7, "Lò Thị Ón", "Nữ", 55, "Thái", null],
          /* 9 */ [8, "Điêu Thị Hằng", "Nữ", "31/02/1950", "Thái", null],
          /* 10 */ [9, "Lò Văn Chăn", "Nam", { formula: "1950+3", result: 1953 }, "Thái", null],
          /* 11 */ [10, "Quàng Văn Hặc", "Nam", { error: "#N/A" }, "Thái", null],
          /* 12 */ [11, "Lò Thị Muôn", "Nữ", "1952-07-14", "Thái", null],
          /* 13 */ [12, "Vì Thị Bun", "Nữ", "ngày 5 tháng 9 năm 1960", "Thái", "năm ngoái"],
          /* 14 */ [13, "Cầm Thị Xuân", "Nữ", 18204, "Thái", null],
        ],
      },
    ],
  },
  {
    // Missing names and required values, unknown spellings, numbered empty rows.
    file: "missing-unknown.xlsx",
    sheets: [
      {
        name: "CLB Hua Bum",
        rows: [
          /* 1 */ [
            "STT",
            "Họ và tên",
            "Giới tính",
            "Năm sinh",
            "Dân tộc",
            "Hộ nghèo/Cận nghèo",
            "Chức vụ",
          ],
          /* 2 */ [1, "Lò Văn Sáng", "Nam", 1950, "Thái", "Nghèo", "Chủ nhiệm"],
          /* 3 */ [2, null, "Nữ", 1961, "Thái", null, "Thành viên"],
          /* 4 */ [3, "Chảo Thị Lở", "Nuw", 1963, "Dao", null, "Thành viên"],
          /* 5 */ [4, "Nguyễn Văn Bình", "Nam", 1958, "Kinhh", null, "Thành viên"],
          /* 6 */ [5, "Lò Thị Ơn", null, 1966, "Thái", null, "Thành viên"],
          /* 7 */ [6, "Vàng Thị Mai", "Nữ", null, null, null, "Thủ quỹ"],
          /* 8 */ [7, "Giàng A Páo", "Nam", 1955, "Mông", "Hộ giàu", "Thành viên"],
          /* 9 */ [null, null, "Nam", 1970, "Mông"],
          /* 10 */ [9],
          /* 11 */ [10],
        ],
      },
    ],
  },
  {
    // Header synonyms: one sheet per way of writing the header; and a summary sheet with no name column.
    file: "header-synonyms.xlsx",
    sheets: [
      {
        name: "Họ tên",
        rows: [
          /* 1 */ ["TT", "Họ tên", "Nam/Nữ", "Ngày sinh", "DT", "Tổ/Nhóm", "Số tiền vay (VNĐ)"],
          /* 2 */ [1, "Lò Văn Tươi", "Nam", 1952, "Thái", "Chăn nuôi", "5.000.000"],
          /* 3 */ [2, "Lò Thị Liên", "Nữ", 1958, "Thái", "Trồng trọt", 3000000],
          /* 4 */ [3, "Tòng Thị Pha", "Nữ", 1966, "Thái", "Chăn nuôi", "2,5 triệu"],
        ],
      },
      {
        name: "HỌ VÀ TÊN",
        rows: [
          /* 1 */ [
            "STT",
            "HỌ VÀ TÊN",
            "GIỚI TÍNH",
            "NĂM SINH",
            "DÂN TỘC",
            "CHỨC VỤ TRONG BCN",
            "ĐÓNG GÓP (ĐỒNG)",
          ],
          /* 2 */ [1, "Sần Văn Chiến", "Nam", 1955, "Giáy", "Chủ nhiệm", 200000],
          /* 3 */ [2, "Hoàng Thị Mai", "Nữ", 1960, "Giáy", "Ủy viên BCN", "200.000"],
          /* 4 */ [3, "Lò Thị Hằng", "Nữ", 1969, "Giáy", "Thành viên", "hai trăm"],
        ],
      },
      {
        name: "Tên thành viên",
        rows: [
          /* 1 */ [
            "Số TT",
            "Tên thành viên",
            "Giới",
            "Ngày tháng năm sinh",
            "Thành phần dân tộc",
            "Chức vụ trong Ban chủ nhiệm",
            "Xã/Phường",
            "Thôn, bản",
            "Ngày tham gia",
          ],
          /* 2 */ [
            1,
            "Pờ Thị Xá",
            "Nữ",
            "02/09/1957",
            "La Hủ",
            "Thành viên",
            "Pa Ủ",
            "Xà Chải",
            "15/06/2018",
          ],
          /* 3 */ [2, "Lỳ Xè Lừ", "Nam", "10/10/1950", "Si La", "PCN", "Can Hồ", "Seo Hay", 2018],
        ],
      },
      {
        name: "Tổng hợp",
        rows: [
          /* 1 */ ["STT", "Chỉ tiêu", "Số lượng"],
          /* 2 */ [1, "Số câu lạc bộ", 3],
          /* 3 */ [2, "Số thành viên", 8],
        ],
      },
    ],
  },
  {
    // A row numbering the columns under the header: "(1)", "(2)", …; 1, 2, …; and under a two-row header.
    file: "numbering-row.xlsx",
    sheets: [
      {
        name: "Kiểu (1)",
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Ghi chú"],
          /* 2 */ ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
          /* 3 */ [1, "Mào Văn Thanh", "Nam", 1953, "Giáy", null],
          /* 4 */ [2, "Mào Thị Hương", "Nữ", 1959, "Giáy", null],
          /* 5 */ [3, "Lù Văn Phong", "Nam", 1962, "Lự", null],
        ],
      },
      {
        name: "Kiểu 1",
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"],
          /* 2 */ [1, 2, 3, 4, 5],
          /* 3 */ [1, "Lò Văn Ín", "Nam", 1956, "Thái"],
          /* 4 */ [2, "Lò Thị Bua", "Nữ", 1961, "Thái"],
        ],
      },
      {
        name: "Hai dòng",
        merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
        rows: [
          /* 1 */ ["STT", "Họ và tên", "Năm sinh", null, "Dân tộc"],
          /* 2 */ [null, null, "Nam", "Nữ"],
          /* 3 */ ["1", "2", "3", "4", "5"],
          /* 4 */ [1, "Tẩn Văn Lình", 1954, null, "Dao"],
          /* 5 */ [2, "Tẩn Thị Mẩy", null, 1960, "Dao"],
        ],
      },
    ],
  },
];

async function writeFixture(fixture: Fixture): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Club Report fixtures";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const spec of fixture.sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(join(OUT, fixture.file));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const fixture of FIXTURES) await writeFixture(fixture);
  console.log(`${FIXTURES.length} registers written to ${OUT}`);
}

void main();
