/**
 * The header texts staff write over each column (DESIGN.md §3), as data, gathered from the member registers of
 * the clubs and from the lists offices copy (social protection, poverty review, labour survey, vocational training).
 * They are matched through `foldKey`, so case, diacritics, spaces and punctuation do not matter:
 * "HỌ VÀ TÊN" = "Họ và tên" = "Ho va ten". A parenthesised note is ignored when the whole text is not known:
 * "Số tiền vay (VNĐ)" is "Số tiền vay".
 */
import type { Field, Gender, Poverty } from "../model";
import { foldKey } from "../text/fold";

/** What one header cell says, before its group header and its values are looked at. */
export type HeaderMeaning =
  | { readonly kind: "field"; readonly field: Field }
  /**
   * "Nam" / "Nữ": years under them (split birth layout) or ticks (gender marks); the values tell, and where
   * they cannot, the group header above: years under "Năm sinh", ticks under "Giới tính" or none.
   */
  | { readonly kind: "gender"; readonly gender: Gender; readonly underBirth?: boolean }
  | { readonly kind: "poverty-mark"; readonly poverty: Exclude<Poverty, "none"> }
  /** "Dân tộc thiểu số": group names written for minorities only, or ticks; the values tell. */
  | { readonly kind: "minority" }
  /** "Số tiền", "Thành tiền": an amount whose meaning comes from the group header above it. */
  | { readonly kind: "amount" }
  | { readonly kind: "notes" }
  | { readonly kind: "other-person" }
  /** "Họ đệm", "Tên": a part of the name, under "Họ và tên" (or "Họ đệm" beside "Tên"). */
  | { readonly kind: "name-part"; readonly part: "family" | "given" }
  /** "Ngày", "Tháng", "Năm": a part of the birth, under a birth header only. */
  | { readonly kind: "birth-part"; readonly part: "day" | "month" | "year" };

type MeaningTable = readonly (readonly [HeaderMeaning, readonly string[]])[];

/** Columns whose every filled cell says the member left: the date, or the reason, of leaving. */
const DEPARTURE_HEADERS = [
  "Ngày ra khỏi CLB",
  "Ngày ra khỏi câu lạc bộ",
  "Ngày rời CLB",
  "Ngày thôi tham gia",
  "Năm ra khỏi CLB",
  "Ra khỏi CLB",
  "Ngày mất",
  "Lý do ra khỏi CLB",
];
const DEPARTURE_KEYS = new Set(DEPARTURE_HEADERS.map(foldKey));

export function isDepartureHeader(header: string): boolean {
  return DEPARTURE_KEYS.has(foldKey(header.replace(/\([^)]*\)/g, "")));
}

const field = (f: Field): HeaderMeaning => ({ kind: "field", field: f });

