import type { Bilingual } from "../text";

/** Help texts that several parameters share, said once. */
const VALUES_COLUMN: Bilingual = {
  vi: "Cột giá trị của danh sách, không gồm dòng tiêu đề.",
  en: "The register's column of values, without its header.",
};
const AGES_ON: Bilingual = {
  vi: "Ngày tính tuổi; bỏ trống là hôm nay.",
  en: "The date ages are counted on; today when left out.",
};
const REGISTER_RANGE: Bilingual = {
  vi: "Vùng danh sách thành viên, gồm cả dòng tiêu đề.",
  en: "The member register range, its header row included.",
};
const REPORT_DATE: Bilingual = {
  vi: "Ngày báo cáo để tính tuổi; bỏ trống là hôm nay.",
  en: "The report date ages are counted on; today when left out.",
};
const ETHNIC_TEXT: Bilingual = { vi: "Dân tộc như đã gõ.", en: "The ethnic group as typed." };

/**
 * Messages of the CLUB.* custom functions: the errors they show on #VALUE! and #N/A, the texts they return, and
 * their help as the formula bar shows it. The help's English is the JSDoc of src/functions/functions.ts, which
 * Microsoft's generator turns into functions.json; its Vietnamese goes into functions-vi.json for vi-VN (a test
 * keeps the English here and in the JSDoc the same).
 */
