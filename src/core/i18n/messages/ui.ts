import type { Bilingual } from "../text";

/** Strings of the task pane. */
export const uiMessages = {
  "ui.title": { vi: "Báo cáo CLB", en: "Club Report" },
  "ui.subtitle": {
    vi: "CLB Liên thế hệ tự giúp nhau: kiểm tra danh sách, tính chỉ tiêu, lập báo cáo.",
    en: "Inter-generational Self-Help Clubs: check registers, compute indicators, write the report.",
  },
  "ui.areas": { vi: "Các chức năng", en: "Areas" },
  "ui.area.check": { vi: "Kiểm tra dữ liệu", en: "Check data" },
  "ui.area.indicators": { vi: "Chỉ tiêu", en: "Indicators" },
  "ui.area.report": { vi: "Báo cáo", en: "Report" },
  "ui.area.check.about": {
    vi: "Kiểm tra danh sách thành viên: họ tên, giới tính, năm sinh, dân tộc, hộ nghèo, chức vụ, khoản vay.",
    en: "Check the member register: names, gender, year of birth, ethnic group, poverty, board role, loans.",
  },
  "ui.area.indicators.about": {
    vi: "Tỷ lệ nữ, dân tộc thiểu số, từ 55 tuổi trở lên, hộ nghèo và mức hoàn thành kế hoạch.",
    en: "Shares of women, ethnic minorities, members aged 55 and over, poor households, and plan completion.",
  },
  "ui.area.report.about": {
    vi: "Lập báo cáo theo mẫu hành chính, với công thức tự cập nhật theo danh sách.",
    en: "Write the standard administrative report, with formulas that follow the register.",
  },
  "ui.functionsHint": {
    vi: "Hàm trong ô: gõ =CLUB. để xem các hàm đếm, tỷ lệ, tuổi, dân tộc, kiểm tra số liệu, danh sách lỗi (CLUB.ISSUES) và chỉ tiêu (CLUB.STATS). Ví dụ =CLUB.WOMENSHARE(C5:C330), =CLUB.PLANRATE(18; 25) → 72 %.",
    en: "Functions in cells: type =CLUB. to see the counts, shares, ages, ethnic groups, figure checks, the issue list (CLUB.ISSUES) and the indicators (CLUB.STATS). E.g. =CLUB.WOMENSHARE(C5:C330), =CLUB.PLANRATE(18, 25) → 72 %.",
  },
  "ui.outsideOffice": {
    vi: "Đang chạy ngoài Excel: hãy mở trang này từ nút Báo cáo CLB trong Excel.",
    en: "Running outside Excel: open this page from the Club Report button in Excel.",
  },
  "ui.language": { vi: "Ngôn ngữ", en: "Language" },
  "ui.readSheet": { vi: "Đọc trang tính đang mở", en: "Read the open sheet" },
  "ui.reading": { vi: "Đang đọc {read}/{total} dòng…", en: "Reading {read}/{total} rows…" },
  "ui.cancel": { vi: "Dừng", en: "Cancel" },
  "ui.cancelled": { vi: "Đã dừng đọc trang tính.", en: "Reading the sheet was cancelled." },
  "ui.noTable": {
    vi: "Trang “{sheet}” không có bảng danh sách thành viên: không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 30 dòng đầu.",
    en: "The sheet “{sheet}” holds no member table: no header row with a “Name” column in its first 30 rows.",
  },
  "ui.readFailed": {
    vi: "Không đọc được trang tính: {reason}",
    en: "The sheet could not be read: {reason}",
  },
  "ui.tableFound": {
    vi: "Trang “{sheet}”: {members} thành viên, {clubs} CLB (tiêu đề ở dòng {header}).",
    en: "Sheet “{sheet}”: {members} members, {clubs} clubs (header in row {header}).",
  },
  "ui.summary": {
    vi: "{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý.",
    en: "{errors} errors, {warnings} warnings, {infos} notes.",
  },
  "ui.clean": { vi: "Không có lỗi nào.", en: "No errors." },
  "ui.severity.error": { vi: "Lỗi", en: "Error" },
  "ui.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "ui.severity.info": { vi: "Lưu ý", en: "Note" },
  "ui.showMore": { vi: "Xem thêm {count} mục", en: "Show {count} more" },
  "ui.goToCell": { vi: "Chọn ô {cell}", en: "Select cell {cell}" },
  "ui.suggestion": { vi: "Đề xuất: {value}", en: "Suggested: {value}" },
  "ui.readFirst": {
    vi: "Hãy mở trang danh sách thành viên rồi bấm “Đọc trang tính đang mở” ở phía trên.",
    en: "Open the member sheet, then press “Read the open sheet” above.",
  },
  "ui.referenceDate": { vi: "Ngày tính tuổi", en: "Reference date for ages" },
  "ui.ageThreshold": { vi: "Ngưỡng tuổi cao", en: "Older age threshold" },
  "ui.profile": { vi: "Bộ tiêu chí", en: "Rule profile" },
  "ui.profile.national": { vi: "Toàn quốc (QĐ 1336)", en: "National (QĐ 1336)" },
  "ui.profile.laichau": { vi: "Lai Châu (QĐ 307)", en: "Lai Châu (QĐ 307)" },
  "ui.club": { vi: "CLB", en: "Club" },
  "ui.total": { vi: "Tổng", en: "Total" },
  "ui.plannedClubs": { vi: "Số CLB kế hoạch trong kỳ", en: "Clubs planned for the period" },
  "ui.clubsBefore": { vi: "Số CLB có từ trước", en: "Clubs founded before" },
  "ui.targetClubs": { vi: "Chỉ tiêu cộng dồn", en: "Cumulative target" },
  "ui.planRate": {
    vi: "Hoàn thành kế hoạch: {achieved}/{planned} = {rate}",
    en: "Plan completion: {achieved}/{planned} = {rate}",
  },
  "ui.issuingBody": { vi: "Cơ quan ban hành", en: "Issuing body" },
  "ui.place": { vi: "Địa danh", en: "Place" },
  "ui.period": { vi: "Kỳ báo cáo", en: "Period" },
  "ui.reportNumber": { vi: "Số báo cáo", en: "Report number" },
  "ui.makeReport": { vi: "Tạo báo cáo", en: "Create the report" },
  "ui.writing": { vi: "Đang ghi báo cáo…", en: "Writing the report…" },
  "ui.reportWritten": {
    vi: "Đã tạo báo cáo ở trang “{sheet}”. Các con số là công thức theo danh sách.",
    en: "The report is on the sheet “{sheet}”. Its figures are formulas over the register.",
  },
  "ui.reportAgrees": {
    vi: "Đã đối chiếu {count} con số của báo cáo với kết quả tính của phần bổ trợ: khớp hoàn toàn.",
    en: "{count} figures of the report were checked against the add-in's own computation: all agree.",
  },
  "ui.reportDiffers": {
    vi: "{count} con số của báo cáo khác với kết quả tính của phần bổ trợ:",
    en: "{count} figures of the report differ from the add-in's own computation:",
  },
  "ui.difference": {
    vi: "{figure} ({club}) ở ô {cell}: báo cáo {report}, phần bổ trợ tính được {core}.",
    en: "{figure} ({club}) in {cell}: the report shows {report}, the add-in computes {core}.",
  },
  "ui.uncountedText": {
    vi: "Ô {cell} ghi “{value}”: phần bổ trợ hiểu được, nhưng công thức báo cáo chỉ đếm “{expected}”. Hãy sửa thành “{expected}”.",
    en: "Cell {cell} holds “{value}”: the add-in reads it, but the report's formula counts only “{expected}”. Change it to “{expected}”.",
  },
  "ui.uncountedDate": {
    vi: "Ô {cell} ghi ngày sinh dạng chữ “{value}”: công thức báo cáo không tính được tuổi. Hãy nhập năm sinh (ví dụ 1955) hoặc ngày dạng ngày tháng.",
    en: "Cell {cell} holds the birth date as text “{value}”: the report's formula cannot compute the age. Enter the year (e.g. 1955) or a real date.",
  },
  "ui.reportFailed": {
    vi: "Không tạo được báo cáo: {reason}",
    en: "The report could not be created: {reason}",
  },
} satisfies Record<string, Bilingual>;