const HEADERS: MeaningTable = [
  [field("no"), ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"]],
  [
    field("name"),
    [
      "Họ và tên",
      "Họ tên",
      "Họ, tên",
      "Tên thành viên",
      "Họ và tên thành viên",
      "Họ tên thành viên",
      "Họ và tên hội viên",
      "Họ tên hội viên",
      "Tên hội viên",
      "Họ và tên người tham gia",
      "Họ tên người tham gia",
      "Họ và tên người cao tuổi",
      "Họ tên người cao tuổi",
      "Họ và tên NCT",
      "Họ tên NCT",
      "Họ và tên đối tượng",
      "Họ tên đối tượng",
      "Họ và tên người lao động",
      "Họ và tên học viên",
      "Họ tên học viên",
      "Họ và tên người được hỗ trợ",
    ],
  ],
  [
    field("gender"),
    ["Giới tính", "Giới", "Nam/Nữ", "Nam, Nữ", "Nam hay Nữ", "Giới tính (Nam/Nữ)", "Phái"],
  ],
  [
    field("birth"),
    [
      "Năm sinh",
      "Ngày sinh",
      "Ngày tháng năm sinh",
      "Ngày, tháng, năm sinh",
      "Ngày/tháng/năm sinh",
      "Sinh năm",
      "Sinh ngày",
      "NS",
      "Năm sinh (dd/mm/yyyy)",
      "Tháng năm sinh",
    ],
  ],
  [
    field("ethnicity"),
    [
      "Dân tộc",
      "DT",
      "Thành phần dân tộc",
      "Mã dân tộc",
      "Dân tộc (mã)",
      // "Kinh - Phật giáo": the group is read, the religion after it is not.
      "Dân tộc/Tôn giáo",
      "Dân tộc, tôn giáo",
      "Dân tộc - Tôn giáo",
    ],
  ],
  [
    field("poverty"),
    [
      "Tình trạng kinh tế",
      "Tình trạng hộ",
      "Kinh tế gia đình",
      "Hộ nghèo/Cận nghèo",
      "Hộ nghèo, cận nghèo",
      // "CN" alone is no status mark ("HN/HCN" is read as the statuses it lists).
      "HN/CN",
      "Hộ nghèo/Cận nghèo/Hoàn cảnh khó khăn",
      "Hộ nghèo, cận nghèo, hoàn cảnh khó khăn",
      "Hoàn cảnh",
      "Hoàn cảnh hộ",
      "Hoàn cảnh gia đình",
      "Hoàn cảnh kinh tế",
      "Diện hộ",
      "Phân loại hộ",
      "Phân loại hộ gia đình",
      "Loại hộ",
      "Thành phần hộ",
      "Kinh tế hộ",
      "Thuộc hộ",
      "Hộ gia đình thuộc diện",
      "Điều kiện kinh tế",
    ],
  ],
  [field("club"), ["Tên CLB", "CLB", "Câu lạc bộ", "Tên câu lạc bộ", "Thuộc CLB"]],
  [field("commune"), ["Xã", "Xã/Phường", "Xã/Phường/Thị trấn", "Phường/Xã", "Xã/Thị trấn"]],
  [
    field("village"),
    [
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
      "Ấp",
      "Khu phố",
      "Thôn, bản, tổ dân phố",
      "Địa chỉ (thôn, bản)",
      "Nơi ở (thôn, bản)",
    ],
  ],
  [
    field("role"),
    [
      "Chức vụ",
      "Chức vụ trong BCN",
      "Chức vụ trong Ban chủ nhiệm",
      "Chức vụ trong CLB",
      "Chức danh",
      "Chức danh trong CLB",
      "Vai trò",
      "Vai trò trong CLB",
    ],
  ],
  [field("group"), ["Tổ/Nhóm", "Nhóm", "Tổ nhóm", "Nhóm sở thích", "Tổ tự quản", "Nhóm tự quản"]],
  [
    field("contribution"),
    [
      "Đóng góp",
      "Số tiền đóng góp",
      "Tiền đóng góp",
      "Góp vốn",
      "Đóng góp quỹ",
      "Góp quỹ",
      "Số tiền góp",
      "Tiền góp quỹ",
      "Góp quỹ CLB",
      "Mức đóng góp",
      "Tổng góp quỹ",
      "Tổng đóng góp",
      "Số tiền góp quỹ",
      "Đã góp quỹ",
      "Quỹ",
    ],
  ],
  [
    field("loan"),
    [
      "Số tiền vay",
      "Tiền vay",
      "Vay vốn",
      "Số vốn vay",
      "Vay",
      "Số tiền được vay",
      "Vay quỹ CLB",
      "Vay vốn quỹ CLB",
      "Số vốn được vay",
      "Mức vay",
      "Dư nợ",
      "Số dư nợ",
    ],
  ],
  [
    field("joined"),
    ["Ngày tham gia", "Ngày vào CLB", "Năm tham gia", "Ngày kết nạp", "Thời gian tham gia"],
  ],
  [{ kind: "gender", gender: "male" }, ["Nam"]],
  [{ kind: "gender", gender: "female" }, ["Nữ", "Trong đó nữ", "Trong đó: Nữ", "TĐ nữ"]],
  [{ kind: "poverty-mark", poverty: "poor" }, ["Hộ nghèo", "Nghèo", "HN"]],
  [{ kind: "poverty-mark", poverty: "near-poor" }, ["Hộ cận nghèo", "Cận nghèo", "HCN"]],
  [
    { kind: "poverty-mark", poverty: "hardship" },
    ["Hoàn cảnh khó khăn", "Hộ khó khăn", "Khó khăn", "HCKK", "Hộ hoàn cảnh khó khăn"],
  ],
  [
    { kind: "minority" },
    [
      "Dân tộc thiểu số",
      "DTTS",
      "Người dân tộc thiểu số",
      "Người DTTS",
      "Là người DTTS",
      "Đồng bào dân tộc thiểu số",
      "Đồng bào DTTS",
    ],
  ],
  [
    { kind: "amount" },
    ["Số tiền", "Thành tiền", "Số vốn", "Số lượng tiền", "Số tiền (đồng)", "Mức tiền"],
  ],
  [
    { kind: "notes" },
    [
      "Ghi chú",
      "Ghi chú khác",
      "Đối tượng",
      "Thuộc đối tượng",
      "Diện đối tượng",
      "Thuộc diện",
      "Diện",
      "Đối tượng ưu tiên",
      "Tình trạng",
      "Tình trạng hiện nay",
      // A status column of exported lists: "Đang sinh hoạt", "Đã mất", "Chuyển đi", "Ra khỏi CLB".
      "Trạng thái",
      ...DEPARTURE_HEADERS,
      "Trạng thái thành viên",
      "Tình trạng sinh hoạt",
      "Lý do",
      // The command line's own consolidated sheet, in English.
      "Notes",
    ],
  ],
  [
    { kind: "name-part", part: "family" },
    ["Họ đệm", "Họ và đệm", "Họ và tên đệm", "Họ, tên đệm", "Họ và chữ đệm", "Họ, chữ đệm", "Họ"],
  ],
  [{ kind: "name-part", part: "given" }, ["Tên", "Tên gọi"]],
  [{ kind: "birth-part", part: "day" }, ["Ngày"]],
  [{ kind: "birth-part", part: "month" }, ["Tháng"]],
  [
    { kind: "other-person" },
    [
      "Họ tên chủ hộ",
      "Họ và tên chủ hộ",
      "Chủ hộ",
      "Người nhận",
      "Họ tên người nhận",
      "Người giám hộ",
      "Họ tên người giám hộ",
      "Người chăm sóc",
    ],
  ],
];

/**
 * Headers in English: the lists of projects run with international partners (HelpAge's ISHC forms) are printed
 * with an English row under the Vietnamese one, or in English alone.
 */
const ENGLISH_HEADERS: MeaningTable = [
  [field("name"), ["Full name", "Name", "Member name", "Name of member", "Member's name"]],
  [field("gender"), ["Sex", "Gender", "Sex (M/F)", "Gender (M/F)"]],
  [field("birth"), ["Year of birth", "Date of birth", "Birth year", "YOB", "DOB"]],
  [field("ethnicity"), ["Ethnicity", "Ethnic group", "Ethnic minority group"]],
  [field("poverty"), ["Household status", "Household economic status", "Poverty status"]],
  [field("club"), ["Club", "Club name", "ISHC"]],
  [field("commune"), ["Commune", "Commune/Ward"]],
  [field("village"), ["Village", "Hamlet", "Village/Hamlet"]],
  [field("role"), ["Position", "Role", "Position in club", "Position in the club", "Role in club"]],
  [field("contribution"), ["Contribution", "Contributions", "Savings", "Fund contribution"]],
  [field("loan"), ["Loan", "Loans", "Loan amount", "Revolving loan"]],
  [field("joined"), ["Date joined", "Joined", "Year joined"]],
  [{ kind: "gender", gender: "male" }, ["Male"]],
  [{ kind: "gender", gender: "female" }, ["Female"]],
  [{ kind: "poverty-mark", poverty: "poor" }, ["Poor HH", "Poor household", "Poor"]],
  [
    { kind: "poverty-mark", poverty: "near-poor" },
    ["Near-poor HH", "Near-poor household", "Near-poor", "Near poor"],
  ],
  [{ kind: "poverty-mark", poverty: "hardship" }, ["Hardship", "Hardship household"]],
  [{ kind: "notes" }, ["Note", "Remarks", "Remark"]],
];

/**
 * A gender under any of these is a tick or a year, as the values say; the split birth layout puts
 * "Năm sinh" over "Nam" | "Nữ", the mark layout "Giới tính" over them.
 */
const GENDER_PARENTS = ["Giới tính", "Giới", "Trong đó", "Sex", "Gender"];

/** Group headers above an amount ("Vay vốn quỹ CLB" → "Số tiền") that say what the amount is, by folded part. */
const AMOUNT_CONTEXTS: readonly (readonly [string, "loan" | "contribution"])[] = [
  ["vay", "loan"],
  ["duno", "loan"],
  ["gop", "contribution"],
  ["donggop", "contribution"],
];

/** Group headers above a name that is another person's ("Người nhận" → "Họ tên"), by folded part. */
const OTHER_PERSON_CONTEXTS = [
  "nguoinhan",
  "nguoigiamho",
  "nguoichamsoc",
  "nguoidaidien",
  "nguoiuyquyen",
  "nguoinuoiduong",
  "nguoithan",
  "nguoibaotro",
  "chuho",
  "vochong",
  "chame",
  "bome",
];

function buildTable(): Map<string, HeaderMeaning> {
  const byKey = new Map<string, HeaderMeaning>();
  for (const [meaning, headers] of [...HEADERS, ...ENGLISH_HEADERS]) {
    for (const header of headers) {
      const key = foldKey(header);
      // One spelling with two meanings is a programming error, caught by the first test run.
      const known = byKey.get(key);
      if (known && known !== meaning) throw new Error(`header "${header}" has two meanings`);
      byKey.set(key, meaning);
    }
  }
  return byKey;
}

const MEANINGS = buildTable();

/**
 * Headers told apart by their diacritics only, looked up on their exact lower-case text first: "Năm" (year)
 * under "Ngày sinh" is not "Nam" (male) under "Năm sinh".
 */
const BY_EXACT_TEXT: ReadonlyMap<string, HeaderMeaning> = new Map([
  ["năm", { kind: "birth-part", part: "year" }],
  // "No." numbers the rows; "Nợ" (a debt) folds to the same letters.
  ["no.", { kind: "field", field: "no" }],
]);
const BIRTH_KEYS = new Set(
  (HEADERS.find(([m]) => m.kind === "field" && m.field === "birth")?.[1] ?? []).map(foldKey)
);
const GENDER_PARENT_KEYS = new Set(GENDER_PARENTS.map(foldKey));

/** Folded key of a header text, the key without its parenthesised notes, and the exact lower-case text. */
export interface HeaderKey {
  readonly key: string;
  readonly plainKey: string;
  readonly exact: string;
}

export function headerKey(text: string): HeaderKey {
  return {
    key: foldKey(text),
    plainKey: foldKey(text.replace(/\([^)]*\)/g, "")),
    exact: text.normalize("NFC").trim().toLowerCase(),
  };
}

