/**
 * Texts of the standard member register (the template): its title rows, its signature block, and each column's
 * input message (shown when a cell is selected) and error alert (shown when a value is refused). Excel limits a
 * message's title to 32 characters and its text to 255; a test keeps every text within them.
 */
export const templateMessages = {
  "template.sheetName": { vi: "Danh sách thành viên", en: "Member register" },
  "template.catalogueName": { vi: "Danh mục", en: "Lists" },
  "template.association": {
    vi: "HỘI NGƯỜI CAO TUỔI XÃ {commune}",
    en: "ELDERLY ASSOCIATION OF {commune}",
  },
  "template.title": { vi: "DANH SÁCH THÀNH VIÊN", en: "LIST OF MEMBERS" },
  "template.club": {
    vi: "CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU {club}",
    en: "CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU {club}",
  },
  "template.place": {
    vi: "Xã: {commune} - Huyện: {district} - Tỉnh: {province}",
    en: "Commune: {commune} - District: {district} - Province: {province}",
  },
  "template.blank": { vi: "……………", en: "……………" },
  "template.dateLine": {
    vi: "……………, ngày …… tháng …… năm ……",
    en: "……………, day …… month …… year ……",
  },
  "template.maker": { vi: "NGƯỜI LẬP DANH SÁCH", en: "PREPARED BY" },
  "template.chair": { vi: "CHỦ NHIỆM CÂU LẠC BỘ", en: "CLUB CHAIR" },
  "template.signHint": { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" },

  "template.prompt.no": { vi: "Số thứ tự", en: "Row number" },
  "template.text.no": {
    vi: "Số thứ tự của thành viên: 1, 2, 3 …",
    en: "The member's number: 1, 2, 3 …",
  },
  "template.error.no": {
    vi: "Số thứ tự là một số nguyên từ 1 đến {max}.",
    en: "The row number is a whole number from 1 to {max}.",
  },
  "template.prompt.name": { vi: "Họ và tên", en: "Full name" },
  "template.text.name": {
    vi: "Họ và tên đầy đủ, có dấu, ví dụ: Lò Thị Mai.",
    en: "Full name with its diacritics, e.g. Lò Thị Mai.",
  },
  "template.error.name": {
    vi: "Họ và tên dài từ 2 đến {max} ký tự.",
    en: "A name is 2 to {max} characters long.",
  },
  "template.prompt.gender": { vi: "Giới tính", en: "Gender" },
  "template.text.gender": {
    vi: "Chọn Nam hoặc Nữ trong danh sách.",
    en: "Choose Nam or Nữ from the list.",
  },
  "template.error.gender": {
    vi: "Giới tính chỉ nhận Nam hoặc Nữ: hãy chọn trong danh sách.",
    en: "Gender takes Nam or Nữ only: choose from the list.",
  },
  "template.prompt.birthYear": { vi: "Năm sinh", en: "Year of birth" },
  "template.text.birthYear": {
    vi: "Năm sinh 4 chữ số, từ {min} đến {max} (tuổi từ {minAge} đến {maxAge}).",
    en: "Four-digit year of birth, {min} to {max} (aged {minAge} to {maxAge}).",
  },
  "template.error.birthYear": {
    vi: "Năm sinh phải là số nguyên từ {min} đến {max}, ví dụ 1958.",
    en: "The year of birth must be a whole number from {min} to {max}, e.g. 1958.",
  },
  "template.prompt.birthDate": { vi: "Ngày sinh", en: "Date of birth" },
  "template.text.birthDate": {
    vi: "Ngày sinh dạng ngày/tháng/năm, ví dụ 15/03/1958; từ {min} đến {max}.",
    en: "Date of birth as day/month/year, e.g. 15/03/1958; from {min} to {max}.",
  },
  "template.error.birthDate": {
    vi: "Ngày sinh phải là một ngày từ {min} đến {max}, gõ dạng ngày/tháng/năm.",
    en: "The date of birth must be a day from {min} to {max}, typed as day/month/year.",
  },
  "template.prompt.birthMale": { vi: "Năm sinh - Nam", en: "Year of birth - men" },
  "template.text.birthMale": {
    vi: "Thành viên nam: ghi năm sinh ở cột này ({min}–{max}), để trống cột Nữ.",
    en: "A man: write the year of birth here ({min}–{max}), leave the Nữ column blank.",
  },
  "template.prompt.birthFemale": { vi: "Năm sinh - Nữ", en: "Year of birth - women" },
  "template.text.birthFemale": {
    vi: "Thành viên nữ: ghi năm sinh ở cột này ({min}–{max}), để trống cột Nam.",
    en: "A woman: write the year of birth here ({min}–{max}), leave the Nam column blank.",
  },
  "template.prompt.ethnicity": { vi: "Dân tộc", en: "Ethnic group" },
  "template.text.ethnicity": {
    vi: "Chọn một trong 54 dân tộc trong danh sách (gõ chữ đầu để tìm).",
    en: "Choose one of the 54 ethnic groups from the list (type its first letters).",
  },
  "template.error.ethnicity": {
    vi: "Không có dân tộc này trong danh mục 54 dân tộc: hãy chọn trong danh sách.",
    en: "This is not one of the 54 ethnic groups: choose from the list.",
  },
  "template.prompt.village": { vi: "Thôn/bản", en: "Village" },
  "template.text.village": {
    vi: "Tên thôn, bản hoặc tổ dân phố.",
    en: "The village or neighbourhood.",
  },
  "template.error.village": {
    vi: "Tên thôn/bản dài tối đa {max} ký tự.",
    en: "A village name is at most {max} characters long.",
  },
  "template.prompt.poverty": { vi: "Hộ nghèo/cận nghèo", en: "Household status" },
  "template.text.poverty": {
    vi: "Chọn: Hộ nghèo, Cận nghèo, Hoàn cảnh khó khăn hoặc Không.",
    en: "Choose: Hộ nghèo, Cận nghèo, Hoàn cảnh khó khăn or Không.",
  },
  "template.error.poverty": {
    vi: "Hoàn cảnh chỉ nhận các giá trị trong danh sách: hãy chọn một.",
    en: "The household status takes the listed values only: choose one.",
  },
  "template.prompt.role": { vi: "Chức vụ trong CLB", en: "Role in the club" },
  "template.text.role": {
    vi: "Chọn: Chủ nhiệm, Phó chủ nhiệm, Ủy viên hoặc Thành viên.",
    en: "Choose: Chủ nhiệm, Phó chủ nhiệm, Ủy viên or Thành viên.",
  },
  "template.error.role": {
    vi: "Chức vụ chỉ nhận các giá trị trong danh sách: hãy chọn một.",
    en: "The role takes the listed values only: choose one.",
  },
  "template.prompt.joined": { vi: "Ngày vào CLB", en: "Date joined" },
  "template.text.joined": {
    vi: "Ngày vào câu lạc bộ, dạng ngày/tháng/năm; từ {min} đến {max}.",
    en: "The day the member joined, as day/month/year; from {min} to {max}.",
  },
  "template.error.joined": {
    vi: "Ngày vào CLB phải là một ngày từ {min} đến {max}.",
    en: "The date joined must be a day from {min} to {max}.",
  },
  "template.prompt.contribution": { vi: "Đóng góp (đồng)", en: "Contribution (VND)" },
  "template.text.contribution": {
    vi: "Số tiền đóng góp, bằng đồng, không âm, ví dụ 500000.",
    en: "The amount contributed in dong, not negative, e.g. 500000.",
  },
  "template.error.money": {
    vi: "Số tiền phải là một số không âm, bằng đồng (ví dụ 5000000), không ghi chữ.",
    en: "An amount must be a number not below 0, in dong (e.g. 5000000), without words.",
  },
  "template.prompt.loan": { vi: "Số tiền vay (đồng)", en: "Loan (VND)" },
  "template.text.loan": {
    vi: "Số tiền vay từ quỹ CLB, bằng đồng, không âm, ví dụ 5000000.",
    en: "The amount borrowed from the club fund in dong, not negative, e.g. 5000000.",
  },
  "template.prompt.notes": { vi: "Ghi chú", en: "Notes" },
  "template.text.notes": {
    vi: "Thành viên đã rời CLB: chọn Đã mất, Chuyển đi hoặc Xin ra khỏi CLB. Có thể ghi chú khác.",
    en: "A member who left: choose Đã mất, Chuyển đi or Xin ra khỏi CLB. Other notes are allowed.",
  },
  "template.error.notes": {
    vi: "Ghi chú này không có trong danh sách. Vẫn giữ?",
    en: "This note is not in the list. Keep it?",
  },
  "template.error.title": { vi: "Giá trị không hợp lệ", en: "Value not accepted" },
  "template.error.noteTitle": { vi: "Ghi chú", en: "Note" },
} as const;
