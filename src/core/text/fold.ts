/**
 * The comparison key for hand-typed labels: "Họ và tên", "HO VA TEN" and "ho_va-ten" all fold to "hovaten".
 * Case, diacritics (đ = d), spaces and punctuation are ignored, as staff type them in every way.
 */
export function foldKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