/** What one header cell says by itself. */
export function meaningOf(header: HeaderKey): HeaderMeaning | undefined {
  return (
    BY_EXACT_TEXT.get(header.exact) ??
    MEANINGS.get(header.key) ??
    birthOfGender(header.key) ??
    MEANINGS.get(header.plainKey) ??
    statusList(header.exact) ??
    amountMeaning(header.key)
  );
}

const GENDER_WORDS: readonly (readonly [string, Gender])[] = [
  ["nam", "male"],
  ["nu", "female"],
];

/**
 * The split birth layout in one header row: "Năm sinh (Nam)" | "Năm sinh (Nữ)", "Nam (năm sinh)", "NS nữ" — the
 * year written under the member's gender, as "Năm sinh" over "Nam" | "Nữ" says in two rows.
 */
function birthOfGender(key: string): HeaderMeaning | undefined {
  for (const [word, gender] of GENDER_WORDS) {
    const birth = key.endsWith(word)
      ? key.slice(0, -word.length)
      : key.startsWith(word)
        ? key.slice(word.length)
        : null;
    if (birth !== null && BIRTH_KEYS.has(birth))
      return { kind: "gender", gender, underBirth: true };
  }
  return undefined;
}

/**
 * Household statuses listed in one header ("Hộ nghèo, cận nghèo, khó khăn", "Nghèo / Cận nghèo / HCKK"): a column
 * of statuses, as "Hộ nghèo/Cận nghèo" is; each of them alone heads a column of ticks.
 */
