/**
 * The club named in a title row ("CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU BẢN NÀ LẰNG",
 * "DANH SÁCH THÀNH VIÊN CLB LTHTGN XÃ BẢN GIANG") or in a sheet's name ("CLB Nà Lằng").
 *
 * The clean name is the place part that follows the club words: everything up to and including
 * "câu lạc bộ" / "CLB" and the programme name ("Liên thế hệ tự giúp nhau", "LTHTGN") is dropped, and so is a
 * trailing year ("NĂM 2020") or parenthesised note. A name typed in capitals is put in title case, so the
 * two titles above give "Bản Nà Lằng" and "Xã Bản Giang". Text must already be cleaned (NFC, no legacy encoding).
 */

import { foldKey } from "../text/fold";

const CLUB_WORDS = /(?:câu\s*lạc\s*bộ|(?<!\p{L})clb(?!\p{L}))/iu;
const PLURAL_BEFORE = /(?<!\p{L})(?:các|những)\s*$/iu;
const PROGRAMME_WORDS =
  /^(?:liên\s*thế\s*hệ\s*tự\s*giúp\s*nhau|liên\s*thế\s*hệ|lthtgn|lth\s*tgn|lth)(?!\p{L})/iu;
const TRAILING_NOTE = /(?:\(.*|[-–]?\s*năm\s*\d{4}.*)$/iu;
const EDGE_PUNCTUATION = /^[\s:.,;\-–]+|[\s:.,;\-–]+$/gu;
/** A slash at the start or with a space beside it; "Thôn 5/Khu 3" keeps its own. */
const TRANSLATION = /^\s*\/|\s\/|\/\s/u;
/** "CLB: Xóm Chiềng", "Tên CLB: …", "Câu lạc bộ: …", "CLB/Club: Xom Chieng". */
const CLUB_LABEL = /^\s*(?:tên\s+)?(?:câu\s*lạc\s*bộ|clb)(?:\s*\/\s*[\p{L} ]+?)?\s*:\s*(\S.*)$/iu;

export function clubFromTitle(text: string): string | null {
  // "(Kèm theo Quyết định số … thành lập CLB …)" annotates a title; it is not the title.
  if (text.trimStart().startsWith("(")) return null;
  const match = CLUB_WORDS.exec(text);
  // "Danh sách thành viên các CLB xã …" lists several clubs: it names none.
  if (!match || PLURAL_BEFORE.test(text.slice(0, match.index))) return null;
  let rest = text.slice(match.index + match[0].length).replace(EDGE_PUNCTUATION, "");
  rest = rest.replace(PROGRAMME_WORDS, "").replace(TRAILING_NOTE, "");
  // A bilingual title gives its translation after a slash: "… CLB / CLUB MEMBER LIST" names no place.
  rest = rest.split(TRANSLATION)[0].replace(EDGE_PUNCTUATION, "");
  if (!/\p{L}|\d/u.test(rest)) return null;
  return isAllCapitals(rest) ? titleCase(rest) : rest;
}

/**
 * The club a labelled cell names ("CLB: Xóm Chiềng", "CLB/Club: Xom Chieng", "Tên CLB: CLB LTHTGN bản Hon"),
 * cleaned as a title's is; null when the cell is no such label.
 */
export function clubFromLabel(text: string): string | null {
  const label = CLUB_LABEL.exec(text);
  if (label === null) return null;
  const named = label[1];
  return clubFromTitle(CLUB_WORDS.test(named) ? named : `CLB ${named}`);
}

function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "BẢN NÀ LẰNG" → "Bản Nà Lằng": each word starts with a capital, as Vietnamese place names are written. */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s(\-/])(\p{L})/gu, (_whole, before: string, letter: string) => {
      return before + letter.toUpperCase();
    });
}

/**
 * The names spreadsheet programs give new sheets, and "DS" / "Danh sách" (the list): a sheet so named names no
 * club, so the club a register without a title or club column falls back to is no club's name.
 */
const PLACEHOLDER_SHEET =
  /^(?:sheet|trangtinh|trang|bangtinh|ds|danhsach|data|dulieu|feuil|tabelle|hoja|foglio|planilha|blad|list)\d*$/;

export function isPlaceholderSheetName(sheet: string): boolean {
  return PLACEHOLDER_SHEET.test(foldKey(sheet));
}
