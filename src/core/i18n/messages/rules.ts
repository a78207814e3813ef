import type { Bilingual } from "../text";

/**
 * Messages of the rule catalogue (src/core/validation/catalogue.ts). Each says what is wrong and what is expected,
 * as a careful colleague would. Placeholders are filled by issueMessage, which renders numbers, shares, dates and
 * amounts the way each language writes them.
 */
export const ruleMessages = {
  "rule.table.missing-column": {
    vi: "Trang “{sheet}” không có cột {field}, trong khi {field} là thông tin bắt buộc của mỗi thành viên. Hãy thêm cột {field} vào danh sách.",
    en: "Sheet “{sheet}” has no {field} column, and the {field} is required for every member. Add a {field} column to the register.",
  },
  "rule.table.unmapped-column": {
    vi: "Cột {column} (“{header}”) của trang “{sheet}” không được đọc: chưa rõ cột này ghi thông tin gì. Nếu cột ghi một thông tin cần tính (giới tính, dân tộc, hộ nghèo, số tiền…), hãy chỉ định cột này trong phần ánh xạ cột.",
    en: "Column {column} (“{header}”) of sheet “{sheet}” is not read: what it holds is not known. If it holds something to count (gender, ethnic group, poverty, an amount…), assign it in the column mapping.",
  },
  "rule.table.figures-unknown": {
    vi: "Trang “{sheet}”: {reason}, nên không tính được {figures}. Các số này để trống (chưa rõ), không phải 0. Nếu danh sách có ghi thông tin này, hãy chỉ định cột trong phần ánh xạ cột.",
    en: "Sheet “{sheet}”: {reason}, so {figures} cannot be computed. They are left blank (unknown), not 0. If the register holds this, assign its column in the column mapping.",
  },
  "rule.table.column-unreadable": {
    vi: "Cột {column} (“{header}”) của trang “{sheet}” được đọc là {field}, nhưng {unreadable}/{filled} ô không đọc được (ví dụ “{value}” ở ô {cell}). Có thể cột này không ghi {field}: hãy kiểm tra tiêu đề cột hoặc phần ánh xạ cột. {expected}",
    en: "Column {column} (“{header}”) of sheet “{sheet}” is read as the {field}, but {unreadable} of {filled} cells cannot be read (e.g. “{value}” in {cell}). It may not hold the {field}: check the column's header or the column mapping. {expected}",
  },
  "rule.table.totals-mismatch": {
    vi: "Dòng tổng cộng {row} ghi {stated} thành viên, nhưng danh sách phía trên có {counted} thành viên. Hãy kiểm tra lại số tổng cộng (có thể đã cũ) hoặc danh sách.",
    en: "The totals row {row} states {stated} members, but {counted} are listed above it. Check the total (it may be out of date) or the list.",
  },
  "rule.table.filled-down": {
    vi: "Các dòng {first}–{last} của trang “{sheet}” không có họ tên, chỉ lặp lại “{value}” (có lẽ do kéo điền xuống), nên không được tính là thành viên. Nếu đây là thành viên, hãy nhập họ tên; nếu không, hãy xoá các ô này.",
    en: "Rows {first}–{last} of sheet “{sheet}” have no name and only repeat “{value}” (probably filled down), so they are not counted as members. If they are members, enter their names; if not, clear these cells.",
  },
  "rule.table.hidden-sheet": {
    vi: "Trang “{sheet}” {how}, nhưng {count} thành viên trong đó vẫn được tính vào số liệu. Nếu đây là bản cũ hay bản nháp, hãy xoá trang hoặc chuyển sang tệp khác; nếu không, hãy hiện trang lên để thấy những ai được tính.",
    en: "Sheet “{sheet}” {how}, yet the members on it ({count}) are counted in the figures. If it is an old copy or a draft, delete the sheet or move it to another file; if not, show the sheet to see who is counted.",
  },
  "rule.table.club-unnamed": {
    vi: "Danh sách ở trang “{sheet}” không ghi tên CLB (ở dòng tiêu đề hay ở cột “Tên CLB”), nên {count} thành viên được tính vào CLB “{sheet}” — tên mặc định của trang tính, và báo cáo sẽ in tên này. Hãy ghi tên CLB vào dòng tiêu đề (ví dụ “DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ LẰNG”) hoặc đổi tên trang thành tên CLB.",
    en: "The list on sheet “{sheet}” names no club (in a title row or a “Tên CLB” column), so its {count} members are counted in a club called “{sheet}”, the sheet's default name, and the report will print that name. Write the club's name in a title row (e.g. “DANH SÁCH THÀNH VIÊN CLB LTHTGN BẢN NÀ LẰNG”) or rename the sheet after the club.",
  },
  "rule.table.copy": {
    vi: "Trang “{sheet}” liệt kê lại {repeated}/{count} thành viên đã có ở trang {from} (một bản tổng hợp, bản sao hay danh sách của năm trước), nên không được tính thêm lần nữa: các số liệu đếm mỗi người một lần. Nếu đây là những người khác, hãy kiểm tra họ tên và năm sinh.",
    en: "Sheet “{sheet}” lists again {repeated} of its {count} members already on sheet(s) {from} (a summary, a copy or an earlier year's list), so it is not counted again: the figures count each person once. If these are other people, check their names and years of birth.",
  },
  "rule.cell.required": {
    vi: "Ô {cell} còn trống, nhưng {field} là thông tin bắt buộc. Hãy nhập {field} của thành viên ở dòng {row}.",
    en: "{cell} is blank, but the {field} is required. Enter the {field} of the member in row {row}.",
  },
  "rule.cell.unreadable": {
    vi: "Không đọc được {field} “{value}” ở ô {cell}. {expected}",
    en: "The {field} “{value}” in {cell} cannot be read. {expected}",
  },
  "rule.cell.uncalculated": {
    vi: "Ô {cell} chứa công thức nhưng tệp không lưu kết quả của công thức (thường gặp ở tệp do phần mềm khác xuất ra), nên chưa biết {field} của thành viên ở dòng {row}. Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại để kết quả được lưu vào tệp, sau đó chạy lại.",
    en: "{cell} holds a formula whose result the file does not store (files exported by other programs often lack them), so the {field} of the member in row {row} is unknown. Open the file in Excel or LibreOffice and save it, so that the results are stored, then run again.",
  },
  "rule.cell.birth-future": {
    vi: "Năm sinh {year} ở ô {cell} là năm trong tương lai (ngày báo cáo {reference}). Hãy kiểm tra lại năm sinh.",
    en: "Year of birth {year} in {cell} is in the future (report date {reference}). Check the year of birth.",
  },
  "rule.cell.age-range": {
    vi: "Năm sinh {year} ở ô {cell} cho tuổi {age} vào ngày báo cáo {reference}, ngoài khoảng {min}–{max} tuổi của thành viên câu lạc bộ. Hãy kiểm tra lại năm sinh.",
    en: "Year of birth {year} in {cell} gives an age of {age} at the report date {reference}, outside the {min}–{max} years expected of club members. Check the year of birth.",
  },
  "rule.cell.money-negative": {
    vi: "Số tiền {amount} đồng ở ô {cell} ({field}) là số âm. Số tiền đóng góp hay vay phải từ 0 trở lên: có thể dấu trừ bị gõ nhầm.",
    en: "The amount {amount} VND in {cell} ({field}) is negative. A contribution or a loan is 0 or more: the minus sign may be a typing slip.",
  },
  "rule.cell.money-implausible": {
    vi: "Số tiền {amount} đồng ở ô {cell} ({field}) lớn hơn mức hợp lý {max} đồng cho một thành viên: có thể bị gõ thừa chữ số. Hãy kiểm tra lại số tiền.",
    en: "The amount {amount} VND in {cell} ({field}) is above the plausible {max} VND for one member: digits may have been typed twice. Check the amount.",
  },
  "rule.text.legacy-encoding": {
    vi: "Chữ “{value}” ở ô {cell} được gõ bằng bảng mã cũ (TCVN3 hoặc VNI) nên hiển thị sai dấu. Nên chuyển sang Unicode để tìm kiếm, sắp xếp và đếm cho đúng.",
    en: "The text “{value}” in {cell} is in an old encoding (TCVN3 or VNI), so its accents show wrongly. Convert it to Unicode so that searching, sorting and counting work.",
  },
  "rule.text.decomposed": {
    vi: "Chữ “{value}” ở ô {cell} dùng dấu tổ hợp (Unicode NFD): trông giống hệt nhưng không khớp khi tìm kiếm hay so sánh. Nên chuyển sang dạng dựng sẵn (NFC).",
    en: "The text “{value}” in {cell} uses combining accents (Unicode NFD): it looks the same but does not match when searching or comparing. Convert it to precomposed form (NFC).",
  },
  "rule.text.stray-spaces": {
    vi: "Ô {cell} có khoảng trắng thừa (ở đầu, ở cuối, hai dấu cách liền nhau hoặc dấu cách không ngắt). Nên xoá bớt để việc so sánh được chính xác.",
    en: "{cell} has stray spaces (leading, trailing, doubled or non-breaking). Remove them so that comparisons are exact.",
  },
  "rule.row.split-both": {
    vi: "Dòng {row} có năm sinh ở cả cột “Nam” và cột “Nữ”, nên không biết thành viên là nam hay nữ. Hãy chỉ giữ năm sinh ở cột đúng với giới tính của thành viên.",
    en: "Row {row} has a year of birth under both “Nam” (male) and “Nữ” (female), so the member's gender is unknown. Keep the year only under the column for the member's gender.",
  },
  "rule.row.split-neither": {
    vi: "Dòng {row} có thông tin thành viên nhưng không có năm sinh ở cột “Nam” hay cột “Nữ”. Hãy nhập năm sinh vào cột đúng với giới tính của thành viên.",
    en: "Row {row} has member data but no year of birth under “Nam” (male) or “Nữ” (female). Enter the year of birth under the column for the member's gender.",
  },
  "rule.row.gender-marks-both": {
    vi: "Dòng {row} có đánh dấu ở cả cột “Nam” và cột “Nữ”, nên không biết thành viên là nam hay nữ. Hãy chỉ giữ dấu ở cột đúng với giới tính của thành viên.",
    en: "Row {row} has a tick under both “Nam” (male) and “Nữ” (female), so the member's gender is unknown. Keep the tick only under the column for the member's gender.",
  },
  "rule.row.gender-marks-neither": {
    vi: "Dòng {row} có thông tin thành viên nhưng không đánh dấu ở cột “Nam” hay cột “Nữ”. Hãy đánh dấu x vào cột đúng với giới tính của thành viên.",
    en: "Row {row} has member data but no tick under “Nam” (male) or “Nữ” (female). Put an x under the column for the member's gender.",
  },
  "rule.row.loan-without-amount": {
    vi: "Dòng {row} ghi thành viên có vay (“{value}” ở ô {cell}) nhưng không ghi số tiền. Hãy nhập số tiền vay, ví dụ 5.000.000.",
    en: "Row {row} marks a loan (“{value}” in {cell}) but gives no amount. Enter the amount borrowed, e.g. 5,000,000.",
  },
  "rule.row.unknown-role": {
    vi: "Chức vụ “{value}” ở ô {cell} không có trong danh mục (Chủ nhiệm, Phó chủ nhiệm, Ủy viên, Thành viên), nên thành viên ở dòng {row} không được tính vào ban chủ nhiệm. Hãy chọn một chức vụ trong danh mục.",
    en: "The role “{value}” in {cell} is not in the catalogue (Chủ nhiệm: chair, Phó chủ nhiệm: vice-chair, Ủy viên: board member, Thành viên: member), so the member in row {row} is not counted on the board. Choose a role from the catalogue.",
  },
  "rule.row.after-footer": {
    vi: "Dòng {row} (“{value}”) nằm dưới dòng tổng cộng nên không được tính là thành viên. Nếu đây là một thành viên, hãy chuyển dòng này lên trên dòng tổng cộng.",
    en: "Row {row} (“{value}”) is below the totals row, so it is not counted as a member. If it is a member, move the row above the totals row.",
  },
  "rule.row.repeated-header": {
    vi: "Dòng {row} lặp lại tiêu đề của danh sách (“{value}”), nên không được tính là thành viên.",
    en: "Row {row} repeats the register's header (“{value}”), so it is not counted as a member.",
  },
  "rule.row.former-member": {
    vi: "Thành viên ở dòng {row} được ghi chú “{value}”, nên không được tính là thành viên hiện tại: các số liệu chỉ tính thành viên đang sinh hoạt, người đã rời câu lạc bộ được đếm riêng. Nếu người này vẫn sinh hoạt, hãy sửa ghi chú.",
    en: "The member in row {row} is noted “{value}”, so they are not counted as a current member: figures count members still in the club, and those who left are counted apart. If this person is still a member, correct the note.",
  },
  "rule.row.hidden": {
    vi: "{rows} {how}, nhưng các thành viên ở đó ({count}) vẫn được tính vào số liệu (công thức của báo cáo cũng tính cả dòng ẩn). Hãy hiện các dòng lên (hoặc bỏ lọc) để thấy những ai được tính.",
    en: "{rows} {how}, yet the members there ({count}) are counted in the figures (the report's formulas count hidden rows too). Unhide the rows (or clear the filter) to see who is counted.",
  },
  "rule.dup.same-club": {
    vi: "Thành viên “{name}” (sinh năm {year}) ở dòng {row} trùng với {first} trong cùng câu lạc bộ “{club}”. Hãy xoá dòng trùng, hoặc sửa lại nếu đây là hai người khác nhau.",
    en: "The member “{name}” (born {year}) in row {row} repeats {first} of the same club, “{club}”. Delete the repeated row, or correct it if these are two different people.",
  },
  "rule.dup.other-club": {
    vi: "Thành viên “{name}” (sinh năm {year}) ở dòng {row} (câu lạc bộ “{club}”) cũng có tên trong câu lạc bộ “{otherClub}”, {first}. Mỗi người thường chỉ sinh hoạt ở một câu lạc bộ: hãy kiểm tra xem có phải cùng một người không.",
    en: "The member “{name}” (born {year}) in row {row} (club “{club}”) is also listed in the club “{otherClub}”, {first}. A person usually belongs to one club only: check whether this is the same person.",
  },
  "rule.club.size": {
    vi: "Câu lạc bộ “{club}” có {count} thành viên, {comparison} mức {min}–{max} thành viên ({source}). Hãy kiểm tra danh sách đã đầy đủ chưa.",
    en: "The club “{club}” has {count} members, {comparison} the {min}–{max} members of {source}. Check that the register is complete.",
  },
  "rule.club.women-share": {
    vi: "Câu lạc bộ “{club}” có {count}/{of} thành viên là nữ ({share}), {comparison} {bound} ({source}).",
    en: "The club “{club}” has {count} women among {of} members ({share}), {comparison} {bound} ({source}).",
  },
  "rule.club.older-share": {
    vi: "Câu lạc bộ “{club}” có {count}/{of} thành viên từ {age} tuổi trở lên ({share}), {comparison} {bound} ({source}).",
    en: "The club “{club}” has {count} of {of} members aged {age} or over ({share}), {comparison} {bound} ({source}).",
  },
  "rule.club.younger-share": {
    vi: "Câu lạc bộ “{club}” có {count}/{of} thành viên dưới {age} tuổi ({share}), {comparison} {bound} ({source}).",
    en: "The club “{club}” has {count} of {of} members under {age} ({share}), {comparison} {bound} ({source}).",
  },
  "rule.club.poor-share": {
    vi: "Câu lạc bộ “{club}” có {count}/{of} thành viên thuộc hộ nghèo, cận nghèo hoặc có hoàn cảnh khó khăn ({share}), {comparison} {bound} ({source}).",
    en: "The club “{club}” has {count} of {of} members from poor, near-poor or hardship households ({share}), {comparison} {bound} ({source}).",
  },
  "rule.club.board-size": {
    vi: "Ban chủ nhiệm câu lạc bộ “{club}” có {count} người (chủ nhiệm, phó chủ nhiệm và ủy viên), trong khi hướng dẫn là {expected} người ({source}). Hãy kiểm tra lại cột chức vụ.",
    en: "The board of the club “{club}” has {count} people (chair, vice-chairs and board members), while the guidance is {expected} people ({source}). Check the role column.",
  },
  "rule.club.no-chair": {
    vi: "Câu lạc bộ “{club}” chưa có ai giữ chức chủ nhiệm trong danh sách. Hãy ghi “Chủ nhiệm” ở cột chức vụ của người đứng đầu câu lạc bộ.",
    en: "No one in the club “{club}” is listed as its chair. Write “Chủ nhiệm” in the role column of the person who leads the club.",
  },
  "rule.club.many-chairs": {
    vi: "Câu lạc bộ “{club}” có {count} người giữ chức chủ nhiệm ({rows}), trong khi mỗi câu lạc bộ chỉ có một chủ nhiệm. Hãy kiểm tra lại chức vụ: có thể một người là phó chủ nhiệm.",
    en: "The club “{club}” has {count} chairs ({rows}), while a club has one chair only. Check the roles: one of them may be a vice-chair.",
  },
  "rule.figure.mismatch": {
    vi: "{label}: báo cáo ghi {reported}, nhưng tính lại {basis} được {computed}. Hãy sửa số liệu trong báo cáo thành {computed}.",
    en: "{label}: {reported} reported, {computed} computed {basis}. Correct the reported figure to {computed}.",
  },

  // Pieces of the messages above.
  "rule.below": { vi: "dưới mức tối thiểu", en: "below the minimum of" },
  "rule.above": { vi: "trên mức tối đa", en: "above the maximum of" },
  "rule.fewer": { vi: "ít hơn", en: "fewer than" },
  "rule.more": { vi: "nhiều hơn", en: "more than" },
  "rule.ref.row": { vi: "dòng {row}", en: "row {row}" },
  "rule.ref.sheet-row": {
    vi: "dòng {row} của trang “{sheet}”",
    en: "row {row} of sheet “{sheet}”",
  },
  "rule.ref.rows": { vi: "dòng {rows}", en: "rows {rows}" },
  "rule.ref.sheet-rows": {
    vi: "dòng {rows} của trang “{sheet}”",
    en: "rows {rows} of sheet “{sheet}”",
  },
  "rule.rows.one": { vi: "Dòng {rows}", en: "Row {rows} is" },
  "rule.rows.range": { vi: "Các dòng {rows}", en: "Rows {rows} are" },
  "rule.hidden.sheet": {
    vi: "đang bị ẩn (bấm chuột phải vào tên một trang → Bỏ ẩn để hiện lại)",
    en: "is hidden (right-click a sheet tab → Unhide shows it)",
  },
  "rule.hidden.very": {
    vi: "bị ẩn sâu (“very hidden”: chỉ trình soạn VBA hoặc macro mới hiện lại được)",
    en: "is very hidden (only the VBA editor or a macro can show it)",
  },
  "rule.hidden.rows": { vi: "đang bị ẩn", en: "hidden" },
  "rule.hidden.filtered": {
    vi: "đang bị bộ lọc của trang ẩn đi",
    en: "filtered out by the sheet's filter",
  },
  "rule.basis.share": { vi: "từ {count}/{of}", en: "from {count} of {of}" },
  "rule.basis.register": { vi: "từ danh sách", en: "from the register" },
  "rule.reason.no-column": { vi: "không có cột {field}", en: "there is no {field} column" },
  "rule.reason.no-hardship-column": {
    vi: "hộ nghèo và cận nghèo được đánh dấu ở cột riêng nhưng không có cột hoàn cảnh khó khăn",
    en: "poor and near-poor households are ticked in columns of their own, but there is no hardship column",
  },
  "rule.reason.no-hardship-value": {
    vi: "cột “{header}” chỉ ghi hộ nghèo và cận nghèo, không ghi hộ có hoàn cảnh khó khăn",
    en: "the column “{header}” records poor and near-poor households only, not hardship",
  },
  "rule.reason.nothing-readable": {
    vi: "cột {field} không có giá trị nào đọc được",
    en: "the {field} column holds no readable value",
  },

  // Field names as they read inside a sentence.
  "rule.field.no": { vi: "số thứ tự", en: "row number" },
  "rule.field.name": { vi: "họ và tên", en: "name" },
  "rule.field.gender": { vi: "giới tính", en: "gender" },
  "rule.field.birth": { vi: "năm sinh", en: "year of birth" },
  "rule.field.ethnicity": { vi: "dân tộc", en: "ethnic group" },
  "rule.field.poverty": {
    vi: "hoàn cảnh kinh tế (hộ nghèo, cận nghèo)",
    en: "household status (poor, near-poor)",
  },
  "rule.field.club": { vi: "tên câu lạc bộ", en: "club name" },
  "rule.field.commune": { vi: "xã/phường", en: "commune" },
  "rule.field.village": { vi: "thôn/bản/tổ", en: "village" },
  "rule.field.role": { vi: "chức vụ", en: "board role" },
  "rule.field.group": { vi: "tổ/nhóm", en: "group" },
  "rule.field.contribution": { vi: "khoản đóng góp", en: "contribution" },
  "rule.field.loan": { vi: "số tiền vay", en: "loan amount" },
  "rule.field.joined": { vi: "ngày tham gia", en: "date of joining" },

  // What a readable value of each field looks like (the second sentence of rule.cell.unreadable).
  "rule.expect.no": { vi: "Số thứ tự cần là một số.", en: "A row number is a number." },
  "rule.expect.name": {
    vi: "Họ và tên cần được viết bằng chữ, ví dụ “Lò Thị Mai”.",
    en: "A name is written in letters, e.g. “Lò Thị Mai”.",
  },
  "rule.expect.gender": {
    vi: "Giới tính cần ghi “Nam” hoặc “Nữ”.",
    en: "The gender is written “Nam” (male) or “Nữ” (female).",
  },
  "rule.expect.birth": {
    vi: "Năm sinh cần là một năm từ 1900 đến 2100 (ví dụ 1955) hoặc ngày sinh đầy đủ dạng ngày/tháng/năm (ví dụ 05/03/1955).",
    en: "A year of birth is a year from 1900 to 2100 (e.g. 1955) or a full date of birth as day/month/year (e.g. 05/03/1955).",
  },
  "rule.expect.ethnicity": {
    vi: "Dân tộc cần là tên một trong 54 dân tộc của Việt Nam, ví dụ Kinh, Thái, Mông, Dao.",
    en: "An ethnic group is the name of one of Vietnam's 54 groups, e.g. Kinh, Thái, Mông, Dao.",
  },
  "rule.expect.poverty": {
    vi: "Hãy ghi “Hộ nghèo”, “Cận nghèo”, “Hoàn cảnh khó khăn”, hoặc “Không”.",
    en: "Write “Hộ nghèo” (poor), “Cận nghèo” (near-poor), “Hoàn cảnh khó khăn” (hardship) or “Không” (none).",
  },
  "rule.expect.club": {
    vi: "Tên câu lạc bộ cần được viết bằng chữ.",
    en: "A club name is written in letters.",
  },
  "rule.expect.commune": {
    vi: "Tên xã/phường cần được viết bằng chữ.",
    en: "A commune name is written in letters.",
  },
  "rule.expect.village": {
    vi: "Tên thôn/bản/tổ cần được viết bằng chữ.",
    en: "A village name is written in letters.",
  },
  "rule.expect.role": {
    vi: "Chức vụ cần là Chủ nhiệm, Phó chủ nhiệm, Ủy viên hoặc Thành viên.",
    en: "A role is Chủ nhiệm (chair), Phó chủ nhiệm (vice-chair), Ủy viên (board member) or Thành viên (member).",
  },
  "rule.expect.group": {
    vi: "Tên tổ/nhóm cần được viết bằng chữ.",
    en: "A group name is written in letters.",
  },
  "rule.expect.contribution": {
    vi: "Số tiền cần là một số, ví dụ 200.000 hoặc “2 triệu”.",
    en: "An amount is a number, e.g. 200.000 or “2 triệu” (2 million).",
  },
  "rule.expect.loan": {
    vi: "Số tiền vay cần là một số, ví dụ 5.000.000 hoặc “5 triệu”.",
    en: "A loan amount is a number, e.g. 5.000.000 or “5 triệu” (5 million).",
  },
  "rule.expect.joined": {
    vi: "Ngày tham gia cần có dạng ngày/tháng/năm (ví dụ 15/08/2019) hoặc là một năm, từ 1900 đến 2100.",
    en: "A date of joining is written day/month/year (e.g. 15/08/2019) or as a year, from 1900 to 2100.",
  },
} satisfies Record<string, Bilingual>;

export type RuleMessageKey = keyof typeof ruleMessages;
