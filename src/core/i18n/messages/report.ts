import type { Bilingual } from "../text";

/**
 * Texts of the standard report (Decree 30/2020/NĐ-CP layout). Indicator names come from the indicator
 * catalogue's labels; these are the report's own headings, column titles and fixed lines.
 */
export const reportMessages = {
  "report.sheetName": { vi: "Báo cáo", en: "Report" },
  "report.country": {
    vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    en: "SOCIALIST REPUBLIC OF VIETNAM",
  },
  "report.motto": { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  "report.number": { vi: "Số: {number}/BC-HNCT", en: "No.: {number}/BC-HNCT" },
  "report.dateLine": {
    vi: "{place}, ngày {day} tháng {month} năm {year}",
    en: "{place}, {day}/{month}/{year}",
  },
  "report.title": { vi: "BÁO CÁO", en: "REPORT" },
  "report.subject": {
    vi: "Kết quả thành lập và hoạt động của Câu lạc bộ Liên thế hệ tự giúp nhau {period}",
    en: "Founding and activities of the Inter-generational Self-Help Clubs, {period}",
  },
  "report.section.plan": {
    vi: "I. KẾT QUẢ THÀNH LẬP CÂU LẠC BỘ",
    en: "I. CLUBS FOUNDED",
  },
  "report.section.members": {
    vi: "II. THÀNH VIÊN CÂU LẠC BỘ",
    en: "II. CLUB MEMBERS",
  },
  "report.section.funds": {
    vi: "III. HUY ĐỘNG QUỸ VÀ CHO VAY VỐN",
    en: "III. FUNDS AND LOANS",
  },
  "report.section.activities": {
    vi: "IV. KẾT QUẢ HOẠT ĐỘNG",
    en: "IV. ACTIVITIES",
  },
  "report.section.tasks": {
    vi: "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    en: "V. TASKS FOR THE NEXT PERIOD",
  },
  "report.activities.hint": {
    vi: "(Nêu các hoạt động chính đã thực hiện: chăm sóc sức khỏe, tạo thu nhập, văn hóa - thể thao, tình nguyện tại nhà, … và đánh giá chung.)",
    en: "(Describe the main activities carried out: health care, income generation, culture and sports, home care volunteering, … and an overall assessment.)",
  },
  "report.tasks.hint": {
    vi: "(Nêu các nhiệm vụ, chỉ tiêu của kỳ tới và các kiến nghị, đề xuất.)",
    en: "(State the tasks and targets of the next period, and any requests or proposals.)",
  },
  "report.col.no": { vi: "TT", en: "No." },
  "report.col.item": { vi: "Nội dung", en: "Item" },
  "report.col.period": { vi: "Trong kỳ", en: "This period" },
  "report.col.cumulative": { vi: "Lũy kế", en: "Cumulative" },
  "report.col.club": { vi: "Tên câu lạc bộ", en: "Club" },
  "report.col.members": { vi: "Tổng số thành viên", en: "Members" },
  "report.col.count": { vi: "SL", en: "Count" },
  "report.col.share": { vi: "Tỷ lệ", en: "Share" },
  "report.col.women": { vi: "Nữ", en: "Women" },
  "report.col.ethnicMinority": { vi: "Dân tộc thiểu số", en: "Ethnic minority" },
  "report.col.older": { vi: "Từ {ageThreshold} tuổi trở lên", en: "Aged {ageThreshold} and over" },
  "report.col.younger": { vi: "Dưới {ageThreshold} tuổi", en: "Under {ageThreshold}" },
  "report.col.poor": { vi: "Hộ nghèo", en: "Poor households" },
  "report.col.nearPoor": { vi: "Hộ cận nghèo", en: "Near-poor households" },
  "report.col.board": { vi: "Ban chủ nhiệm", en: "Board" },
  "report.col.contributions": { vi: "Vốn đóng góp (đồng)", en: "Contributions (VND)" },
  "report.col.borrowers": { vi: "Số thành viên được vay", en: "Members with a loan" },
  "report.col.loanTotal": { vi: "Số tiền cho vay (đồng)", en: "Amount lent (VND)" },
  "report.col.loanPerBorrower": {
    vi: "Bình quân mỗi người vay (đồng)",
    en: "Per borrower (VND)",
  },
  "report.total": { vi: "Tổng cộng", en: "Total" },
  "report.plan.planned": { vi: "Số câu lạc bộ theo kế hoạch", en: "Clubs planned" },
  "report.plan.before": {
    vi: "Số câu lạc bộ đã thành lập trước kỳ",
    en: "Clubs founded before this period",
  },
  "report.plan.founded": { vi: "Số câu lạc bộ đã thành lập", en: "Clubs founded" },
  "report.plan.rate": { vi: "Tỷ lệ hoàn thành kế hoạch", en: "Plan completion" },
  "report.referenceDate": { vi: "Tuổi tính đến ngày:", en: "Ages counted at:" },
  "report.ageThreshold": { vi: "Ngưỡng tuổi:", en: "Age threshold:" },
  "report.membersPerClub": {
    vi: "Bình quân số thành viên mỗi câu lạc bộ:",
    en: "Average members per club:",
  },
  "report.fundsPerClub": {
    vi: "Bình quân vốn đóng góp mỗi câu lạc bộ:",
    en: "Average contributions per club:",
  },
  "report.unit.people": { vi: "người", en: "people" },
  "report.unit.money": { vi: "đồng", en: "VND" },
  "report.chart.title": {
    vi: "Tỷ lệ nữ, dân tộc thiểu số và từ {ageThreshold} tuổi trở lên theo câu lạc bộ",
    en: "Shares of women, ethnic minority members and members aged {ageThreshold} and over, by club",
  },
  "report.chart.note": {
    vi: "(Biểu đồ được vẽ khi lập báo cáo trong Excel bằng phần bổ trợ Club Report; tệp này được tạo ngoài Excel nên chưa có biểu đồ.)",
    en: "(The chart is drawn when the report is made inside Excel with the Club Report add-in; this file was made outside Excel, so it has no chart yet.)",
  },
  "report.recipients": { vi: "Nơi nhận:", en: "Recipients:" },
  "report.recipients.default": { vi: "- ……………;", en: "- ……………;" },
  "report.recipients.archive": { vi: "- Lưu: VT.", en: "- File: Office." },
  "report.signOnBehalf": { vi: "TM. BAN THƯỜNG VỤ", en: "ON BEHALF OF THE STANDING COMMITTEE" },
  "report.signerTitle": { vi: "CHỦ TỊCH", en: "CHAIR" },
  "report.signHint": { vi: "(Ký tên, đóng dấu)", en: "(Signature and seal)" },
} satisfies Record<string, Bilingual>;