function statusList(exact: string): HeaderMeaning | undefined {
  const parts = exact.split(/\s*(?:[,/;]|\svà\s|\s[-–]\s)\s*/u).filter((part) => part !== "");
  if (parts.length < 2) return undefined;
  const statuses = parts.every((part) => MEANINGS.get(foldKey(part))?.kind === "poverty-mark");
  return statuses ? { kind: "field", field: "poverty" } : undefined;
}

/** Words of an amount of money in a folded header: "số tiền", "(đồng)", "VNĐ", "vốn", "mức". */
const MONEY_WORDS = /tien|dong|vnd|von|muc/;
/** Words of what is not the amount, beside it: its date, term, purpose, rate. */
const NOT_AMOUNT = /ngay|thoihan|mucdich|laisuat|thang|nam|hinhthuc|nguon/;

/**
 * A money header phrased otherwise than the synonyms ("Đã đóng quỹ (đồng)", "Số tiền đã vay", "Tiền góp quỹ
 * năm nay"): a loan when it speaks of borrowing, a contribution when of paying into the fund, and of an amount
 * in either case — "Ngày vay" (the loan's date) is not a loan.
 */
function amountMeaning(key: string): HeaderMeaning | undefined {
  if (!MONEY_WORDS.test(key) || NOT_AMOUNT.test(key.replace(/namnay|donggop/g, "")))
    return undefined;
  if (/vay|duno/.test(key)) return { kind: "field", field: "loan" };
  if (/donggop|gopquy|gopvon|dongquy|nopquy/.test(key))
    return { kind: "field", field: "contribution" };
  return undefined;
}

