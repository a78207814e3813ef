import { cellAddress, type Grid } from "../../src/core/grid";
import { buildReportLayout, type ReportInput, type ReportLayout } from "../../src/core/report";
import { COLUMNS, member, PARAMS, table } from "./builders";

function contentAt(layout: ReportLayout, address: string) {
  return layout.cells.find((cell) => cell.address === address)?.content;
}

function valueAt(layout: ReportLayout, address: string) {
  const content = contentAt(layout, address);
  return content?.kind === "value" ? content.value : undefined;
}

function formulaAt(layout: ReportLayout, address: string): string {
  const content = contentAt(layout, address);
  if (content?.kind !== "formula") throw new Error(`${address} holds no formula`);
  return content.formula;
}

/** The address of the (first) value cell holding exactly this text. */
function find(layout: ReportLayout, text: string): string {
  const cell = layout.cells.find((c) => c.content.kind === "value" && c.content.value === text);
  if (!cell) throw new Error(`no cell "${text}"`);
  return cell.address;
}

const rowOf = (address: string) => Number(address.replace(/^[A-Z]+/, ""));

function figure(layout: ReportLayout, indicator: string, club: string | null) {
  const found = layout.figures.find(
    (f) => f.indicator === indicator && f.club === club && !f.cumulative
  );
  if (!found) throw new Error(`no figure ${indicator} for ${club}`);
  return found.address;
}

const TWO_CLUBS = table([member(3, "Nà Lằng"), member(4, "Nà Lằng"), member(5, "=1+1")]);

function layoutOf(overrides: Partial<ReportInput> = {}): ReportLayout {
  return buildReportLayout({ table: TWO_CLUBS, params: PARAMS, ...overrides });
}