export const functionMessages = {
  "fn.notNumber": {
    vi: "Giá trị không phải là số: {value}. Hãy nhập số hoặc vùng chứa số.",
    en: "Not a number: {value}. Enter a number or a range of numbers.",
  },
  "fn.negative": {
    vi: "Số không được âm: {value}.",
    en: "The number may not be negative: {value}.",
  },
  "fn.errorCell": {
    vi: "Vùng dữ liệu chứa ô lỗi {value}; hãy sửa ô đó trước.",
    en: "The range holds an error cell {value}; correct that cell first.",
  },
  "fn.errorCellAt": {
    vi: "Vùng dữ liệu có ô lỗi {value} ở dòng {row}, cột {column} của vùng; hãy sửa ô đó trước.",
    en: "The range holds an error cell {value} in row {row}, column {column} of the range; correct that cell first.",
  },
  "fn.oneCell": {
    vi: "Cần một giá trị (một ô), không phải một vùng {rows} × {columns} ô.",
    en: "One value (one cell) is expected, not a range of {rows} × {columns} cells.",
  },
  "fn.blank": {
    vi: "Ô trống: chưa có giá trị để đọc.",
    en: "The cell is blank: there is no value to read.",
  },
  "fn.didYouMean": { vi: "Có phải là “{suggestion}”?", en: "Did you mean “{suggestion}”?" },
  "fn.categoryUnknown": {
    vi: "Không hiểu nhóm “{value}”. Hãy ghi Nữ hoặc Nam, tên một dân tộc (Kinh, Thái, Mông…), “thiểu số”, một hoàn cảnh (Hộ nghèo, Cận nghèo, Hoàn cảnh khó khăn) hoặc một chức vụ (Chủ nhiệm, Ủy viên…).",
    en: "“{value}” is not a category. Use Nữ or Nam (female, male), an ethnic group (Kinh, Thái, Mông…), “thiểu số” (ethnic minority), a household status (Hộ nghèo, Cận nghèo, Hoàn cảnh khó khăn) or a board role (Chủ nhiệm, Ủy viên…).",
  },
  "fn.genderUnknown": {
    vi: "Không đọc được giới tính “{value}”: hãy ghi Nam hoặc Nữ.",
    en: "The gender “{value}” cannot be read: write Nam (male) or Nữ (female).",
  },
  "fn.ethnicityUnknown": {
    vi: "Không có dân tộc “{value}” trong danh mục 54 dân tộc Việt Nam.",
    en: "“{value}” is not one of Vietnam's 54 ethnic groups.",
  },
  "fn.birthUnreadable": {
    vi: "Không đọc được năm sinh “{value}”: hãy ghi năm (1955), ngày/tháng/năm (01/07/1955) hoặc một ngày của Excel.",
    en: "The birth “{value}” cannot be read: write a year (1955), a day/month/year date (01/07/1955) or an Excel date.",
  },
  "fn.ageImplausible": {
    vi: "Năm sinh {value} cho tuổi {age} tính đến {reference}, ngoài khoảng {min}–{max} tuổi, nên tuổi được coi là chưa rõ. Hãy kiểm tra lại năm sinh.",
    en: "The birth {value} gives an age of {age} as of {reference}, outside {min}–{max} years, so the age is unknown. Check the birth.",
  },
  "fn.dateUnreadable": {
    vi: "Không đọc được ngày “{value}”: hãy ghi ngày/tháng/năm (31/12/2025), một năm (2025) hoặc một ngày của Excel.",
    en: "The date “{value}” cannot be read: write a day/month/year date (31/12/2025), a year (2025) or an Excel date.",
  },
  "fn.ageThreshold": {
    vi: "Ngưỡng tuổi phải là số nguyên từ 0 đến {max}, không phải “{value}”.",
    en: "The age threshold must be a whole number from 0 to {max}, not “{value}”.",
  },
  "fn.shareUnreadable": {
    vi: "Không đọc được tỷ lệ “{value}”: hãy ghi 82 %, 0,82 hoặc 82.",
    en: "The share “{value}” cannot be read: write 82 %, 0.82 or 82.",
  },
  "fn.countAboveTotal": {
    vi: "Số đếm được ({count}) lớn hơn tổng số ({total}).",
    en: "The count ({count}) is larger than the total ({total}).",
  },
  "fn.noTable": {
    vi: "Không tìm thấy dòng tiêu đề của danh sách thành viên (có cột “Họ và tên”) trong vùng: hãy chọn cả dòng tiêu đề.",
    en: "No header row of a member register (with a “Họ và tên” name column) in the range: include the header row.",
  },
  "fn.unexpected": {
    vi: "Lỗi không mong đợi trong hàm ({detail}). Xin báo cho người hỗ trợ kỹ thuật.",
    en: "Unexpected error in the function ({detail}). Please report it to technical support.",
  },
  "fn.issues.none": {
    vi: "Không có vấn đề nào: đã kiểm tra {members} thành viên.",
    en: "No issues: {members} members checked.",
  },
  "fn.checkShare.ok": { vi: "OK", en: "OK" },
  "fn.checkShare.label": { vi: "Sai lệch", en: "Mismatch" },

  // Help shown in the formula bar: fn.help.<ID> for the function, fn.help.<ID>.<parameter> for each parameter.
  "fn.help.PLANRATE": {
    vi: "Tỷ lệ hoàn thành kế hoạch: số đã đạt ÷ số kế hoạch (18 trên 25 → 72 %); có thể vượt 100 %.",
    en: "Share of a plan achieved: achieved ÷ planned (18 of 25 → 72 %); over plan is allowed.",
  },
  "fn.help.PLANRATE.achieved": {
    vi: "Số đã đạt: một số hoặc một vùng chứa số, được cộng lại.",
    en: "Achieved: a number or a range of numbers, summed.",
  },
  "fn.help.PLANRATE.planned": {
    vi: "Số kế hoạch: một số hoặc một vùng chứa số, được cộng lại.",
    en: "Planned: a number or a range of numbers, summed.",
  },
  "fn.help.COUNT": {
    vi: "Số thành viên thuộc một nhóm: giới tính, dân tộc, “thiểu số”, hoàn cảnh hoặc chức vụ, đọc mọi cách viết như khi kiểm tra danh sách.",
    en: "Members in a category: a gender, an ethnic group, “thiểu số” (minority), a household status or a board role, read in every spelling as the register check reads it.",
  },
  "fn.help.COUNT.values": VALUES_COLUMN,
  "fn.help.COUNT.category": {
    vi: "Nhóm cần đếm, ví dụ “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”, “Chủ nhiệm”.",
    en: "The category, e.g. “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”, “Chủ nhiệm”.",
  },
  "fn.help.SHARE": {
    vi: "Tỷ lệ thành viên thuộc một nhóm: số thuộc nhóm ÷ số ô không trống của vùng (ô trống không phải thành viên; giá trị không đọc được vẫn tính vào mẫu số).",
    en: "Share of members in a category: those in it ÷ the non-blank cells of the range (blank cells are no members; unreadable values count in the denominator).",
  },
  "fn.help.SHARE.values": VALUES_COLUMN,
  "fn.help.SHARE.category": {
    vi: "Nhóm cần tính, ví dụ “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”.",
    en: "The category, e.g. “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”.",
  },
  "fn.help.WOMENSHARE": {
    vi: "Tỷ lệ nữ: số ô đọc được là “Nữ” ÷ số ô không trống.",
    en: "Share of women: cells read as “Nữ” ÷ non-blank cells.",
  },
  "fn.help.WOMENSHARE.genders": {
    vi: "Cột giới tính, không gồm dòng tiêu đề.",
    en: "The gender column, without its header.",
  },
  "fn.help.MINORITYSHARE": {
    vi: "Tỷ lệ dân tộc thiểu số (mọi dân tộc trừ Kinh): số ô thuộc dân tộc thiểu số ÷ số ô không trống.",
    en: "Share of ethnic minority members (any group but Kinh): minority cells ÷ non-blank cells.",
  },
  "fn.help.MINORITYSHARE.ethnicities": {
    vi: "Cột dân tộc, không gồm dòng tiêu đề.",
    en: "The ethnic group column, without its header.",
  },
  "fn.help.AGE": {
    vi: "Tuổi vào một ngày: năm của ngày đó − năm sinh, hoặc số năm tròn khi có đủ ngày sinh. Tuổi ngoài 16–110 là chưa rõ (#N/A).",
    en: "Age on a date: that year − the birth year, or whole years from a full date of birth. An age outside 16–110 is unknown (#N/A).",
  },
  "fn.help.AGE.birth": {
    vi: "Năm sinh (1955), ngày sinh (01/07/1955) hoặc một ngày của Excel.",
    en: "Year of birth (1955), date of birth (01/07/1955) or an Excel date.",
  },
  "fn.help.AGE.asOf": AGES_ON,
  "fn.help.AGESHARE": {
    vi: "Tỷ lệ thành viên từ một độ tuổi trở lên: số người đủ tuổi ÷ số ô không trống (tuổi chưa rõ vẫn tính vào mẫu số).",
    en: "Share of members at or over an age: those old enough ÷ non-blank cells (unknown ages count in the denominator).",
  },
  "fn.help.AGESHARE.births": {
    vi: "Cột năm sinh hoặc ngày sinh, không gồm dòng tiêu đề.",
    en: "The birth column (years or dates), without its header.",
  },
  "fn.help.AGESHARE.minAge": {
    vi: "Ngưỡng tuổi; bỏ trống là 55.",
    en: "The age threshold; 55 when left out.",
  },
  "fn.help.AGESHARE.asOf": AGES_ON,
  "fn.help.GENDER": {
    vi: "Giới tính viết chuẩn, “Nữ” hoặc “Nam”, dù được gõ thế nào (nu, NỮ, F, bảng mã cũ).",
    en: "The gender as “Nữ” or “Nam”, however it is typed (nu, NỮ, F, legacy fonts).",
  },
  "fn.help.GENDER.text": { vi: "Giới tính như đã gõ.", en: "The gender as typed." },
  "fn.help.ETHNICITY": {
    vi: "Tên chuẩn của dân tộc trong 54 dân tộc (“Hmông” → “Mông”); #N/A kèm tên gần nhất khi không nhận ra.",
    en: "The standard name among the 54 ethnic groups (“Hmông” → “Mông”); #N/A with the closest name when unknown.",
  },
  "fn.help.ETHNICITY.text": ETHNIC_TEXT,
  "fn.help.ISMINORITY": {
    vi: "TRUE nếu là dân tộc thiểu số (mọi dân tộc trừ Kinh), FALSE nếu là Kinh; #N/A khi không nhận ra dân tộc.",
    en: "TRUE for an ethnic minority (any group but Kinh), FALSE for Kinh; #N/A when the group is unknown.",
  },
  "fn.help.ISMINORITY.text": ETHNIC_TEXT,
  "fn.help.UNICODE": {
    vi: "Chữ chuyển sang Unicode dựng sẵn: chữ gõ bằng TCVN3 (.VnTime) hay VNI được chuyển đổi, dấu tổ hợp được ghép lại, khoảng trắng thừa được bỏ.",
    en: "The text in precomposed Unicode: TCVN3 (.VnTime) or VNI text converted, combining accents composed, stray spaces removed.",
  },
  "fn.help.UNICODE.text": { vi: "Chữ cần chuyển.", en: "The text to convert." },
  "fn.help.CHECKSHARE": {
    vi: "Đối chiếu tỷ lệ đã báo cáo với số đếm ÷ tổng số: “OK”, hoặc một dòng nói rõ chỗ sai lệch.",
    en: "Checks a reported share against count ÷ total: “OK”, or one line saying what differs.",
  },
  "fn.help.CHECKSHARE.count": {
    vi: "Số đếm được, ví dụ 226 người dân tộc thiểu số.",
    en: "The count, e.g. 226 ethnic minority members.",
  },
  "fn.help.CHECKSHARE.total": {
    vi: "Tổng số, ví dụ 325 thành viên.",
    en: "The total, e.g. 325 members.",
  },
  "fn.help.CHECKSHARE.reported": {
    vi: "Tỷ lệ đã báo cáo: 82 %, 0,82 hoặc “82%”; số lớn hơn 1 được hiểu là phần trăm.",
    en: "The reported share: 82 %, 0.82 or “82%”; a number above 1 is read as a percentage.",
  },
  "fn.help.CHECKSHARE.tolerance": {
    vi: "Sai lệch chấp nhận được; bỏ trống là 0,5 điểm phần trăm (0,005).",
    en: "The largest accepted difference; half a percentage point (0.005) when left out.",
  },
  "fn.help.ISSUES": {
    vi: "Kiểm tra danh sách ngay trong ô: đưa vào vùng danh sách có dòng tiêu đề, nhận về mỗi vấn đề một dòng (ô, mức độ, nội dung, đề xuất sửa).",
    en: "The register check as a formula: the register range with its header row in, one row per issue out (cell, severity, message, proposed fix).",
  },
  "fn.help.ISSUES.table": REGISTER_RANGE,
  "fn.help.ISSUES.reportDate": REPORT_DATE,
  "fn.help.STATS": {
    vi: "Các chỉ tiêu của danh sách thành một bảng hai cột (chỉ tiêu, giá trị), giống lệnh stats; tỷ lệ chia cho tổng số thành viên.",
    en: "The register's indicators as a two-column table (label, value), as the stats command gives them; shares divide by all members.",
  },
  "fn.help.STATS.table": REGISTER_RANGE,
  "fn.help.STATS.reportDate": REPORT_DATE,
  "fn.help.STATS.ageThreshold": {
    vi: "Ngưỡng tuổi chia thành viên cao tuổi và trẻ hơn; bỏ trống là 55.",
    en: "The age dividing older from younger members; 55 when left out.",
  },
} satisfies Record<string, Bilingual>;

export type FunctionMessageKey = keyof typeof functionMessages;
