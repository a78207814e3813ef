/**
 * The header texts staff write over each canonical field (DESIGN.md §3), as data. They are matched through
 * `foldKey`, so case, diacritics, spaces and punctuation do not matter: "HỌ VÀ TÊN" = "Họ và tên" = "Ho va ten".
 */
import type { Field, Poverty } from "../model";
import { foldKey } from "../text/fold";

/** What one header cell (or a header over a sub-header) stands for. */
export type HeaderMeaning =
  | { readonly kind: "field"; readonly field: Field }
  | { readonly kind: "split"; readonly gender: "male" | "female" }
  | { readonly kind: "mark"; readonly poverty: Exclude<Poverty, "none"> };

const FIELD_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  no: ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"],
  name: [
    "Họ và tên",
    "Họ tên",
    "Tên thành viên",
    "Họ và tên thành viên",
    "Họ tên thành viên",
    "Họ và tên hội viên",
    "Họ tên hội viên",
    "Tên hội viên",
    "Họ và tên người tham gia",
  ],
  gender: ["Giới tính", "Giới", "Nam/Nữ", "Nam, Nữ", "Giới tính (Nam/Nữ)", "Phái"],
  birth: [
    "Năm sinh",
    "Ngày sinh",
    "Ngày tháng năm sinh",
    "Ngày, tháng, năm sinh",
    "Ngày/tháng/năm sinh",
    "Sinh năm",
    "Năm sinh (dd/mm/yyyy)",
  ],
  ethnicity: ["Dân tộc", "DT", "Thành phần dân tộc"],
  poverty: [
    "Hộ nghèo/Cận nghèo",
    "Hộ nghèo, cận nghèo",
    "Hộ nghèo/Cận nghèo/Hoàn cảnh khó khăn",
    "Hoàn cảnh",
    "Hoàn cảnh gia đình",
    "Hoàn cảnh kinh tế",
    "Diện hộ",
    "Phân loại hộ",
    "Loại hộ",
    "Thành phần hộ",
    "Kinh tế hộ",
  ],
  club: ["Tên CLB", "CLB", "Câu lạc bộ", "Tên câu lạc bộ", "Thuộc CLB"],
  commune: ["Xã", "Xã/Phường", "Xã/Phường/Thị trấn", "Phường/Xã", "Xã/Thị trấn"],
  village: [
    "Thôn",
    "Bản",
    "Thôn/Bản",
    "Thôn, bản",
    "Thôn/Bản/Tổ",
    "Thôn/Tổ",
    "Bản/Tổ",
    "Tổ dân phố",
    "Thôn/Tổ dân phố",
    "Thôn/xóm",
    "Xóm",
  ],
  role: [
    "Chức vụ",
    "Chức vụ trong BCN",
    "Chức vụ trong Ban chủ nhiệm",
    "Chức vụ trong CLB",
    "Chức danh",
    "Vai trò",
  ],
  group: ["Tổ/Nhóm", "Nhóm", "Tổ nhóm", "Nhóm sở thích", "Tổ tự quản", "Nhóm tự quản"],
  contribution: ["Đóng góp", "Số tiền đóng góp", "Tiền đóng góp", "Góp vốn", "Đóng góp quỹ"],
  loan: ["Số tiền vay", "Số tiền vay (VNĐ)", "Tiền vay", "Vay vốn", "Số vốn vay", "Vay"],
  joined: ["Ngày tham gia", "Ngày vào CLB", "Năm tham gia", "Ngày kết nạp", "Thời gian tham gia"],
};

/** Poverty "x"-mark columns: one column per kind, whether written "Hộ nghèo" or "Hộ" over "Nghèo". */
const MARK_HEADERS: Readonly<Record<Exclude<Poverty, "none">, readonly string[]>> = {
  poor: ["Hộ nghèo", "Nghèo", "HN"],
  "near-poor": ["Hộ cận nghèo", "Cận nghèo", "HCN"],
  hardship: ["Hoàn cảnh khó khăn", "Hộ khó khăn", "Khó khăn", "HCKK", "Hộ hoàn cảnh khó khăn"],
};

/** The sub-headers of the split birth layout, under any birth header: "Năm sinh" over "Nam" | "Nữ". */
const SPLIT_SUBHEADERS: Readonly<Record<"male" | "female", string>> = { male: "Nam", female: "Nữ" };

/** Parents under which a poverty sub-header ("Nghèo", "Cận nghèo") is a mark column. */
const MARK_PARENTS = ["Hộ", "Hộ gia đình", ...FIELD_HEADERS.poverty];

function buildMeanings(): {
  single: Map<string, HeaderMeaning>;
  combined: Map<string, HeaderMeaning>;
} {
  const single = new Map<string, HeaderMeaning>();
  for (const [field, headers] of Object.entries(FIELD_HEADERS) as [Field, readonly string[]][]) {
    for (const header of headers) single.set(foldKey(header), { kind: "field", field });
  }
  for (const [poverty, headers] of Object.entries(MARK_HEADERS) as [
    Exclude<Poverty, "none">,
    readonly string[],
  ][]) {
    for (const header of headers) single.set(foldKey(header), { kind: "mark", poverty });
  }
  // A parent header over sub-headers: the pair is looked up as the two folded keys joined.
  const combined = new Map<string, HeaderMeaning>();
  for (const birth of FIELD_HEADERS.birth) {
    for (const gender of ["male", "female"] as const) {
      combined.set(foldKey(birth) + foldKey(SPLIT_SUBHEADERS[gender]), { kind: "split", gender });
    }
  }
  for (const parent of MARK_PARENTS) {
    for (const [poverty, headers] of Object.entries(MARK_HEADERS) as [
      Exclude<Poverty, "none">,
      readonly string[],
    ][]) {
      for (const header of headers) {
        combined.set(foldKey(parent) + foldKey(header), { kind: "mark", poverty });
      }
    }
  }
  return { single, combined };
}

const MEANINGS = buildMeanings();

/** The meaning of a one-cell header, by its folded key. */
export function singleHeaderMeaning(key: string): HeaderMeaning | undefined {
  return MEANINGS.single.get(key);
}

/** The meaning of a parent header over a sub-header, by their folded keys. */
export function combinedHeaderMeaning(
  parentKey: string,
  subKey: string
): HeaderMeaning | undefined {
  return MEANINGS.combined.get(parentKey + subKey);
}
