import { cellAddress, columnNumber } from "../../src/core/grid";
import {
  buildReportLayout,
  REPORT_SHEET,
  type ReportInput,
  type ReportLayout,
  type SheetLayout,
} from "../../src/core/report";
import { printable } from "../../src/core/report/page";
import { LAICHAU_PROFILE, NATIONAL_PROFILE } from "../../src/core/validation";
import { member, PARAMS, table, gridOf } from "./builders";

const sheetOf = (layout: ReportLayout, key = REPORT_SHEET): SheetLayout =>
  layout.sheets.find((s) => s.key === key)!;

/** The sheets a person prints and files: the report and its annexes, not the hidden data sheets. */
const printed = (layout: ReportLayout) => layout.sheets.filter((s) => !s.hidden);

function contentAt(layout: ReportLayout, address: string, key = REPORT_SHEET) {
  return sheetOf(layout, key).cells.find((cell) => cell.address === address)?.content;
}

function valueAt(layout: ReportLayout, address: string, key = REPORT_SHEET) {
  const content = contentAt(layout, address, key);
  return content?.kind === "value" ? content.value : undefined;
}

function formulaAt(layout: ReportLayout, address: string, key = REPORT_SHEET): string {
  const content = contentAt(layout, address, key);
  if (content?.kind !== "formula") throw new Error(`${key}!${address} holds no formula`);
  return content.formula;
}

/** The address of the (first) value cell of the sheet holding exactly this text. */
function find(layout: ReportLayout, text: string, key = REPORT_SHEET): string {
  const cell = sheetOf(layout, key).cells.find(
    (c) => c.content.kind === "value" && c.content.value === text
  );
  if (!cell) throw new Error(`no cell "${text}" on ${key}`);
  return cell.address;
}

const texts = (layout: ReportLayout, key = REPORT_SHEET) =>
  sheetOf(layout, key).cells.flatMap((c) =>
    c.content.kind === "value" && typeof c.content.value === "string" ? [c.content.value] : []
  );

const rowOf = (address: string) => Number(address.replace(/^\$?[A-Z]+\$?/, ""));
const columnOf = (address: string) => columnNumber(address.replace(/\$?\d+$/, "").replace("$", ""));

function figure(layout: ReportLayout, indicator: string, club: string | null, key?: string) {
  const found = layout.figures.find(
    (f) =>
      f.indicator === indicator &&
      f.club === club &&
      !f.cumulative &&
      (key === undefined ? true : f.sheet === key)
  );
  if (!found) throw new Error(`no figure ${indicator} for ${club}`);
  return found;
}

const TWO_CLUBS = table([member(3, "Nà Lằng"), member(4, "Nà Lằng"), member(5, "=1+1")]);
const MEMBERS = "annex-members";

function layoutOf(overrides: Partial<ReportInput> = {}): ReportLayout {
  return buildReportLayout({
    table: TWO_CLUBS,
    grid: gridOf(TWO_CLUBS),
    params: PARAMS,
    ...overrides,
  });
}

/** Left and right edges in points of a merge (or a cell) on a sheet. */
function span(sheet: SheetLayout, address: string): { left: number; right: number } {
  const merge = sheet.merges.find((m) => m.startsWith(`${address}:`)) ?? `${address}:${address}`;
  const [from, to] = merge.split(":").map(columnOf);
  const widths = sheet.columnWidths.map((c) => c.points);
  const sum = (n: number) => widths.slice(0, n).reduce((a, b) => a + b, 0);
  return { left: sum(from - 1), right: sum(to) };
}

/** The rule cell (an empty cell with a bottom border) in a row. */
function ruleIn(layout: ReportLayout, row: number, key = REPORT_SHEET) {
  const sheet = sheetOf(layout, key);
  const cell = sheet.cells.find((c) => rowOf(c.address) === row && c.style === "rule");
  if (!cell) throw new Error(`no rule in row ${row}`);
  return span(sheet, cell.address);
}

