/**
 * The 54 ethnic groups officially recognised in Vietnam, in the order of the General Statistics Office list
 * (Decision 1019/QĐ-TCTK of 2008, which keeps the 54 groups of the 1979 list). Only names are kept, never the
 * numeric codes: the 1979 and 2008 lists number the groups differently (DESIGN.md §2).
 *
 * Canonical names follow DESIGN.md where it names a group (Mông, Khơ Mú, Ê Đê, Gia Rai, Ra Glai, Giẻ Triêng,
 * Cơ Lao, Khmer, Bru-Vân Kiều) and the usual census spelling otherwise. Variants are other spellings of the same
 * name, the official alternative names printed with it in the GSO list (Kinh (Việt), Hoa (Hán), H'mông (Mèo),
 * Sán Chay (Cao Lan-Sán Chỉ)), and well-known sub-group names that belong to one group only ("Thái Đen",
 * "Dao Đỏ"). Other names that the GSO list gives to more than one group (e.g. "Thổ" for Tày, Khmer and the Thổ
 * group, "Hoa" for a Mông sub-group) are left out, so that no spelling can mean two groups.
 * Matching ignores case, spaces, punctuation and missing diacritics, so "Gia-rai", "Ê-đê", "Co Lao", "Hmông",
 * "M'Nông" need no entry; spellings whose diacritics differ from the name's ("Cờ Lao", "Chàm", "Lữ") do.
 */
export interface EthnicGroup {
  readonly name: string;
  readonly variants: readonly string[];
}

export const KINH = "Kinh";

export const ETHNIC_GROUPS: readonly EthnicGroup[] = [
  { name: KINH, variants: ["Việt", "Kinh (Việt)"] },
  { name: "Tày", variants: ["Tầy"] },
  { name: "Thái", variants: ["Thái Đen", "Thái Trắng", "Tày Đăm", "Tày Khao"] },
  { name: "Mường", variants: [] },
  { name: "Khmer", variants: ["Khơ-me", "Khmer Krôm", "Khơ-me Krôm"] },
  { name: "Hoa", variants: ["Hán", "Hoa (Hán)"] },
  { name: "Nùng", variants: [] },
  { name: "Mông", variants: ["H'Mông", "Mèo", "H'mông (Mèo)"] },
  {
    name: "Dao",
    variants: [
      "Dao Đỏ",
      "Dao Tiền",
      "Dao Quần Chẹt",
      "Dao Quần Trắng",
      "Dao Thanh Y",
      "Dao Lan Tẻn",
    ],
  },
  { name: "Gia Rai", variants: ["Giơ-rai", "Jarai", "Jrai", "Jơrai"] },
  { name: "Ê Đê", variants: ["Ra-đê", "Rhade"] },
  { name: "Ba Na", variants: ["Bahnar"] },
  {
    name: "Sán Chay",
    variants: ["Sán Chay (Cao Lan-Sán Chỉ)", "Cao Lan", "Sán Chỉ", "Cao Lan-Sán Chỉ"],
  },
  { name: "Chăm", variants: ["Chàm", "Chăm Pa"] },
  { name: "Cơ Ho", variants: ["Kơ Ho", "K'Ho"] },
  { name: "Xơ Đăng", variants: ["Sedang"] },
  { name: "Sán Dìu", variants: [] },
  { name: "Hrê", variants: ["Hơ Rê"] },
  { name: "Ra Glai", variants: ["Raglay", "Ra-giai"] },
  { name: "Mnông", variants: ["Mơ Nông"] },
  { name: "Thổ", variants: [] },
  { name: "Xtiêng", variants: ["Xa Điêng", "Stiêng"] },
  { name: "Khơ Mú", variants: ["Khmú", "Kmhmu", "Xá Cẩu"] },
  { name: "Bru-Vân Kiều", variants: ["Bru", "Vân Kiều"] },
  { name: "Cơ Tu", variants: ["Cờ Tu", "Ca Tu", "Katu"] },
  { name: "Giáy", variants: [] },
  { name: "Tà Ôi", variants: ["Tôi-ôi", "Pa Cô"] },
  { name: "Mạ", variants: ["Châu Mạ"] },
  { name: "Giẻ Triêng", variants: ["Gié Triêng", "Giẻ", "Triêng", "Jeh"] },
  { name: "Co", variants: ["Cor"] },
  { name: "Chơ Ro", variants: ["Châu Ro", "Chro"] },
  { name: "Xinh Mun", variants: [] },
  { name: "Hà Nhì", variants: ["Hani"] },
  { name: "Chu Ru", variants: ["Chơ Ru"] },
  { name: "Lào", variants: [] },
  { name: "La Chí", variants: [] },
  { name: "Kháng", variants: [] },
  { name: "Phù Lá", variants: ["Xá Phó"] },
  { name: "La Hủ", variants: [] },
  { name: "La Ha", variants: ["Xá Khao"] },
  { name: "Pà Thẻn", variants: ["Pà Hưng"] },
  { name: "Lự", variants: ["Lữ", "Nhuồn", "Duồn"] },
  { name: "Ngái", variants: [] },
  { name: "Chứt", variants: [] },
  { name: "Lô Lô", variants: [] },
  { name: "Mảng", variants: ["Mảng Ư"] },
  { name: "Cơ Lao", variants: ["Cờ Lao", "Gelao"] },
  { name: "Bố Y", variants: [] },
  { name: "Cống", variants: [] },
  { name: "Si La", variants: [] },
  { name: "Pu Péo", variants: ["Ka Pèo"] },
  { name: "Rơ Măm", variants: [] },
  { name: "Brâu", variants: ["Brao"] },
  { name: "Ơ Đu", variants: ["Tày Hạt"] },
];

const CANONICAL_NAMES = new Set(ETHNIC_GROUPS.map((group) => group.name));

/**
 * "Ethnic minority" means any recognised group other than Kinh. The argument is a canonical name as
 * `readEthnicity` returns it; an unknown name is not counted as a minority (nothing is guessed).
 */
export function isEthnicMinority(name: string): boolean {
  return name !== KINH && CANONICAL_NAMES.has(name);
}
