import type { Bilingual } from "../text";

/** Messages of the command line (`club-report`). Every failure is one line that names the file or option. */
export const cliMessages = {
  "cli.help": {
    vi: `Cách dùng: club-report <lệnh> [tùy chọn] <tệp.xlsx>...

Lệnh:
  check TỆP...               kiểm tra danh sách thành viên, liệt kê lỗi theo tệp và trang
  stats TỆP...               tính các chỉ tiêu theo từng câu lạc bộ và tổng cộng
  report TỆP... --out KQ.xlsx
                             lập báo cáo: một tệp thì chép tệp đó và thêm trang báo cáo; nhiều tệp thì gộp
                             mọi thành viên vào một danh sách (có cột Nguồn) rồi thêm báo cáo
  template --out DS.xlsx [--club TÊN] [--commune TÊN] [--split-birth]
                             tạo danh sách thành viên mẫu: cột chuẩn, danh sách chọn (giới tính, 54 dân tộc,
                             hoàn cảnh, chức vụ, đã rời CLB) và kiểm tra giá trị khi gõ; --split-birth: năm sinh
                             ghi dưới cột Nam hoặc Nữ

Tùy chọn:
  --report-date NNNN-TT-NN   ngày báo cáo, để tính tuổi (mặc định: hôm nay)
  --age-threshold N          tuổi tính là người cao tuổi trong báo cáo (mặc định: 55)
  --planned N                số câu lạc bộ theo kế hoạch của kỳ
  --founded-before N         số câu lạc bộ đã thành lập trước kỳ (để tính lũy kế)
  --target N                 chỉ tiêu số câu lạc bộ lũy kế
  --profile national|laichau bộ tiêu chí kiểm tra (mặc định: national)
  --lang vi|en               ngôn ngữ (mặc định: vi)
  --json                     in kết quả dạng JSON (lệnh check: kèm cách đọc mỗi trang)
  --all                      lệnh check: in mọi vấn đề (mặc định chỉ in 500 vấn đề đầu)
  --map "TIÊU ĐỀ=VAI TRÒ"    chỉ định cột: tiêu đề cột (hoặc chữ cột, "F") và thông tin cột ghi, ví dụ
                             --map "Đối tượng=poverty" --map "Ghi chú=notes" --map "F=ignore"; dùng nhiều lần
                             được. Vai trò: {roles}
  --header-rows N-M          các dòng tiêu đề của danh sách, ví dụ 5-7 (mặc định: tự nhận ra)
  --count-former             tính cả người đã rời câu lạc bộ (đã mất, chuyển đi…) là thành viên
  --out KQ.xlsx              tệp kết quả của lệnh report (không được trùng tệp đầu vào)
  --force                    cho phép ghi đè tệp kết quả đã có
  --help                     in hướng dẫn này

Nội dung văn bản báo cáo (lệnh report; thiếu mục nào thì để dòng chấm để điền tay):
  --settings TỆP.json        tệp cài đặt báo cáo, các khóa: parentBody, issuingBody, place, reportDate,
                             reportNumber, period, subject, plan, recipients (danh sách), authority,
                             signerTitle, signerName; các tùy chọn dưới đây ghi đè tệp này
  --parent-body TÊN          cơ quan cấp trên, ví dụ "TRUNG ƯƠNG HỘI NCT VIỆT NAM"
  --issuing-body TÊN         cơ quan ban hành, ví dụ "HỘI NCT TỈNH LAI CHÂU"
  --place TÊN                địa danh ở dòng ngày tháng, ví dụ "Lai Châu"
  --issue-date NNNN-TT-NN    ngày ký báo cáo
  --number SỐ                số văn bản: "15" → "Số: 15/BC-HNCT"
  --period KỲ                kỳ báo cáo, ví dụ "6 tháng đầu năm 2024" (mặc định: năm của ngày báo cáo)
  --plan "KẾ HOẠCH"          kế hoạch của tỉnh được báo cáo, ví dụ "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh"
  --recipients "A; B"        nơi nhận, cách nhau bằng dấu chấm phẩy ("- Lưu: VT." được thêm vào)
  --authority "TM. …"        thẩm quyền ký, ví dụ "TM. BAN THƯỜNG VỤ" hoặc "KT. CHỦ TỊCH"
  --signer-title CHỨC VỤ     chức vụ người ký, ví dụ "CHỦ TỊCH"
  --signer HỌ TÊN            họ tên người ký

Mã thoát: 0 khi không có lỗi, 1 khi danh sách có lỗi (lệnh check), 2 khi dữ liệu vào không dùng được,
3 khi có sự cố ngoài dự kiến.
Các tệp đầu vào không bao giờ bị thay đổi.`,
    en: `Usage: club-report <command> [options] <file.xlsx>...

Commands:
  check FILE...              check the member registers, list the issues by file and sheet
  stats FILE...              compute the indicators per club and in total
  report FILE... --out OUT.xlsx
                             write the report: with one file, a copy of it with the report sheet added; with
                             several, all members in one table (with a source column) and the report
  template --out REG.xlsx [--club NAME] [--commune NAME] [--split-birth]
                             make a standard member register: canonical columns, drop-down lists (gender, the
                             54 ethnic groups, household status, role, left the club) and checks as values are
                             typed; --split-birth: the year of birth written under Nam or Nữ

Options:
  --report-date YYYY-MM-DD   the report's reference date for ages (default: today)
  --age-threshold N          the age from which members count as older in the report (default: 55)
  --planned N                clubs planned for the period
  --founded-before N         clubs founded before the period (for the cumulative rate)
  --target N                 the cumulative target number of clubs
  --profile national|laichau the rule profile to check against (default: national)
  --lang vi|en               language (default: vi)
  --json                     print the result as JSON (check: with the layout each sheet was read with)
  --all                      check: list every issue (by default the first 500 are listed)
  --map "HEADER=ROLE"        say what a column holds: its header (or letter, "F") and its role, e.g.
                             --map "Đối tượng=poverty" --map "Ghi chú=notes" --map "F=ignore"; may be repeated.
                             Roles: {roles}
  --header-rows N-M          the register's header rows, e.g. 5-7 (default: found by the reader)
  --count-former             count members who left the club (died, moved away…) as members too
  --out OUT.xlsx             the report command's output file (may not be an input)
  --force                    allow replacing an existing output file
  --help                     print this help

What the report document says (report command; anything not given prints as dots to fill in by hand):
  --settings FILE.json       a report settings file, keys: parentBody, issuingBody, place, reportDate,
                             reportNumber, period, subject, plan, recipients (a list), authority,
                             signerTitle, signerName; the options below override it
  --parent-body NAME         the body above the issuer, e.g. "TRUNG ƯƠNG HỘI NCT VIỆT NAM"
  --issuing-body NAME        the issuing body, e.g. "HỘI NCT TỈNH LAI CHÂU"
  --place NAME               the place in the date line, e.g. "Lai Châu"
  --issue-date YYYY-MM-DD    the date the report is signed
  --number NO                the document number: "15" → "Số: 15/BC-HNCT"
  --period PERIOD            the period reported on, e.g. "6 tháng đầu năm 2024" (default: the report date's year)
  --plan "PLAN"              the province's plan reported on, e.g. "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh"
  --recipients "A; B"        the recipients, separated by semicolons ("- Lưu: VT." is added)
  --authority "TM. …"        the signing authority, e.g. "TM. BAN THƯỜNG VỤ" or "KT. CHỦ TỊCH"
  --signer-title TITLE       the signer's title, e.g. "CHỦ TỊCH"
  --signer NAME              the signer's name

Exit codes: 0 when there is no error, 1 when a register has errors (check), 2 when the input cannot be used,
3 on an unexpected failure.
Input files are never changed.`,
  },

  // One-line failures (exit code 2).
  "cli.failure-line": { vi: "club-report: lỗi: {message}", en: "club-report: error: {message}" },
  "cli.fail.no-command": {
    vi: "chưa nêu lệnh. Dùng: club-report check|stats|report <tệp.xlsx>... (xem --help).",
    en: "no command given. Use: club-report check|stats|report <file.xlsx>... (see --help).",
  },
  "cli.fail.unknown-command": {
    vi: "lệnh không rõ “{command}”. Các lệnh là check, stats và report (xem --help).",
    en: "unknown command “{command}”. The commands are check, stats and report (see --help).",
  },
  "cli.fail.unknown-option": {
    vi: "tùy chọn không rõ “{option}” (xem --help).",
    en: "unknown option “{option}” (see --help).",
  },
  "cli.fail.missing-value": {
    vi: "tùy chọn {option} cần một giá trị, ví dụ {option} {example}.",
    en: "the option {option} needs a value, e.g. {option} {example}.",
  },
  "cli.fail.no-value-expected": {
    vi: "tùy chọn {option} không nhận giá trị (“{value}”).",
    en: "the option {option} takes no value (“{value}”).",
  },
  "cli.fail.repeated-option": {
    vi: "tùy chọn {option} được nêu hai lần.",
    en: "the option {option} is given twice.",
  },
  "cli.fail.report-only": {
    vi: "tùy chọn {option} chỉ dùng với lệnh report.",
    en: "the option {option} is for the report command only.",
  },
  "cli.fail.bad-date": {
    vi: "ngày báo cáo “{value}” không hợp lệ. Hãy viết ngày có thật theo dạng NNNN-TT-NN, ví dụ 2024-12-31.",
    en: "the report date “{value}” is not valid. Write a real date as YYYY-MM-DD, e.g. 2024-12-31.",
  },
  "cli.fail.date-out-of-range": {
    vi: "ngày báo cáo “{value}” nằm ngoài các năm {min}–{max} mà công cụ tính được. Hãy viết một ngày trong khoảng đó, ví dụ 2024-12-31.",
    en: "the report date “{value}” is outside the years {min}–{max} the tool can count. Write a date within them, e.g. 2024-12-31.",
  },
  "cli.fail.check-only": {
    vi: "tùy chọn {option} chỉ dùng với lệnh check.",
    en: "the option {option} is for the check command only.",
  },
  "cli.fail.bad-issue-date": {
    vi: "ngày ký báo cáo “{value}” (--issue-date) không hợp lệ. Hãy viết ngày có thật theo dạng NNNN-TT-NN, ví dụ 2024-12-20.",
    en: "the signing date “{value}” (--issue-date) is not valid. Write a real date as YYYY-MM-DD, e.g. 2024-12-20.",
  },
  "cli.fail.settings-unreadable": {
    vi: "không đọc được tệp cài đặt báo cáo “{file}” ({reason}).",
    en: "cannot read the report settings file “{file}” ({reason}).",
  },
  "cli.fail.settings-json": {
    vi: "tệp cài đặt báo cáo “{file}” không phải JSON hợp lệ: {reason}.",
    en: "the report settings file “{file}” is not valid JSON: {reason}.",
  },
  "cli.fail.settings": {
    vi: "tệp cài đặt báo cáo “{file}”: {problem}.",
    en: "the report settings file “{file}”: {problem}.",
  },
  "cli.fail.bad-number": {
    vi: "{option} cần một số nguyên từ {min} đến {max}, không phải “{value}”.",
    en: "{option} needs a whole number from {min} to {max}, not “{value}”.",
  },
  "cli.fail.bad-map": {
    vi: "--map không hiểu “{value}”: cần dạng “Tiêu đề cột=vai trò”, vai trò là một trong {roles}.",
    en: "--map does not understand “{value}”: it takes “Column header=role”, the role one of {roles}.",
  },
  "cli.fail.map-unmatched": {
    vi: "{file}: không trang nào có cột “{target}” (--map); hãy ghi đúng tiêu đề cột hoặc chữ cột, ví dụ “F”.",
    en: "{file}: no sheet has a column “{target}” (--map); give the column's header as written, or its letter, e.g. “F”.",
  },
  "cli.fail.bad-header-rows": {
    vi: "--header-rows không hiểu “{value}”: cần một dòng hoặc một khoảng dòng, ví dụ 5 hoặc 5-7.",
    en: "--header-rows does not understand “{value}”: it takes a row or a range of rows, e.g. 5 or 5-7.",
  },
  "cli.fail.bad-choice": {
    vi: "{option} không nhận “{value}”; hãy chọn {choices}.",
    en: "{option} does not take “{value}”; choose {choices}.",
  },
  "cli.fail.no-files": {
    vi: "chưa nêu tệp .xlsx nào cho lệnh {command}.",
    en: "no .xlsx file given to the {command} command.",
  },
  "cli.fail.repeated-file": {
    vi: "tệp “{file}” được nêu hai lần.",
    en: "the file “{file}” is given twice.",
  },
  "cli.fail.template-only": {
    vi: "tùy chọn {option} chỉ dùng với lệnh template.",
    en: "the option {option} is for the template command only.",
  },
  "cli.fail.template-files": {
    vi: "lệnh template tạo danh sách mới, không đọc tệp nào (“{file}”); tệp kết quả nêu bằng --out.",
    en: "the template command makes a new register and reads no file (“{file}”); name the output with --out.",
  },
  "cli.fail.template-no-out": {
    vi: "lệnh template cần tệp kết quả: thêm --out <tệp.xlsx>.",
    en: "the template command needs an output file: add --out <file.xlsx>.",
  },
  "cli.template.written": {
    vi: "Đã tạo danh sách thành viên mẫu: {file} (trang “{sheet}”, {rows} dòng để điền, cột có danh sách chọn và kiểm tra giá trị).",
    en: "Wrote a standard member register: {file} (sheet “{sheet}”, {rows} rows to fill in, columns with drop-down lists and value checks).",
  },
  "cli.fail.no-out": {
    vi: "lệnh report cần tệp kết quả: thêm --out <tệp.xlsx>.",
    en: "the report command needs an output file: add --out <file.xlsx>.",
  },
  "cli.fail.out-not-xlsx": {
    vi: "tệp kết quả “{file}” phải có đuôi .xlsx.",
    en: "the output file “{file}” must end in .xlsx.",
  },
  "cli.fail.out-is-input": {
    vi: "tệp kết quả “{file}” trùng với tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè, hãy chọn tên khác.",
    en: "the output file “{file}” is an input; inputs are never overwritten, choose another name.",
  },
  "cli.fail.out-exists": {
    vi: "tệp kết quả “{file}” đã có; thêm --force để ghi đè, hoặc chọn tên khác.",
    en: "the output file “{file}” already exists; add --force to replace it, or choose another name.",
  },
  "cli.fail.out-not-file": {
    vi: "“{file}” là một thư mục, không phải tệp; hãy nêu tên tệp .xlsx.",
    en: "“{file}” is a folder, not a file; name an .xlsx file.",
  },
  "cli.fail.out-unwritable": {
    vi: "không ghi được tệp kết quả “{file}” ({detail}). Hãy kiểm tra thư mục có tồn tại và có quyền ghi không.",
    en: "cannot write the output file “{file}” ({detail}). Check that the folder exists and can be written to.",
  },
  "cli.fail.not-found": {
    vi: "không tìm thấy tệp “{file}”.",
    en: "the file “{file}” does not exist.",
  },
  "cli.fail.not-xlsx": {
    vi: "“{file}” không phải là sổ Excel .xlsx.",
    en: "“{file}” is not an Excel .xlsx workbook.",
  },
  "cli.fail.legacy-xls": {
    vi: "“{file}” là sổ Excel kiểu cũ (.xls) hoặc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu lại dạng “Sổ làm việc Excel (.xlsx)”.",
    en: "“{file}” is an old-style Excel workbook (.xls) or is password-protected. Open it in Excel, remove any password, and save it as “Excel Workbook (.xlsx)”.",
  },
  "cli.fail.corrupt": {
    vi: "không đọc được “{file}”: tệp bị hỏng hoặc không phải sổ Excel.",
    en: "cannot read “{file}”: the file is damaged or not an Excel workbook.",
  },
  "cli.fail.folder": {
    vi: "“{file}” là một thư mục, không phải tệp; hãy nêu tệp .xlsx trong thư mục đó.",
    en: "“{file}” is a folder, not a file; name the .xlsx files in it.",
  },
  "cli.fail.not-a-file": {
    vi: "“{file}” không phải là tệp thông thường (có thể là ống dẫn, thiết bị hay socket); hãy nêu một tệp .xlsx.",
    en: "“{file}” is not a regular file (it may be a pipe, a device or a socket); name an .xlsx file.",
  },
  "cli.fail.permission": {
    vi: "không có quyền đọc “{file}”. Hãy xin quyền đọc tệp, hoặc chép tệp vào thư mục của mình rồi chạy lại.",
    en: "no permission to read “{file}”. Ask for read access, or copy the file to a folder of your own and run again.",
  },
  "cli.fail.name-too-long": {
    vi: "tên “{file}” quá dài: mỗi tên tệp hoặc thư mục chỉ được tối đa 255 byte. Hãy đổi sang tên ngắn hơn.",
    en: "the name “{file}” is too long: a file or folder name may have at most 255 bytes. Rename it to something shorter.",
  },
  "cli.fail.cannot-open": {
    vi: "không mở được “{file}” (lỗi hệ thống {detail}).",
    en: "cannot open “{file}” (system error {detail}).",
  },
  "cli.fail.bad-sheet-name": {
    vi: "“{file}” có trang tên “{sheet}”, tên mà Excel không cho phép (tên trang không được để trống, không được trùng tên trang khác, không được chứa * ? : \\ / [ ] và không được bắt đầu hay kết thúc bằng dấu '). Hãy mở tệp bằng LibreOffice, đổi tên trang đó rồi lưu lại dạng .xlsx.",
    en: "“{file}” has a sheet named “{sheet}”, a name Excel does not allow (empty, taken twice, holding * ? : \\ / [ ], or starting or ending with '). Open the file in LibreOffice, rename that sheet and save it again as .xlsx.",
  },
  "cli.fail.same-content": {
    vi: "“{file}” chứa đúng danh sách như “{other}” (cùng các trang, cùng từng ô) nên chỉ được tính một lần; hãy bỏ một trong hai tệp.",
    en: "“{file}” holds the same register as “{other}” (the same sheets, cell for cell), so it is counted once; leave one of the two out.",
  },
  "cli.fail.no-member-table": {
    vi: "trong “{file}” không có danh sách thành viên nào (cần một hàng tiêu đề có cột “Họ và tên”).",
    en: "“{file}” holds no member register (a header row with a “Họ và tên” (name) column is needed).",
  },
  "cli.fail.unexpected": {
    vi: "sự cố ngoài dự kiến: {detail}. Chạy lại với CLUB_REPORT_DEBUG=1 để xem chi tiết, và báo cho nhóm phát triển.",
    en: "unexpected failure: {detail}. Run again with CLUB_REPORT_DEBUG=1 for details, and tell the developers.",
  },

  // check
  "cli.check.file": { vi: "Tệp {file}", en: "File {file}" },
  "cli.check.sheet": {
    vi: "Trang “{sheet}”: {members} thành viên; {errors} lỗi, {warnings} cảnh báo, {infos} thông tin",
    en: "Sheet “{sheet}”: {members} members; {errors} errors, {warnings} warnings, {infos} notes",
  },
  "cli.check.other-issues": {
    vi: "Không gắn với trang nào",
    en: "Not tied to a sheet",
  },
  "cli.check.suggestion": { vi: "Gợi ý: “{suggestion}”", en: "Suggestion: “{suggestion}”" },
  "cli.check.summary": {
    vi: "Tổng cộng: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.",
    en: "In total: {errors} errors, {warnings} warnings, {infos} notes.",
  },
  "cli.check.more-on-sheet": {
    vi: "… và {count} vấn đề khác trên trang này chưa được in.",
    en: "… and {count} more issues on this sheet, not listed.",
  },
  "cli.check.capped": {
    vi: "Chỉ in {shown} trong số {total} vấn đề. Thêm --all để in tất cả, hoặc --json để lấy toàn bộ dạng JSON.",
    en: "Only {shown} of the {total} issues are listed. Add --all to list them all, or --json for all of them as JSON.",
  },
  "cli.severity.error": { vi: "Lỗi", en: "Error" },
  "cli.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "cli.severity.info": { vi: "Thông tin", en: "Note" },

  // stats
  "cli.stats.title": {
    vi: "Chỉ tiêu tính đến ngày {date} (người cao tuổi: từ {ageThreshold} tuổi)",
    en: "Indicators at {date} (older members: aged {ageThreshold} and over)",
  },
  "cli.stats.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "cli.stats.total": { vi: "Tổng cộng", en: "Total" },
  "cli.stats.founded-before": {
    vi: "Số câu lạc bộ thành lập trước kỳ",
    en: "Clubs founded before the period",
  },
  "cli.stats.cumulative-clubs": { vi: "Số câu lạc bộ lũy kế", en: "Clubs to date" },
  "cli.stats.target": { vi: "Chỉ tiêu số câu lạc bộ lũy kế", en: "Cumulative target" },
  "cli.stats.cumulative-rate": {
    vi: "Tỷ lệ hoàn thành chỉ tiêu lũy kế",
    en: "Cumulative target completion",
  },

  // report
  "cli.report.consolidated": {
    vi: "Đã gộp {members} thành viên của {tables} danh sách ({files} tệp) vào trang “{sheet}”.",
    en: "Gathered the {members} members of {tables} registers ({files} files) into the sheet “{sheet}”.",
  },
  "cli.report.period": { vi: "năm {year}", en: "{year}" },
  "cli.report.written": {
    vi: "Đã ghi báo cáo vào {file} (trang “{sheet}”; phụ lục: {annexes}).",
    en: "The report is written to {file} (sheet “{sheet}”; annexes: {annexes}).",
  },
  "cli.report.has-issues": {
    vi: "Lưu ý: danh sách còn {errors} lỗi và {warnings} cảnh báo; chạy “club-report check” để xem chi tiết.",
    en: "Note: the registers still have {errors} errors and {warnings} warnings; run “club-report check” for details.",
  },
  "cli.consolidated.source-header": { vi: "Nguồn", en: "Source" },
  "cli.consolidated.note-header": { vi: "Ghi chú", en: "Notes" },
  "cli.consolidated.unread": {
    vi: "không đọc được {field} “{value}”",
    en: "unreadable {field} “{value}”",
  },
  "cli.consolidated.sourceSheet": {
    vi: "{sheet} / dòng {row}",
    en: "{sheet} / row {row}",
  },
  "cli.consolidated.source": {
    vi: "{file} / {sheet} / dòng {row}",
    en: "{file} / {sheet} / row {row}",
  },
  "cli.report.unkept": {
    vi: "Lưu ý: bản sao không giữ được {parts} của “{file}” (công cụ ghi tệp chưa hỗ trợ); tệp gốc không bị thay đổi.",
    en: "Note: the copy does not keep the {parts} of “{file}” (the file writer does not support them); the original is unchanged.",
  },
  "cli.part.charts": { vi: "biểu đồ", en: "charts" },
  "cli.part.pivot-tables": { vi: "bảng tổng hợp (PivotTable)", en: "pivot tables" },
  "cli.part.slicers": { vi: "bộ lọc (slicer)", en: "slicers" },
  "cli.report.members-sheet": { vi: "Danh sách tổng hợp", en: "All members" },

  // demo
  "cli.demo.step": { vi: "=== {step} ===", en: "=== {step} ===" },
  "cli.demo.faults": {
    vi: "Danh sách mẫu cố ý có vài lỗi (thiếu giới tính, dân tộc “Kinhh”, năm sinh trong tương lai, một dòng trùng, một tên gõ bằng bảng mã TCVN3) để thấy lệnh check báo lỗi thế nào.",
    en: "The sample register holds a few faults on purpose (a missing gender, the ethnic group “Kinhh”, a future year of birth, a repeated row, a name typed in TCVN3) to show how check reports them.",
  },
  "cli.demo.done": {
    vi: "Xong. Báo cáo mẫu ở: {file}",
    en: "Done. The sample report is at: {file}",
  },
} satisfies Record<string, Bilingual>;

export type CliMessageKey = keyof typeof cliMessages;