describe("the report heading (Decree 30)", () => {
  const layout = layoutOf({ params: { ...PARAMS, parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM" } });

  it("puts the issuing body left under its parent, the national name and motto right, number and date, title and subject", () => {
    expect(valueAt(layout, "A1")).toBe("TRUNG ƯƠNG HỘI NCT VIỆT NAM");
    // The parent body takes the lines it needs where Excel wraps it; the issuing body comes under it.
    const issuer = rowOf(find(layout, "HỘI NCT TỈNH LAI CHÂU"));
    expect(sheetOf(layout).merges).toContain(`A1:Q${issuer - 1}`);
    expect(valueAt(layout, "R1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(valueAt(layout, "R2")).toBe("Độc lập - Tự do - Hạnh phúc");
    const number = find(layout, "Số: 15/BC-HNCT");
    expect(rowOf(find(layout, "Lai Châu, ngày 20 tháng 12 năm 2019"))).toBe(rowOf(number));
    const title = find(layout, "BÁO CÁO");
    expect(rowOf(title)).toBeGreaterThan(rowOf(number));
    const subject =
      "Kết quả thành lập và hoạt động của các Câu lạc bộ Liên thế hệ tự giúp nhau năm 2019";
    expect(rowOf(find(layout, subject))).toBe(rowOf(title) + 1);
    expect(sheetOf(layout).merges).toEqual(expect.arrayContaining(["R1:AN1", "R2:AN2"]));
  });

  it("sets each element's size and weight as the decree does", () => {
    const style = (text: string) => {
      const cell = sheetOf(layout).cells.find(
        (c) => c.content.kind === "value" && c.content.value === text
      )!;
      return layout.styles[cell.style].font;
    };
    expect(style("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatchObject({ size: 12, bold: true });
    expect(style("Độc lập - Tự do - Hạnh phúc")).toMatchObject({
      size: 13,
      bold: true,
      underline: true,
    });
    expect(style("HỘI NCT TỈNH LAI CHÂU")).toMatchObject({ size: 12, bold: true });
    expect(style("BÁO CÁO")).toMatchObject({ size: 14, bold: true });
    expect(
      style("Kết quả thành lập và hoạt động của các Câu lạc bộ Liên thế hệ tự giúp nhau năm 2019")
    ).toMatchObject({ size: 14, bold: true });
    expect(style("Nơi nhận:")).toMatchObject({ size: 12, bold: true, italic: true });
    expect(style("- Lưu: VT.")).toMatchObject({ size: 11 });
    expect(style("TM. BAN THƯỜNG VỤ")).toMatchObject({ size: 13, bold: true });
  });

  it("centres a rule under the issuing body and under the subject, a third to a half as long as the line", () => {
    const sheet = sheetOf(layout);
    const issuer = span(sheet, find(layout, "HỘI NCT TỈNH LAI CHÂU"));
    const under = ruleIn(layout, rowOf(find(layout, "HỘI NCT TỈNH LAI CHÂU")) + 1);
    expect((under.left + under.right) / 2).toBeCloseTo((issuer.left + issuer.right) / 2, 6);
    // The line printed 148 pt wide (pdftotext's boxes on LibreOffice's print of it).
    expect((under.right - under.left) / 148).toBeGreaterThanOrEqual(1 / 3);
    expect((under.right - under.left) / 148).toBeLessThanOrEqual(1 / 2);

    const subjectRow = rowOf(find(layout, "BÁO CÁO")) + 1;
    const rule = ruleIn(layout, subjectRow + 1);
    const page = span(sheet, `A${subjectRow}`);
    expect((rule.left + rule.right) / 2).toBeCloseTo((page.left + page.right) / 2, 6);
    // The subject breaks into lines the page wide: the rule is a third to a half of that.
    const ratio = (rule.right - rule.left) / (page.right - page.left);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3 - 0.05);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  it("centres a rule under each annex's heading as nearly as its columns allow", () => {
    for (const annex of printed(layout).slice(1)) {
      const rule = ruleIn(layout, 4, annex.key);
      const width = annex.columnWidths.reduce((sum, c) => sum + c.points, 0);
      // Within 7 pt of the middle (the funds annex's columns allow no nearer), under the note's line.
      expect(Math.abs((rule.left + rule.right) / 2 - width / 2)).toBeLessThan(7);
      expect(valueAt(layout, "A3", annex.key)).toBe(
        "(Kèm theo Báo cáo số 15/BC-HNCT ngày 20/12/2019)"
      );
    }
  });

  it("writes days below 10 and January, February with a leading zero, and dots for what is not set", () => {
    const dated = layoutOf({ params: { ...PARAMS, reportDate: { year: 2020, month: 2, day: 5 } } });
    find(dated, "Lai Châu, ngày 05 tháng 02 năm 2020");
    const undated = layoutOf({
      params: { ...PARAMS, reportDate: undefined, reportNumber: undefined },
    });
    find(undated, "Lai Châu, ngày … tháng … năm …");
    find(undated, "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-HNCT");
    const given = layoutOf({ params: { ...PARAMS, reportNumber: "07/BC-HNCT-VP" } });
    find(given, "Số: 07/BC-HNCT-VP");
  });

  it("never prints a date line without its place: a blank place is dots to fill in", () => {
    for (const place of [undefined, "", "   "]) {
      const layout = layoutOf({
        params: { ...PARAMS, place, issuingBody: undefined, period: undefined },
      });
      const line = texts(layout).find((t) => t.includes("ngày"))!;
      expect(line).toBe("……………, ngày 20 tháng 12 năm 2019");
      expect(texts(layout)).toContain("……………");
      expect(texts(layout).some((t) => t.startsWith(","))).toBe(false);
    }
  });
});

describe("the report's sections, as a Hội NCT report has them", () => {
  const layout = layoutOf({
    params: {
      ...PARAMS,
      plan: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu",
      recipients: ["Trung ương Hội NCT Việt Nam", "- UBND tỉnh Lai Châu;"],
      authority: "KT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
    },
  });

  it("opens with the plans it reports on: QĐ 1336/QĐ-TTg and the province's plan", () => {
    const opening = texts(layout).find((t) => t.startsWith("Thực hiện Quyết định số 1336/QĐ-TTg"))!;
    expect(opening).toContain("Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu");
    expect(opening).toContain("năm 2019");
    const blank = texts(layoutOf()).find((t) => t.startsWith("Thực hiện"))!;
    expect(blank).toContain("Kế hoạch số ……/KH-UBND ngày …… của Ủy ban nhân dân ……………");
  });

  it("has the numbered sections in order, then the recipients and the signature block", () => {
    const rows = [
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Thành lập câu lạc bộ",
      "2. Thành viên câu lạc bộ",
      "3. Huy động quỹ và cho vay vốn",
      "4. Đối chiếu với tiêu chí thành lập câu lạc bộ",
      "5. Kết quả các hoạt động của câu lạc bộ",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Tồn tại, hạn chế",
      "3. Nguyên nhân",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
      "V. KIẾN NGHỊ, ĐỀ XUẤT",
      "Nơi nhận:",
    ].map((text) => rowOf(find(layout, text)));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("gives the parts to write an italic prompt and dotted lines to write on", () => {
    for (const heading of [
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "2. Tồn tại, hạn chế",
      "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ]) {
      const row = rowOf(find(layout, heading));
      const prompt = sheetOf(layout).cells.find((c) => rowOf(c.address) === row + 1)!;
      expect(layout.styles[prompt.style].font.italic).toBe(true);
      expect(String(valueAt(layout, prompt.address))).toMatch(/^\(.*\)$/);
      for (const line of [row + 2, row + 3, row + 4]) {
        expect(String(valueAt(layout, `A${line}`))).toMatch(/^…{20,}$/);
      }
    }
  });

  it("signs with the authority, the title and the name given, and files a copy", () => {
    const names = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"].map((t) =>
      rowOf(find(layout, t))
    );
    expect(names[1]).toBe(names[0] + 1);
    expect(names[2]).toBeGreaterThan(names[1] + 3);
    expect(rowOf(find(layout, "KT. CHỦ TỊCH"))).toBe(rowOf(find(layout, "Nơi nhận:")));
    expect(texts(layout)).toEqual(
      expect.arrayContaining([
        "- Trung ương Hội NCT Việt Nam;",
        "- UBND tỉnh Lai Châu;",
        "- Lưu: VT.",
      ])
    );
    // Signing as the head: no authority line; no name yet: dots.
    const head = layoutOf({ params: { ...PARAMS, authority: "" } });
    expect(rowOf(find(head, "CHỦ TỊCH"))).toBe(rowOf(find(head, "Nơi nhận:")));
    expect(texts(head)).not.toContain("TM. BAN THƯỜNG VỤ");
    expect(texts(layoutOf())).toEqual(
      expect.arrayContaining(["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "……………"])
    );
  });

  it("says nothing about the software that made it, on any sheet", () => {
    for (const sheet of layout.sheets) {
      for (const text of texts(layout, sheet.key)) {
        expect(text).not.toMatch(/excel|club report|bổ trợ|add-in|phần mềm|software|biểu đồ/i);
      }
    }
  });

  it("is written in English when asked", () => {
    const english = layoutOf({ params: { ...PARAMS, lang: "en" } });
    expect(sheetOf(english).name).toBe("Report");
    expect(printed(english).map((s) => s.name)).toEqual([
      "Report",
      "Annex 1",
      "Annex 2",
      "Annex 3",
    ]);
    find(english, "SOCIALIST REPUBLIC OF VIETNAM");
    find(english, "Independence - Freedom - Happiness");
    find(english, "REPORT");
    find(english, "II. RESULTS");
  });
});

describe("the report's figures", () => {
  it("write club names as values on the annexes, even one that looks like a formula", () => {
    const layout = layoutOf();
    const members = figure(layout, "members", "=1+1", MEMBERS);
    expect(valueAt(layout, `B${rowOf(members.address)}`, MEMBERS)).toBe("=1+1");
    for (const sheet of layout.sheets) {
      expect(
        sheet.cells.filter((c) => c.content.kind === "formula" && c.content.formula.includes("1+1"))
      ).toEqual([]);
    }
  });

  it("count the data sheet's current members, restricted to the club by its name cell", () => {
    const layout = layoutOf();
    const women = figure(layout, "women", "Nà Lằng", MEMBERS);
    const r = rowOf(women.address);
    const club = `[[data]]!$B$2:$B$4,"="&$B$${r},[[data]]!$L$2:$L$4,"Đang sinh hoạt"`;
    const count = `COUNTIFS(${club},[[data]]!$D$2:$D$4,"Nữ")`;
    // Unknown, not 0, when the club has members and none of them has a known gender.
    const known = `SUM(COUNTIFS(${club},[[data]]!$D$2:$D$4,{"Nam","Nữ"}))`;
    expect(formulaAt(layout, women.address, MEMBERS)).toBe(
      `IF(AND(COUNTIFS(${club})>0,OR(${known}=0)),"",${count})`
    );
    expect(
      formulaAt(layout, figure(layout, "womenShare", "Nà Lằng", MEMBERS).address, MEMBERS)
    ).toBe(`IF(AND(ISNUMBER(D${r}),N(C${r})>0),D${r}/C${r},"")`);
    // Every figure is a formula but the plan, which is the input cell itself.
    for (const f of layout.figures) {
      expect(contentAt(layout, f.address, f.sheet)?.kind).toBe(
        f.indicator === "planned" ? "value" : "formula"
      );
    }
    expect(figure(layout, "planned", null).address).toBe(layout.inputs.plannedClubs);
    // Members who left are counted apart, over the same club.
    const former = formulaAt(layout, figure(layout, "formerMembers", null).address);
    expect(former).toBe(`COUNTIFS([[data]]!$L$2:$L$4,"Đã rời")`);
  });

  it("add up the club rows in an annex's totals row, and count the whole table in the report's", () => {
    const layout = layoutOf();
    const first = rowOf(figure(layout, "members", "Nà Lằng", MEMBERS).address);
    const total = figure(layout, "members", null, MEMBERS);
    expect(rowOf(total.address)).toBe(first + 2);
    expect(formulaAt(layout, figure(layout, "women", null, MEMBERS).address, MEMBERS)).toBe(
      `IF(COUNT(D${first}:D${first + 1})=0,"",SUM(D${first}:D${first + 1}))`
    );
    const t = rowOf(total.address);
    expect(formulaAt(layout, figure(layout, "womenShare", null, MEMBERS).address, MEMBERS)).toBe(
      `IF(AND(ISNUMBER(D${t}),N(C${t})>0),D${t}/C${t},"")`
    );
    // The report's own: all current members of the data sheet, and the share of its own cells.
    const women = figure(layout, "women", null, REPORT_SHEET).address;
    const members = figure(layout, "members", null, REPORT_SHEET).address;
    expect(formulaAt(layout, women)).toContain(
      `COUNTIFS([[data]]!$L$2:$L$4,"Đang sinh hoạt",[[data]]!$D$2:$D$4,"Nữ")`
    );
    expect(formulaAt(layout, figure(layout, "womenShare", null, REPORT_SHEET).address)).toBe(
      `IF(AND(ISNUMBER(${women}),N(${members})>0),${women}/${members},"")`
    );
    const contributions = figure(layout, "contributionTotal", null, REPORT_SHEET).address;
    const clubs = figure(layout, "clubs", null).address;
    expect(formulaAt(layout, figure(layout, "fundsPerClub", null).address)).toBe(
      `IF(AND(ISNUMBER(${contributions}),N(${clubs})>0),${contributions}/${clubs},"")`
    );
  });

  it("hold the reference date, the age threshold and the plan in input cells every sheet's formulas read", () => {
    const layout = layoutOf();
    // 31/12/2019 is day 43830 of Excel's calendar.
    expect(valueAt(layout, layout.inputs.referenceDate)).toBe(43830);
    expect(valueAt(layout, layout.inputs.ageThreshold)).toBe(55);
    expect(valueAt(layout, layout.inputs.plannedClubs)).toBe(7);
    expect(valueAt(layout, layout.inputs.clubsBefore)).toBe(11);
    expect(valueAt(layout, layout.inputs.plannedClubsTotal)).toBe(25);
    const abs = (a: string) => `[[report]]!${a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
    const older = formulaAt(layout, figure(layout, "olderMembers", "Nà Lằng").address, MEMBERS);
    expect(older).toContain(
      `(YEAR(${abs(layout.inputs.referenceDate)})-${abs(layout.inputs.ageThreshold)})`
    );
    // The clubs founded are annex 1's clubs with members.
    const annex = sheetOf(layout, MEMBERS);
    const rows = [figure(layout, "members", "Nà Lằng"), figure(layout, "members", "=1+1")].map(
      (f) => rowOf(f.address)
    );
    const clubs = figure(layout, "clubs", null).address;
    expect(formulaAt(layout, clubs)).toBe(
      `COUNTIF([[${annex.key}]]!$C$${rows[0]}:$C$${rows[1]},">0")`
    );
    expect(formulaAt(layout, figure(layout, "planRate", null).address)).toBe(
      `IF(AND(ISNUMBER(${clubs}),N(${layout.inputs.plannedClubs})>0),${clubs}/${layout.inputs.plannedClubs},"")`
    );
    const cumulative = layout.figures.find((f) => f.cumulative)!;
    const cumulativeClubs = cellAddress(
      rowOf(cumulative.address) - 1,
      columnOf(cumulative.address)
    );
    expect(formulaAt(layout, cumulativeClubs)).toBe(
      `N(${abs(layout.inputs.clubsBefore)})+${clubs}`
    );
    const target = abs(layout.inputs.plannedClubsTotal);
    expect(formulaAt(layout, cumulative.address)).toBe(
      `IF(AND(ISNUMBER(${cumulativeClubs}),N(${target})>0),${cumulativeClubs}/${target},"")`
    );
  });

  it("title the age columns and lines with a formula that follows the threshold cell", () => {
    const layout = layoutOf();
    const abs = `[[report]]!${layout.inputs.ageThreshold.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
    for (const sheet of [REPORT_SHEET, MEMBERS]) {
      const header = sheetOf(layout, sheet).cells.find(
        (c) => c.content.kind === "formula" && c.content.formula.startsWith('"Từ "')
      );
      expect(header?.content).toEqual({ kind: "formula", formula: `"Từ "&${abs}&" tuổi trở lên"` });
    }
  });

  it("escape the wildcards of a club name that has them", () => {
    const one = table([member(3, "CLB *")]);
    const layout = layoutOf({ table: one, grid: gridOf(one) });
    const members = figure(layout, "members", "CLB *", MEMBERS);
    const r = rowOf(members.address);
    expect(formulaAt(layout, members.address, MEMBERS)).toBe(
      `COUNTIFS([[data]]!$B$2:$B$2,"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B$${r},"~","~~"),"*","~*"),"?","~?"),[[data]]!$L$2:$L$2,"Đang sinh hoạt")`
    );
  });

  it("keep every formula within Excel's 8,192 characters", () => {
    // Sheet names have at most 31 characters.
    const sheet = "Danh sách thành viên CLB 2019'x";
    const rows = [3, 4, 5, 6, 7, 8, 9, 10].map((row) =>
      member(row, row % 2 === 0 ? "Nà Lằng" : "Bản Hon", { sheet })
    );
    const long = table(rows, { sheet });
    const layout = layoutOf({ table: long, grid: gridOf(long) });
    const lengths = layout.sheets.flatMap((s) =>
      s.cells.map((c) => (c.content.kind === "formula" ? c.content.formula.length : 0))
    );
    expect(Math.max(...lengths)).toBeLessThan(8192);
  });

  it("list every figure per club on the annexes and in total on the report, each cell once", () => {
    const layout = layoutOf();
    const perClub = [
      "members",
      "women",
      "womenShare",
      "ethnicMinority",
      "ethnicMinorityShare",
      "olderMembers",
      "olderShare",
      "youngerMembers",
      "youngerShare",
      "poor",
      "poorShare",
      "nearPoor",
      "nearPoorShare",
      "boardMembers",
      "contributionTotal",
      "borrowers",
      "loanTotal",
      "loanPerBorrower",
    ];
    const ids = (club: string | null, sheet?: string) =>
      [
        ...new Set(
          layout.figures
            .filter((f) => f.club === club && !f.cumulative && (!sheet || f.sheet === sheet))
            .map((f) => f.indicator)
        ),
      ].sort();
    for (const club of ["Nà Lằng", "=1+1"]) expect(ids(club)).toEqual([...perClub].sort());
    // The report adds the counts that make each breakdown add up, and the members who left.
    const reconciliation = [
      "genderUnknown",
      "ethnicityUnknown",
      "ageUnknown",
      "povertyUnknown",
      "formerMembers",
    ];
    expect(ids(null, REPORT_SHEET)).toEqual(
      [
        ...perClub,
        ...reconciliation,
        "planned",
        "clubs",
        "planRate",
        "membersPerClub",
        "fundsPerClub",
      ].sort()
    );
    const places = layout.figures.map((f) => `${f.sheet}!${f.address}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it("name the members listed twice in a note under the members' table: counted twice, as in stats", () => {
    const twice = table([member(3, "Nà Lằng"), member(4, "Nà Lằng", { name: "Thành viên 3" })]);
    const layout = layoutOf({ table: twice, grid: gridOf(twice) });
    expect(texts(layout)).toContain(
      "Ghi chú: danh sách có thành viên trùng họ tên và năm sinh trong cùng câu lạc bộ (dòng 4 trùng dòng 3); các số liệu trên tính cả hai dòng, cần kiểm tra lại danh sách."
    );
    expect(texts(layoutOf()).some((t) => t.startsWith("Ghi chú: danh sách có"))).toBe(false);
  });

  it("still make a report of a table without members", () => {
    const layout = layoutOf({ table: table([]) });
    expect(formulaAt(layout, figure(layout, "members", null, REPORT_SHEET).address)).toBe("0");
    expect(formulaAt(layout, figure(layout, "clubs", null).address)).toBe("0");
    expect(layout.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});

describe("each club against the norms of the rule profile", () => {
  it("gives a live verdict beside each figure, with the profile's bounds", () => {
    for (const [profile, norms] of [
      [NATIONAL_PROFILE, ["members", "womenShare", "olderShare", "youngerShare"]],
      [LAICHAU_PROFILE, ["members", "womenShare", "olderShare", "disadvantagedShare"]],
    ] as const) {
      const layout = layoutOf({ profile });
      const annex = sheetOf(layout, "annex-norms");
      const shown = layout.figures.filter((f) => f.sheet === annex.key && f.club === "Nà Lằng");
      expect(shown.map((f) => f.indicator)).toEqual(norms);
      const verdict = (indicator: string) => {
        const cell = shown.find((f) => f.indicator === indicator)!.address;
        return formulaAt(layout, cellAddress(rowOf(cell), columnOf(cell) + 1), annex.key);
      };
      const size = shown[0].address;
      expect(verdict("members")).toBe(
        `IF(N(${size})=0,"",IF(AND(${size}>=50,${size}<=70),"Đạt","Chưa đạt"))`
      );
      const women = shown[1].address;
      expect(verdict("womenShare")).toBe(
        `IF(${women}="","",IF(AND(${women}>=0.6,${women}<=0.7),"Đạt","Chưa đạt"))`
      );
      const older = shown[2].address;
      expect(verdict("olderShare")).toBe(
        `IF(${older}="","",IF(${older}>=${profile.older!.min},"Đạt","Chưa đạt"))`
      );
    }
  });

  it("counts on the report the clubs meeting each norm, from the annex's verdicts", () => {
    const layout = layoutOf({ profile: LAICHAU_PROFILE });
    const row = rowOf(find(layout, "Nữ: từ 60% đến 70% (QĐ 1336/QĐ-TTg)"));
    const annex = sheetOf(layout, "annex-norms");
    const clubRows = layout.figures
      .filter((f) => f.sheet === annex.key && f.indicator === "womenShare" && f.club !== null)
      .map((f) => rowOf(f.address));
    const met = sheetOf(layout).cells.filter(
      (c) => rowOf(c.address) === row && c.content.kind === "formula"
    );
    expect(met.map((c) => (c.content.kind === "formula" ? c.content.formula : ""))).toEqual([
      `COUNTIF([[annex-norms]]!$F$${clubRows[0]}:$F$${clubRows[1]},"Đạt")`,
      `COUNTIF([[annex-norms]]!$F$${clubRows[0]}:$F$${clubRows[1]},"Chưa đạt")`,
    ]);
    expect(texts(layout)).toEqual(
      expect.arrayContaining([
        "Quy mô: từ 50 đến 70 thành viên (QĐ 1336/QĐ-TTg)",
        "Hộ nghèo, cận nghèo, hoàn cảnh khó khăn: từ 60% đến 70% (QĐ 307/QĐ-UBND)",
      ])
    );
    // The older members' norm follows the threshold cell.
    expect(
      sheetOf(layout).cells.some(
        (c) =>
          c.content.kind === "formula" &&
          c.content.formula.endsWith(`&" tuổi trở lên: từ 70% trở lên (QĐ 307/QĐ-UBND)"`)
      )
    ).toBe(true);
  });

  it("leaves out a norm the profile does not set, and the part when it sets none", () => {
    const layout = layoutOf({ profile: { ...NATIONAL_PROFILE, younger: null, older: null } });
    expect(
      layout.figures
        .filter((f) => f.sheet === "annex-norms" && f.club === "Nà Lằng")
        .map((f) => f.indicator)
    ).toEqual(["members", "womenShare"]);
    const none = layoutOf({
      profile: { ...NATIONAL_PROFILE, clubSize: null, women: null, older: null, younger: null },
    });
    expect(printed(none).map((s) => s.key)).toEqual(["report", "annex-members", "annex-funds"]);
    expect(texts(none)).not.toContain("4. Đối chiếu với tiêu chí thành lập câu lạc bộ");
  });
});

describe("the report's pages", () => {
  const many = table(
    Array.from({ length: 30 * 12 }, (_, i) =>
      member(3 + i, `CLB Liên thế hệ tự giúp nhau bản ${Math.floor(i / 12) + 1}`)
    )
  );
  const layouts = [
    layoutOf({ params: { ...PARAMS, signerName: "Nguyễn Văn A" } }),
    layoutOf({ table: many }),
  ];

  it("are A4 at full size with Decree 30's margins: the report portrait, a wide annex landscape", () => {
    for (const layout of layouts) {
      for (const sheet of printed(layout)) {
        expect(sheet.print).toMatchObject({ paper: "A4", scale: 100, horizontallyCentered: true });
        const { top, bottom, left, right } = sheet.print.margins;
        expect([top, bottom, left, right]).toEqual([20, 20, 30, 15]);
        const width = sheet.columnWidths.reduce((sum, c) => sum + c.points, 0);
        expect(width).toBeLessThanOrEqual(printable(sheet.print.orientation).width);
        expect(width).toBeGreaterThan(printable(sheet.print.orientation).width - 12);
      }
      expect(printed(layout).map((s) => s.print.orientation)).toEqual([
        "portrait",
        "landscape",
        "portrait",
        "landscape",
      ]);
    }
  });

  it("print in Times New Roman, the body at 13 pt and over, tables at 12 pt, nothing under 11 pt", () => {
    for (const layout of layouts) {
      for (const style of Object.values(layout.styles)) {
        expect(style.font.name).toBe("Times New Roman");
        expect(style.font.size).toBeGreaterThanOrEqual(11);
      }
      for (const sheet of printed(layout)) {
        for (const cell of sheet.cells) expect(layout.styles[cell.style]).toBeDefined();
      }
    }
    const figureStyles = Object.entries(layouts[0].styles).filter(([name]) =>
      name.startsWith("figure")
    );
    for (const [, style] of figureStyles) expect(style.font.size).toBe(12);
  });

  it("repeat each annex's header rows on every page, and end the report with the signer's name", () => {
    const [layout] = layouts;
    for (const annex of printed(layout).slice(1)) {
      const titles = annex.print.titleRows!;
      expect(valueAt(layout, `A${titles.first}`, annex.key)).toBe("TT");
      const first = layout.figures.find((f) => f.sheet === annex.key && f.club === "Nà Lằng")!;
      expect(rowOf(first.address)).toBe(titles.last + 1);
    }
    expect(sheetOf(layout).print.titleRows).toBeUndefined();
    expect(sheetOf(layout).print.printArea).toBe(`A1:AN${rowOf(find(layout, "Nguyễn Văn A"))}`);
  });

  it("break the report's pages so that no table or part is cut in two, every row's height set", () => {
    for (const layout of layouts) {
      const sheet = sheetOf(layout);
      const heights = sheet.rowHeights.map((r) => r.height);
      expect(sheet.rowHeights.map((r) => r.row)).toEqual(heights.map((_, i) => i + 1));
      const capacity = printable("portrait").height;
      const starts = [1, ...sheet.print.pageBreaks, heights.length + 1];
      for (let p = 0; p + 1 < starts.length; p++) {
        const used = heights.slice(starts[p] - 1, starts[p + 1] - 1).reduce((a, b) => a + b, 0);
        expect(used).toBeLessThanOrEqual(capacity);
      }
      // Each table's heading, header and last line are on one page.
      const pageOf = (row: number) => starts.filter((s) => s <= row).length;
      for (const heading of ["2. Thành viên câu lạc bộ", "3. Huy động quỹ và cho vay vốn"]) {
        const row = rowOf(find(layout, heading));
        const note = sheet.cells.find(
          (c) =>
            rowOf(c.address) > row && String(valueAt(layout, c.address)).startsWith("(Chi tiết")
        )!;
        expect(pageOf(rowOf(note.address))).toBe(pageOf(row));
      }
      expect(pageOf(rowOf(find(layout, "Nơi nhận:")))).toBe(
        pageOf(rowOf(find(layout, "CHỦ TỊCH")) + 5)
      );
    }
  });

  it("has merges that never overlap, on any sheet", () => {
    for (const sheet of printed(layouts[1])) {
      const taken = new Set<string>();
      for (const range of sheet.merges) {
        const [from, to] = range.split(":");
        for (let r = rowOf(from); r <= rowOf(to); r++) {
          for (let c = columnOf(from); c <= columnOf(to); c++) {
            const address = cellAddress(r, c);
            expect([sheet.key, address, taken.has(address)]).toEqual([sheet.key, address, false]);
            taken.add(address);
          }
        }
      }
    }
  });

  it("places a chart of the shares by club on annex 1, drawn where it can be", () => {
    const layout = layoutOf();
    const [chart] = sheetOf(layout, MEMBERS).charts;
    const first = rowOf(figure(layout, "members", "Nà Lằng", MEMBERS).address);
    expect(chart.categories).toBe(`B${first}:B${first + 1}`);
    expect(chart.series.map((s) => s.values)).toEqual([
      `E${first}:E${first + 1}`,
      `G${first}:G${first + 1}`,
      `I${first}:I${first + 1}`,
    ]);
    expect(chart.series.map((s) => s.name)).toEqual([
      "Nữ",
      "Dân tộc thiểu số",
      "Từ 55 tuổi trở lên",
    ]);
    expect(sheetOf(layout, MEMBERS).cells.some((c) => rowOf(c.address) === chart.row)).toBe(false);
  });
});
