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
  "ui.notYet": {
    vi: "Chức năng này đang được xây dựng và chưa dùng được trong bản này.",
    en: "This area is being built and is not available in this version yet.",
  },
  "ui.functionsHint": {
    vi: "Hàm đã có: =CLUB.PLANRATE(đã đạt; kế hoạch), ví dụ =CLUB.PLANRATE(18; 25) → 72 %.",
    en: "Available function: =CLUB.PLANRATE(achieved, planned), e.g. =CLUB.PLANRATE(18, 25) → 72 %.",
  },
  "ui.outsideOffice": {
    vi: "Đang chạy ngoài Excel: hãy mở trang này từ nút Báo cáo CLB trong Excel.",
    en: "Running outside Excel: open this page from the Club Report button in Excel.",
  },
  "ui.language": { vi: "Ngôn ngữ", en: "Language" },
} satisfies Record<string, Bilingual>;
