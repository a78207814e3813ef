import type { Bilingual } from "../text";

/** Messages of the CLUB.* custom functions. */
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
  "fn.planZero": {
    vi: "Kế hoạch bằng 0: không thể tính tỷ lệ hoàn thành.",
    en: "The plan is 0: the completion rate cannot be computed.",
  },
} satisfies Record<string, Bilingual>;