describe("the report heading (Decree 30)", () => {
  it("puts the issuing body left, the national name and motto right, number, date, title and subject", () => {
    const layout = layoutOf();
    expect(valueAt(layout, "A1")).toBe("HỘI NCT TỈNH LAI CHÂU");
    expect(valueAt(layout, "F1")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(valueAt(layout, "F2")).toBe("Độc lập - Tự do - Hạnh phúc");
    const motto = layout.cells.find((c) => c.address === "F2")!;
    expect(layout.styles[motto.style].font).toMatchObject({
      name: "Times New Roman",
      bold: true,
      underline: true,
    });
    const number = find(layout, "Số: 15/BC-HNCT");
    expect(rowOf(find(layout, "Lai Châu, ngày 20 tháng 12 năm 2019"))).toBe(rowOf(number));
    const title = find(layout, "BÁO CÁO");
    expect(rowOf(title)).toBeGreaterThan(rowOf(number));
    expect(
      rowOf(
        find(
          layout,
          "Kết quả thành lập và hoạt động của Câu lạc bộ Liên thế hệ tự giúp nhau năm 2019"
        )
      )
    ).toBe(rowOf(title) + 1);
    expect(layout.merges).toContain("A1:E1");
    expect(layout.merges).toContain("F1:P1");
  });

  it("prints the parent body over the issuing body when there is one", () => {
    const layout = layoutOf({ params: { ...PARAMS, parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM" } });
    expect(valueAt(layout, "A1")).toBe("TRUNG ƯƠNG HỘI NCT VIỆT NAM");
    expect(valueAt(layout, "A2")).toBe("HỘI NCT TỈNH LAI CHÂU");
  });

  it("writes days below 10 and January, February with a leading zero, and dots for a date to fill in", () => {
    const dated = layoutOf({ params: { ...PARAMS, reportDate: { year: 2020, month: 2, day: 5 } } });
    find(dated, "Lai Châu, ngày 05 tháng 02 năm 2020");
    const undated = layoutOf({
      params: { ...PARAMS, reportDate: undefined, reportNumber: undefined },
    });
    find(undated, "Lai Châu, ngày … tháng … năm …");
    find(undated, "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-HNCT");
  });

  it("has the numbered sections in order, then the recipients and the signature block", () => {
    const layout = layoutOf();
    const rows = [
      "I. KẾT QUẢ THÀNH LẬP CÂU LẠC BỘ",
      "II. THÀNH VIÊN CÂU LẠC BỘ",
      "III. HUY ĐỘNG QUỸ VÀ CHO VAY VỐN",
      "IV. KẾT QUẢ HOẠT ĐỘNG",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
      "Nơi nhận:",
    ].map((text) => rowOf(find(layout, text)));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(rowOf(find(layout, "TM. BAN THƯỜNG VỤ"))).toBe(rows[5]);
    find(layout, "CHỦ TỊCH");
    find(layout, "- Lưu: VT.");
  });

  it("is written in English when asked", () => {
    const layout = layoutOf({ params: { ...PARAMS, lang: "en" } });
    expect(layout.sheetName).toBe("Report");
    find(layout, "SOCIALIST REPUBLIC OF VIETNAM");
    find(layout, "Independence - Freedom - Happiness");
    find(layout, "REPORT");
    find(layout, "II. CLUB MEMBERS");
  });
});

describe("the report's figures", () => {
  it("write club names as values, even one that looks like a formula", () => {
    const layout = layoutOf();
    const members = figure(layout, "members", "=1+1");
    expect(valueAt(layout, `B${rowOf(members)}`)).toBe("=1+1");
    expect(
      layout.cells.filter((c) => c.content.kind === "formula" && c.content.formula.includes("1+1"))
    ).toEqual([]);
  });

  it("are formulas over the member sheet, restricted to the club by its name cell", () => {
    const layout = layoutOf();
    const women = figure(layout, "women", "Nà Lằng");
    const r = rowOf(women);
    expect(formulaAt(layout, women)).toBe(
      `COUNTIFS('Danh sách'!$C$3:$C$5,"="&$B$${r},'Danh sách'!$D$3:$D$5,"Nữ")`
    );
    expect(formulaAt(layout, figure(layout, "womenShare", "Nà Lằng"))).toBe(
      `IF(N(C${r})>0,D${r}/C${r},"")`
    );
    // Every figure is a formula but the plan, which is the input cell itself.
    for (const f of layout.figures) {
      expect(contentAt(layout, f.address)?.kind).toBe(
        f.indicator === "planned" ? "value" : "formula"
      );
    }
    expect(figure(layout, "planned", null)).toBe(layout.inputs.plannedClubs);
  });

  it("add up the club rows in the totals row, and take shares over the totals", () => {
    const layout = layoutOf();
    const first = rowOf(figure(layout, "members", "Nà Lằng"));
    const total = rowOf(figure(layout, "members", null));
    expect(total).toBe(first + 2);
    expect(formulaAt(layout, figure(layout, "women", null))).toBe(`SUM(D${first}:D${first + 1})`);
    expect(formulaAt(layout, figure(layout, "womenShare", null))).toBe(
      `IF(N(C${total})>0,D${total}/C${total},"")`
    );
    const contributions = figure(layout, "contributionTotal", null);
    const averages = figure(layout, "fundsPerClub", null);
    expect(formulaAt(layout, averages)).toBe(
      `IF(N(${figure(layout, "clubs", null)})>0,${contributions}/${figure(layout, "clubs", null)},"")`
    );
  });

  it("hold the reference date, the age threshold and the plan in input cells the formulas read", () => {
    const layout = layoutOf();
    // 31/12/2019 is day 43830 of Excel's calendar.
    expect(valueAt(layout, layout.inputs.referenceDate)).toBe(43830);
    expect(valueAt(layout, layout.inputs.ageThreshold)).toBe(55);
    expect(valueAt(layout, layout.inputs.plannedClubs)).toBe(7);
    expect(valueAt(layout, layout.inputs.clubsBefore)).toBe(11);
    expect(valueAt(layout, layout.inputs.plannedClubsTotal)).toBe(25);
    const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const older = formulaAt(layout, figure(layout, "olderMembers", "Nà Lằng"));
    expect(older).toContain(
      `(YEAR(${abs(layout.inputs.referenceDate)})-${abs(layout.inputs.ageThreshold)})`
    );
    const membersCells = `$C$${rowOf(figure(layout, "members", "Nà Lằng"))}:$C$${rowOf(figure(layout, "members", "=1+1"))}`;
    const clubs = figure(layout, "clubs", null);
    expect(formulaAt(layout, clubs)).toBe(`COUNTIF(${membersCells},">0")`);
    expect(formulaAt(layout, figure(layout, "planRate", null))).toBe(
      `IF(N(${layout.inputs.plannedClubs})>0,${clubs}/${layout.inputs.plannedClubs},"")`
    );
    const cumulative = layout.figures.find((f) => f.cumulative)!;
    const cumulativeClubs = `M${rowOf(cumulative.address) - 1}`;
    expect(formulaAt(layout, cumulativeClubs)).toBe(
      `N(${abs(layout.inputs.clubsBefore)})+${clubs}`
    );
    expect(formulaAt(layout, cumulative.address)).toBe(
      `IF(N(${layout.inputs.plannedClubsTotal})>0,${cumulativeClubs}/${layout.inputs.plannedClubsTotal},"")`
    );
  });

  it("title the age columns with a formula that follows the threshold cell", () => {
    const layout = layoutOf();
    const abs = layout.inputs.ageThreshold.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const header = layout.cells.find(
      (c) => c.content.kind === "formula" && c.content.formula.startsWith('"Từ "')
    );
    expect(header?.content).toEqual({ kind: "formula", formula: `"Từ "&${abs}&" tuổi trở lên"` });
  });

  it("escape the wildcards of a club name that has them", () => {
    const layout = layoutOf({ table: table([member(3, "CLB *")]) });
    const r = rowOf(figure(layout, "members", "CLB *"));
    expect(formulaAt(layout, figure(layout, "members", "CLB *"))).toBe(
      `COUNTIFS('Danh sách'!$C$3:$C$3,"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B$${r},"~","~~"),"*","~*"),"?","~?"))`
    );
  });

  it("count each club over its own rows when its name is merged down a club column", () => {
    const merged = table([member(3, "Nậm Tăm"), member(4, "Nậm Tăm"), member(6, "Nà Ca")]);
    const grid: Grid = {
      sheet: "Danh sách",
      originRow: 1,
      originCol: 1,
      rows: [[], [], [1, "A", "Nậm Tăm"], [2, "B", null], ["Cộng"], [3, "C", "Nà Ca"]],
    };
    const layout = layoutOf({ table: merged, grid });
    // A club's members are the rows of its runs less the rows empty in every column read (B to J).
    const empty = (first: number, last: number) =>
      [..."BCDEFGHIJ"].map((c) => `'Danh sách'!$${c}$${first}:$${c}$${last},""`).join(",");
    expect(formulaAt(layout, figure(layout, "members", "Nậm Tăm"))).toBe(
      `ROWS('Danh sách'!$3:$4)-COUNTIFS(${empty(3, 4)})`
    );
    expect(formulaAt(layout, figure(layout, "members", "Nà Ca"))).toBe(
      `ROWS('Danh sách'!$6:$6)-COUNTIFS(${empty(6, 6)})`
    );
    // Every club cell filled: counted by name.
    const filled: Grid = {
      ...grid,
      rows: [[], [], [1, "A", "Nậm Tăm"], [2, "B", "Nậm Tăm"], ["Cộng"], [3, "C", "Nà Ca"]],
    };
    expect(
      formulaAt(
        buildReportLayout({ table: merged, grid: filled, params: PARAMS }),
        figure(layout, "members", "Nà Ca")
      )
    ).toContain('"="&$B$');
  });

  it("count a club's rows across a blank row, not across a row holding something else", () => {
    const rows = table([member(3, "Bản Học"), member(5, "Bản Học"), member(7, "Bản Học")], {
      columns: { no: 1, name: 2, gender: 3 },
    });
    // Row 4 is blank but for its number; row 6 holds a note in the name column.
    const grid: Grid = {
      sheet: "Danh sách",
      originRow: 1,
      originCol: 1,
      rows: [[], [], [1, "A", "Nữ"], [2, null, ""], [3, null, "Nam"], [null, "(chuyển đi)"], [4]],
    };
    const layout = layoutOf({ table: rows, grid });
    const empty = (first: number, last: number) =>
      `COUNTIFS('Danh sách'!$B$${first}:$B$${last},"",'Danh sách'!$C$${first}:$C$${last},"")`;
    expect(formulaAt(layout, figure(layout, "members", "Bản Học"))).toBe(
      `ROWS('Danh sách'!$3:$5)-${empty(3, 5)}+ROWS('Danh sách'!$7:$7)-${empty(7, 7)}`
    );
    // Without the grid, only the members' own rows.
    const blind = layoutOf({ table: rows });
    expect(formulaAt(blind, figure(blind, "members", "Bản Học"))).toBe(
      `ROWS('Danh sách'!$3:$3)-${empty(3, 3)}+ROWS('Danh sách'!$5:$5)-${empty(5, 5)}` +
        `+ROWS('Danh sách'!$7:$7)-${empty(7, 7)}`
    );
  });

  it("keep every formula within Excel's 8,192 characters, the 53 ethnic groups listed in one", () => {
    // Sheet names have at most 31 characters; two clubs interleaved make four runs each.
    const sheet = "Danh sách thành viên CLB 2019'x";
    const rows = [3, 4, 5, 6, 7, 8, 9, 10].map((row) =>
      member(row, row % 2 === 0 ? "Nà Lằng" : "Bản Hon", { sheet })
    );
    const layouts = [
      layoutOf({ table: table(rows, { sheet }) }),
      layoutOf({ table: table(rows, { sheet, columns: { ...COLUMNS, club: undefined } }) }),
    ];
    for (const layout of layouts) {
      const lengths = layout.cells.map((c) =>
        c.content.kind === "formula" ? c.content.formula.length : 0
      );
      expect(Math.max(...lengths)).toBeLessThan(8192);
    }
    // By rows, the ethnic minority of a club adds up its four runs.
    const minority = formulaAt(layouts[1], figure(layouts[1], "ethnicMinority", "Nà Lằng"));
    expect(minority.match(/SUM\(COUNTIFS/g)).toHaveLength(4);
  });

  it("list every figure of sections I–III once, per club and in total", () => {
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
    for (const club of ["Nà Lằng", "=1+1"]) {
      expect(
        layout.figures
          .filter((f) => f.club === club)
          .map((f) => f.indicator)
          .sort()
      ).toEqual([...perClub].sort());
    }
    expect(
      layout.figures
        .filter((f) => f.club === null && !f.cumulative)
        .map((f) => f.indicator)
        .sort()
    ).toEqual(
      [...perClub, "planned", "clubs", "planRate", "membersPerClub", "fundsPerClub"].sort()
    );
    expect(new Set(layout.figures.map((f) => f.address)).size).toBe(layout.figures.length);
  });

  it("still make a report of a table without members", () => {
    const layout = layoutOf({ table: table([]) });
    expect(formulaAt(layout, figure(layout, "members", null))).toBe("0");
    expect(formulaAt(layout, figure(layout, "clubs", null))).toBe("0");
    expect(layout.charts).toEqual([]);
  });
});

describe("the report's page", () => {
  it("is A4 portrait, one page wide, Times New Roman throughout", () => {
    const layout = layoutOf({ params: { ...PARAMS, signerName: "Nguyễn Văn A" } });
    expect(layout.print).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(layout.columnWidths).toHaveLength(16);
    for (const style of Object.values(layout.styles))
      expect(style.font.name).toBe("Times New Roman");
    for (const cell of layout.cells) expect(layout.styles[cell.style]).toBeDefined();
    // The page ends with the signer's name, under the room left for the signature.
    expect(layout.print.printArea).toBe(`A1:P${rowOf(find(layout, "Nguyễn Văn A"))}`);
    expect(rowOf(find(layout, "Nguyễn Văn A"))).toBe(rowOf(find(layout, "(Ký tên, đóng dấu)")) + 5);
  });

  it("has merges that never overlap", () => {
    const layout = layoutOf();
    const taken = new Set<string>();
    for (const range of layout.merges) {
      const [from, to] = range.split(":");
      const [c1, r1] = [from.charCodeAt(0) - 64, rowOf(from)];
      const [c2, r2] = [to.charCodeAt(0) - 64, rowOf(to)];
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          const address = cellAddress(r, c);
          expect(taken.has(address)).toBe(false);
          taken.add(address);
        }
      }
    }
  });

  it("places a chart of the shares by club, with a note for writers that cannot draw it", () => {
    const layout = layoutOf();
    const [chart] = layout.charts;
    const first = rowOf(figure(layout, "members", "Nà Lằng"));
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
    expect(chart.note).toMatch(/Excel/);
    expect(layout.cells.some((c) => rowOf(c.address) === chart.row)).toBe(false);
  });
});
