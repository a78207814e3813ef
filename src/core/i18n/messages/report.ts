import type { Bilingual } from "../text";

/**
 * Texts of the standard report (Decree 30/2020/NĐ-CP layout; the sections of a Hội NCT activity report).
 * Indicator names come from the indicator catalogue's labels; these are the report's own headings, column
 * titles, fixed lines and the prompts of the sections the user writes.
 */
export const reportMessages = {
  "report.sheetName": { vi: "Báo cáo", en: "Report" },
  "report.country": {
    vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    en: "SOCIALIST REPUBLIC OF VIETNAM",
  },
  "report.motto": { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  "report.number": { vi: "Số: {number}/BC-HNCT", en: "No.: {number}/BC-HNCT" },
  "report.numberAsGiven": { vi: "Số: {number}", en: "No.: {number}" },
  "report.dateLine": {
    vi: "{place}, ngày {day} tháng {month} năm {year}",
    en: "{place}, {day}/{month}/{year}",
  },
  /** What a text the user did not give prints as: room to write it by hand. */
  "report.blank": { vi: "……………", en: "……………" },
  "report.title": { vi: "BÁO CÁO", en: "REPORT" },
  "report.subject": {
    vi: "Kết quả thành lập và hoạt động của các Câu lạc bộ Liên thế hệ tự giúp nhau {period}",
    en: "Founding and activities of the Inter-generational Self-Help Clubs, {period}",
  },
  "report.opening": {
    vi: "Thực hiện Quyết định số 1336/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt Đề án “Nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn đến năm 2025” và {plan}, kết quả thành lập và hoạt động của các Câu lạc bộ Liên thế hệ tự giúp nhau {period} được báo cáo như sau:",
    en: "Under Decision 1336/QĐ-TTg of 31 August 2020 of the Prime Minister approving the scheme “Replicating the Inter-generational Self-Help Club model until 2025” and {plan}, the founding and activities of the Inter-generational Self-Help Clubs, {period}, are reported as follows:",
  },
  "report.opening.noPlan": {
    vi: "Kế hoạch số ……/KH-UBND ngày …… của Ủy ban nhân dân ……………",
    en: "Plan No. ……/KH-UBND of …… of the People's Committee of ……………",
  },

  "report.section.situation": { vi: "I. ĐẶC ĐIỂM TÌNH HÌNH", en: "I. BACKGROUND" },
  "report.situation.hint": {
    vi: "(Nêu khái quát đặc điểm của địa bàn, tình hình người cao tuổi; những thuận lợi, khó khăn trong kỳ báo cáo.)",
    en: "(Outline the area and the situation of older people; what helped and what hindered in the period.)",
  },
  "report.section.results": { vi: "II. KẾT QUẢ THỰC HIỆN", en: "II. RESULTS" },
  "report.results.plan": { vi: "1. Thành lập câu lạc bộ", en: "1. Clubs founded" },
  "report.results.members": { vi: "2. Thành viên câu lạc bộ", en: "2. Club members" },
  "report.results.funds": {
    vi: "3. Huy động quỹ và cho vay vốn",
    en: "3. Funds and loans",
  },
  "report.results.norms": {
    vi: "4. Đối chiếu với tiêu chí thành lập câu lạc bộ",
    en: "4. The clubs against the founding norms",
  },
  "report.results.activities": {
    vi: "5. Kết quả các hoạt động của câu lạc bộ",
    en: "5. The clubs' activities",
  },
  "report.activities.hint": {
    vi: "(Nêu kết quả các hoạt động chính: chăm sóc sức khỏe, tạo thu nhập, văn hóa - văn nghệ - thể thao, tình nguyện chăm sóc tại nhà, hỗ trợ cộng đồng …)",
    en: "(The main activities and their results: health care, income generation, culture and sports, home-care volunteering, community support …)",
  },
  "report.section.assessment": { vi: "III. ĐÁNH GIÁ CHUNG", en: "III. OVERALL ASSESSMENT" },
  "report.assessment.strengths": { vi: "1. Ưu điểm", en: "1. Strengths" },
  "report.strengths.hint": {
    vi: "(Nêu những mặt làm được, cách làm hay.)",
    en: "(What went well, and good practice.)",
  },
  "report.assessment.weaknesses": { vi: "2. Tồn tại, hạn chế", en: "2. Shortcomings" },
  "report.weaknesses.hint": {
    vi: "(Nêu những việc chưa làm được, chỉ tiêu chưa đạt.)",
    en: "(What was not done, and the targets not met.)",
  },
  "report.assessment.causes": { vi: "3. Nguyên nhân", en: "3. Causes" },
  "report.causes.hint": {
    vi: "(Nêu nguyên nhân khách quan và chủ quan của những tồn tại, hạn chế.)",
    en: "(The causes of the shortcomings, outside and within.)",
  },
  "report.section.tasks": {
    vi: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
    en: "IV. TASKS FOR THE NEXT PERIOD",
  },
  "report.tasks.hint": {
    vi: "(Nêu các nhiệm vụ, chỉ tiêu và giải pháp của kỳ tới.)",
    en: "(The tasks, targets and measures of the next period.)",
  },
  "report.section.proposals": {
    vi: "V. KIẾN NGHỊ, ĐỀ XUẤT",
    en: "V. REQUESTS AND PROPOSALS",
  },
  "report.proposals.hint": {
    vi: "(Nêu kiến nghị, đề xuất với cấp ủy, chính quyền và Hội cấp trên.)",
    en: "(Requests and proposals to the Party committee, the authorities and the Association above.)",
  },

  "report.col.no": { vi: "TT", en: "No." },
  "report.col.item": { vi: "Nội dung", en: "Item" },
  "report.col.period": { vi: "Trong kỳ", en: "This period" },
  "report.col.cumulative": { vi: "Lũy kế", en: "Cumulative" },
  "report.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "report.col.people": { vi: "Số người", en: "People" },
  "report.col.amount": { vi: "Số lượng", en: "Amount" },
  "report.col.unit": { vi: "Đơn vị tính", en: "Unit" },
  "report.col.norm": { vi: "Tiêu chí", en: "Norm" },
  "report.col.clubsMet": { vi: "Số CLB đạt", en: "Clubs meeting it" },
  "report.col.clubsUnmet": { vi: "Số CLB chưa đạt", en: "Clubs not meeting it" },
  "report.col.club": { vi: "Tên câu lạc bộ", en: "Club" },
  "report.col.members": { vi: "Tổng số thành viên", en: "Members" },
  "report.col.memberCount": { vi: "Số thành viên", en: "Members" },
  "report.col.count": { vi: "SL", en: "No." },
  "report.col.share": { vi: "Tỷ lệ", en: "Share" },
  "report.col.verdict": { vi: "Đánh giá", en: "Verdict" },
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
  "report.row.members": { vi: "Tổng số thành viên", en: "Members" },
  "report.row.board": { vi: "Thành viên ban chủ nhiệm", en: "Board members" },
  "report.duplicates": {
    vi: "Ghi chú: danh sách có thành viên trùng họ tên và năm sinh trong cùng câu lạc bộ ({rows}); các số liệu trên tính cả hai dòng, cần kiểm tra lại danh sách.",
    en: "Note: the register lists members twice in one club, same name and year of birth ({rows}); the figures above count both rows: check the register.",
  },
  "report.duplicate": { vi: "dòng {row} trùng dòng {first}", en: "row {row} repeats row {first}" },
  // So that every breakdown adds up to the members: those whose value the register does not give.
  "report.row.genderUnknown": { vi: "Chưa rõ giới tính", en: "Gender not known" },
  "report.row.ethnicityUnknown": { vi: "Chưa rõ dân tộc", en: "Ethnic group not known" },
  "report.row.ageUnknown": { vi: "Chưa rõ tuổi", en: "Age not known" },
  "report.row.povertyUnknown": {
    vi: "Chưa rõ hoàn cảnh kinh tế",
    en: "Household status not known",
  },
  "report.row.formerMembers": {
    vi: "Đã rời CLB (đã mất, chuyển đi…), không tính ở trên",
    en: "Left the club (died, moved away…), not counted above",
  },
  "report.row.contributions": { vi: "Vốn đóng góp của thành viên", en: "Members' contributions" },
  "report.row.borrowers": { vi: "Số thành viên được vay vốn", en: "Members with a loan" },
  "report.row.loanTotal": { vi: "Số tiền cho vay", en: "Amount lent" },
  "report.row.loanPerBorrower": { vi: "Bình quân mỗi người vay", en: "Average per borrower" },
  "report.row.membersPerClub": {
    vi: "Bình quân số thành viên mỗi câu lạc bộ",
    en: "Average members per club",
  },
  "report.row.fundsPerClub": {
    vi: "Bình quân vốn đóng góp mỗi câu lạc bộ",
    en: "Average contributions per club",
  },
  "report.unit.people": { vi: "người", en: "people" },
  "report.unit.money": { vi: "đồng", en: "VND" },
  "report.total": { vi: "Tổng cộng", en: "Total" },
  "report.plan.planned": { vi: "Số câu lạc bộ theo kế hoạch", en: "Clubs planned" },
  "report.plan.before": {
    vi: "Số câu lạc bộ đã thành lập trước kỳ",
    en: "Clubs founded before this period",
  },
  "report.plan.founded": { vi: "Số câu lạc bộ đã thành lập", en: "Clubs founded" },
  "report.plan.rate": { vi: "Tỷ lệ hoàn thành kế hoạch", en: "Plan completion" },
  "report.referenceDate": { vi: "Tuổi tính đến ngày:", en: "Ages counted at:" },
  "report.olderFrom": { vi: "Người cao tuổi: từ", en: "Older members: aged" },
  "report.olderUnit": { vi: "tuổi trở lên", en: "and over" },
  "report.seeAnnex": {
    vi: "(Chi tiết từng câu lạc bộ tại Phụ lục {annex} kèm theo.)",
    en: "(Each club in detail: Annex {annex}.)",
  },

  "report.range.between": { vi: "từ {min} đến {max}", en: "{min} to {max}" },
  "report.range.atLeast": { vi: "từ {min} trở lên", en: "at least {min}" },
  "report.range.atMost": { vi: "không quá {max}", en: "at most {max}" },
  "report.norm.size": { vi: "Quy mô: {range} thành viên", en: "Size: {range} members" },
  "report.norm.women": { vi: "Nữ: {range}", en: "Women: {range}" },
  "report.norm.older": {
    vi: "Từ {ageThreshold} tuổi trở lên: {range}",
    en: "Aged {ageThreshold} and over: {range}",
  },
  "report.norm.younger": {
    vi: "Dưới {ageThreshold} tuổi: {range}",
    en: "Under {ageThreshold}: {range}",
  },
  "report.norm.poor": {
    vi: "Hộ nghèo, cận nghèo, hoàn cảnh khó khăn: {range}",
    en: "Poor, near-poor or in hardship: {range}",
  },
  "report.norm.source": { vi: "{norm} ({source})", en: "{norm} ({source})" },
  "report.verdict.met": { vi: "Đạt", en: "Met" },
  "report.verdict.unmet": { vi: "Chưa đạt", en: "Not met" },

  "report.annex.sheetName": { vi: "Phụ lục {annex}", en: "Annex {annex}" },
  "report.annex.label": { vi: "Phụ lục {annex}", en: "Annex {annex}" },
  "report.annex.members": {
    vi: "THÀNH VIÊN CÁC CÂU LẠC BỘ",
    en: "THE CLUBS' MEMBERS",
  },
  "report.annex.funds": {
    vi: "QUỸ VÀ CHO VAY VỐN CỦA CÁC CÂU LẠC BỘ",
    en: "THE CLUBS' FUNDS AND LOANS",
  },
  "report.annex.norms": {
    vi: "ĐỐI CHIẾU CÁC CÂU LẠC BỘ VỚI TIÊU CHÍ THÀNH LẬP",
    en: "THE CLUBS AGAINST THE FOUNDING NORMS",
  },
  "report.annex.note": {
    vi: "(Kèm theo Báo cáo số {number} ngày {date})",
    en: "(Attached to Report No. {number} of {date})",
  },
  "report.chart.title": {
    vi: "Tỷ lệ nữ, dân tộc thiểu số và từ {ageThreshold} tuổi trở lên theo câu lạc bộ",
    en: "Shares of women, ethnic minority members and members aged {ageThreshold} and over, by club",
  },

  "report.settings.not-object": {
    vi: "cài đặt báo cáo phải là một đối tượng JSON { … }",
    en: "the report settings must be a JSON object {{ … }}",
  },
  "report.settings.unknown": {
    vi: "không có cài đặt nào tên “{key}” (các tên: {keys})",
    en: "there is no setting named “{key}” (the names: {keys})",
  },
  "report.settings.not-text": {
    vi: "“{key}” phải là một đoạn chữ trong dấu ngoặc kép",
    en: "“{key}” must be a text in double quotes",
  },
  "report.settings.not-date": {
    vi: '“{key}” phải là một ngày, ví dụ "2024-12-20" hoặc "20/12/2024"',
    en: '“{key}” must be a date, e.g. "2024-12-20" or "20/12/2024"',
  },
  "report.settings.not-list": {
    vi: '“{key}” phải là một danh sách các dòng chữ, ví dụ ["UBND tỉnh Lai Châu", "Lưu: VT"]',
    en: '“{key}” must be a list of lines, e.g. ["Provincial People\'s Committee", "File: Office"]',
  },

  "report.recipients": { vi: "Nơi nhận:", en: "Recipients:" },
  "report.recipients.default": { vi: "- ……………;", en: "- ……………;" },
  "report.recipients.archive": { vi: "- Lưu: VT.", en: "- File: Office." },
  "report.authority": { vi: "TM. BAN THƯỜNG VỤ", en: "ON BEHALF OF THE STANDING COMMITTEE" },
  "report.signerTitle": { vi: "CHỦ TỊCH", en: "CHAIR" },

  // The data sheet the figures count: each member's facts as read from the register, and the vocabulary.
  "report.data.sheetName": { vi: "Dữ liệu báo cáo", en: "Report data" },
  "report.data.vocabularyName": { vi: "Danh mục", en: "Vocabulary" },
  "report.data.row": { vi: "Dòng", en: "Row" },
  "report.data.club": { vi: "CLB", en: "Club" },
  "report.data.name": { vi: "Họ và tên", en: "Name" },
  "report.data.gender": { vi: "Giới tính", en: "Gender" },
  "report.data.birth": { vi: "Năm/ngày sinh", en: "Birth" },
  "report.data.ethnicity": { vi: "Dân tộc", en: "Ethnic group" },
  "report.data.minority": { vi: "Thiểu số", en: "Minority" },
  "report.data.poverty": { vi: "Hoàn cảnh", en: "Household status" },
  "report.data.role": { vi: "Chức vụ", en: "Board role" },
  "report.data.loan": { vi: "Số tiền vay", en: "Loan" },
  "report.data.contribution": { vi: "Đóng góp", en: "Contribution" },
  "report.data.status": { vi: "Tình trạng", en: "Status" },
  "report.data.key": { vi: "Cột|Chữ trong danh sách", en: "Column|Text in the register" },
  "report.data.value": { vi: "Đọc là", en: "Read as" },
} satisfies Record<string, Bilingual>;
