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
  "ui.source.allClubs": { vi: "Tất cả trang CLB", en: "All club sheets" },
  "ui.source.refresh": { vi: "Làm mới danh sách trang", en: "Refresh the list of sheets" },
  "ui.readSource": { vi: "Đọc danh sách", en: "Read the register" },
  "ui.readingStart": { vi: "Đang mở trang tính…", en: "Opening the sheet…" },
  "ui.reportExists": {
    vi: "Sổ đã có trang “{sheet}”. Tạo thêm một báo cáo mới (trang “{next}”)?",
    en: "The workbook already has “{sheet}”. Add another report (sheet “{next}”)?",
  },
  "ui.reportAddAnother": { vi: "Tạo thêm báo cáo", en: "Add another report" },
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