/** Whether a group header puts "Nam" | "Nữ" under it: a birth header, "Giới tính", "Trong đó". */
export function isGenderParent(parent: HeaderKey): boolean {
  return (
    isBirthHeader(parent) || [parent.key, parent.plainKey].some((k) => GENDER_PARENT_KEYS.has(k))
  );
}

/** Whether a group header is the member's name, over its parts ("Họ và tên" over "Họ đệm" | "Tên"). */
export function isNameHeader(header: HeaderKey): boolean {
  const meaning = meaningOf(header);
  return meaning?.kind === "field" && meaning.field === "name";
}

export function isBirthHeader(header: HeaderKey): boolean {
  return [header.key, header.plainKey].some((k) => BIRTH_KEYS.has(k));
}

/** What an amount under this group header is, if the group header says. */
export function amountContext(parent: HeaderKey): "loan" | "contribution" | undefined {
  return AMOUNT_CONTEXTS.find(([part]) => parent.key.includes(part))?.[1];
}

/** Whether a group header is about another person than the member ("Người nhận", "Chủ hộ"). */
export function isOtherPersonContext(parent: HeaderKey): boolean {
  return OTHER_PERSON_CONTEXTS.some((part) => parent.key.includes(part));
}

/**
 * The factor a money header's unit sets: "(nghìn đồng)", "(1.000 đ)", "(ngàn đ)" → 1 000; "(triệu đồng)",
 * "(tr.đ)" → 1 000 000. Amounts are kept in đồng, so "5.000" under "nghìn đồng" is 5 000 000.
 */
