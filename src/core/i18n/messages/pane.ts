import type { Bilingual } from "../text";

/** The task pane's number fields, its choice of register, and Excel's refusals said as what to do. */
export const paneMessages = {
  "ui.number.notWhole": {
    vi: "Chỉ nhập số nguyên, ví dụ 8 (“{text}” không phải là số).",
    en: "Type a whole number, e.g. 8 (“{text}” is not a number).",
  },
  "ui.number.outOfRange": {
    vi: "Nhập số từ {min} đến {max}.",
    en: "Type a number from {min} to {max}.",
  },
  "ui.source": { vi: "Danh sách cần đọc", en: "Register to read" },
  "ui.source.active": { vi: "Trang tính đang mở", en: "The open sheet" },
  "ui.source.registers": { vi: "Danh sách thành viên", en: "Member registers" },
  "ui.source.others": { vi: "Trang khác", en: "Other sheets" },
  "ui.source.tables": { vi: "Bảng Excel", en: "Excel tables" },
  "ui.source.table": {
    vi: "Bảng “{table}” (trang {sheet})",
    en: "Table “{table}” (sheet {sheet})",
  },
  "ui.source.allClubs": {
    vi: "Tất cả trang CLB ({sheets} trang)",
    en: "All club sheets ({sheets} sheets)",
  },
  "ui.tableFoundSheets": {
    vi: "{sheets} danh sách CLB ({names}): {members} thành viên, {clubs} CLB.",
    en: "{sheets} club lists ({names}): {members} members, {clubs} clubs.",
  },
  "ui.readSource": { vi: "Đọc danh sách", en: "Read the register" },
  "ui.readingStart": { vi: "Đang mở trang tính…", en: "Opening the sheet…" },
  "ui.reportExists": {
    vi: "Sổ đã có trang “{sheet}”. Tạo thêm một báo cáo mới (trang “{next}”)?",
    en: "The workbook already has “{sheet}”. Add another report (sheet “{next}”)?",
  },
  "ui.reportAddAnother": { vi: "Tạo thêm báo cáo", en: "Add another report" },
  "ui.newRegister": { vi: "Tạo danh sách mới", en: "New register" },
  "ui.newRegister.about": {
    vi: "Thêm một trang danh sách thành viên chuẩn (không thay trang nào): cột có sẵn danh sách chọn giới tính, 54 dân tộc, hộ nghèo/cận nghèo, chức vụ; năm sinh, ngày và số tiền được kiểm tra khi nhập.",
    en: "Adds a standard member register sheet (replacing none): dropdowns for gender, the 54 ethnic groups, household status and role; years, dates and amounts checked as they are typed.",
  },
  "ui.newRegister.club": { vi: "Tên CLB", en: "Club name" },
  "ui.newRegister.commune": { vi: "Xã/phường", en: "Commune" },
  "ui.newRegister.splitBirth": {
    vi: "Năm sinh chia hai cột Nam | Nữ",
    en: "Year of birth in two columns, Nam | Nữ",
  },
  "ui.newRegister.create": { vi: "Thêm trang danh sách", en: "Add the register sheet" },
  "ui.newRegister.creating": { vi: "Đang tạo danh sách…", en: "Creating the register…" },
  "ui.newRegister.done": {
    vi: "Đã thêm trang “{sheet}” với {rows} dòng để điền. Điền xong, chọn trang này ở “Danh sách cần đọc” rồi bấm “Đọc danh sách”.",
    en: "Added the sheet “{sheet}” with {rows} rows to fill in. When it is filled, choose it under “Register to read” and press “Read the register”.",
  },
  "ui.newRegister.failed": {
    vi: "Chưa tạo được danh sách: {reason}",
    en: "The register was not created: {reason}",
  },
  "ui.norms.title": { vi: "Từng CLB so với chuẩn", en: "Each club against the norms" },
  "ui.norms.caption": {
    vi: "Tỷ lệ tính trên tổng số thành viên của CLB. ✗: chưa đạt chuẩn; ?: chưa rõ (thiếu thông tin).",
    en: "Shares are of all the club's members. ✗: the norm is not met; ?: unknown (information missing).",
  },
  "ui.norms.members": { vi: "Thành viên", en: "Members" },
  "ui.norms.women": { vi: "Nữ", en: "Women" },
  "ui.norms.older": { vi: "Từ {ageThreshold} tuổi", en: "{ageThreshold} and over" },
  "ui.norms.younger": { vi: "Dưới {ageThreshold} tuổi", en: "Under {ageThreshold}" },
  "ui.norms.poor": { vi: "Nghèo, cận nghèo, khó khăn", en: "Poor, near-poor, hardship" },
  "ui.norms.norm": { vi: "Chuẩn", en: "Norm" },
  "ui.norms.none": { vi: "không quy định", en: "none set" },
  "ui.norms.below": { vi: "dưới chuẩn", en: "below the norm" },
  "ui.norms.above": { vi: "vượt chuẩn", en: "above the norm" },
  "ui.norms.unknown": { vi: "chưa rõ", en: "unknown" },
  "ui.marks": {
    vi: "Tô màu ô có lỗi, cảnh báo trong trang tính",
    en: "Colour the cells with errors and warnings in the sheet",
  },
  "ui.marks.on": {
    vi: "Đã tô {count} ô (đỏ: lỗi, vàng: cảnh báo). Tắt để trả lại màu cũ của từng ô.",
    en: "{count} cells coloured (red: error, amber: warning). Switch off to give each cell its own fill back.",
  },
  "ui.marks.more": {
    vi: "{left} ô khác chưa được tô (chỉ tô {limit} ô đầu).",
    en: "{left} more cells are not coloured (only the first {limit} are).",
  },
  "ui.marks.failed": {
    vi: "Chưa tô hoặc bỏ tô được: {reason}",
    en: "The colours could not be set or cleared: {reason}",
  },
  "host.InvalidOperation": {
    vi: "Excel chưa làm được việc này lúc này. Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại.",
    en: "Excel cannot do this right now. Leave cell editing (press Enter or Esc) and try again.",
  },
  "host.ItemNotFound": {
    vi: "Không tìm thấy trang hoặc bảng (có thể đã bị đổi tên hoặc xóa). Hãy chọn lại danh sách cần đọc.",
    en: "The sheet or table was not found (it may have been renamed or deleted). Choose the register again.",
  },
  "host.GeneralException": {
    vi: "Excel gặp lỗi khi xử lý. Hãy lưu sổ, đóng và mở lại bảng tác vụ rồi thử lại.",
    en: "Excel ran into an error. Save the workbook, close and reopen the pane, then try again.",
  },
  "host.RequestPayloadSizeLimitExceeded": {
    vi: "Dữ liệu quá lớn để Excel gửi một lần. Hãy thử lại; nếu vẫn lỗi, hãy chia danh sách thành nhiều trang.",
    en: "Too much data for Excel to send at once. Try again; if it still fails, split the register over several sheets.",
  },
  "host.AccessDenied": {
    vi: "Trang tính hoặc sổ đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    en: "The sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  "host.EditMode": {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
  },
  "host.other": {
    vi: "Excel báo lỗi: {detail}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ và mở lại bảng tác vụ.",
    en: "Excel reported: {detail}. Try again; if it still fails, save the workbook and reopen the pane.",
  },
} satisfies Record<string, Bilingual>;