export function moneyScale(header: string): number {
  const key = foldKey(header);
  if (/(?:nghin|ngan|1000)(?:dong|d|vnd)/.test(key)) return 1_000;
  if (/(?:trieu|tr)(?:dong|d|vnd)/.test(key)) return 1_000_000;
  return 1;
}

/**
 * The unit a line above the table states for its amounts: "ĐVT: 1.000 đồng", "Đơn vị tính: triệu đồng" → the
 * factor to đồng; null when the text is no unit line.
 */
export function unitLineScale(text: string): number | null {
  const line = /^\s*(?:đvt|đơn vị tính|đơn vị)\s*[:.]\s*(\S.*)$/i.exec(text.normalize("NFC"));
  return line === null ? null : moneyScale(line[1]);
}

/** Whether a money header states its own unit ("(đồng)", "(VNĐ)", "(nghìn đồng)"): a unit line does not apply. */
export function statesMoneyUnit(header: string): boolean {
  return moneyScale(header) !== 1 || /đồng|vnđ|vnd|\(đ\)/i.test(header.normalize("NFC"));
}

/**
 * The codes a header explains in brackets: "Giới tính (1: Nam; 0: Nữ)", "(Nam = 1, Nữ = 2)", "(1-Hộ nghèo,
 * 2-Cận nghèo)". At least two codes, or none: a lone "(1)" numbers the column. One code of a gender ("(Nữ = 1)")
 * says the other: 1 for one gender, 0 for the other.
 */
export function codeLegend(header: string): Record<string, string> | null {
  let legend: Record<string, string> = {};
  for (const inside of header.matchAll(/\(([^)]*)\)/g))
    legend = { ...legend, ...codePairs(inside[1]) };
  const codes = Object.keys(legend);
  if (codes.length === 1 && codes[0] === "1") {
    const other = OTHER_GENDER.get(foldKey(legend["1"]));
    if (other !== undefined) legend["0"] = other;
  }
  return Object.keys(legend).length >= 2 ? legend : null;
}

/**
 * A household status header that names near-poor households ("Hộ nghèo, cận nghèo") or abbreviates them ("HN/CN")
 * says what "CN" stands for under it: "cận nghèo", not the "chủ nhiệm" (chair) it is elsewhere, which is why a
 * poverty cell does not read it alone.
 */
export function povertyAbbreviations(header: string): Record<string, string> | null {
  const parts = header.split(/[\s/,;&+-]+/).filter((part) => part !== "");
  const known = ["HN", "CN", "HCN", "HCKK"];
  const abbreviated = parts.includes("CN") && parts.every((part) => known.includes(part));
  return abbreviated || foldKey(header).includes("canngheo") ? { CN: "Cận nghèo" } : null;
}

const OTHER_GENDER = new Map([
  ["nu", "Nam"],
  ["nam", "Nữ"],
]);

/** "1 - Nam; 2 - Nữ", "Nam = 1, Nữ = 2": each code (leading zeros dropped: "01" is 1) and its word. */
export function codePairs(text: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const part of text.split(/[;,]/)) {
    const codeFirst = /^\s*(\d{1,2})\s*[:=.\-–]\s*(\S.*?)\s*$/.exec(part);
    const codeLast = /^\s*(\S.*?)\s*[:=]\s*(\d{1,2})\s*$/.exec(part);
    if (codeFirst) pairs[plainCode(codeFirst[1])] = codeFirst[2];
    else if (codeLast) pairs[plainCode(codeLast[2])] = codeLast[1];
  }
  return pairs;
}

/** A code as a legend and a cell both write it: "01", "1" and 1 are one code. */
export function plainCode(code: string): string {
  return code.trim().replace(/^0+(?=\d)/, "");
}
