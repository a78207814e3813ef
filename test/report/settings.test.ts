/**
 * Every placeholder of the report filled from settings: a settings file (`--settings`) and options over it on the
 * command line, read strictly; the report's cells then say what the settings say.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { run } from "../../src/cli/main";
import { parseReportSettings } from "../../src/core/report/report-settings";

const SAMPLE = join(__dirname, "../../assets/samples/clb-lai-chau-mau.xlsx");

describe("report settings as stored", () => {
  it("reads every setting, a date written either way", () => {
    const stored = {
      parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM",
      issuingBody: "HỘI NCT TỈNH LAI CHÂU",
      place: "Lai Châu",
      reportDate: "20/12/2024",
      reportNumber: "15",
      period: "năm 2024",
      subject: "Kết quả hoạt động năm 2024",
      plan: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu",
      recipients: ["UBND tỉnh Lai Châu"],
      authority: "KT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn A",
    };
    expect(parseReportSettings(stored)).toEqual({
      settings: { ...stored, reportDate: { year: 2024, month: 12, day: 20 } },
      problems: [],
    });
    expect(parseReportSettings({ reportDate: "2024-12-20" }).settings.reportDate).toEqual({
      year: 2024,
      month: 12,
      day: 20,
    });
  });

  it("names each key it cannot use, and never drops one silently", () => {
    expect(
      parseReportSettings({
        signer: "Nguyễn Văn A",
        place: 12,
        reportDate: "31/02/2024",
        recipients: "UBND tỉnh",
      }).problems
    ).toEqual([
      { key: "signer", problem: "unknown" },
      { key: "place", problem: "not-text" },
      { key: "reportDate", problem: "not-date" },
      { key: "recipients", problem: "not-list" },
    ]);
    expect(parseReportSettings(["a"]).problems).toEqual([{ key: "", problem: "not-object" }]);
  });
});

describe("the report command's settings", () => {
  it("reads the document's options, the recipients split at semicolons", () => {
    const parsed = parseArgs([
      "report",
      "a.xlsx",
      "--out",
      "b.xlsx",
      "--settings=bao-cao.json",
      "--issuing-body",
      "HỘI NCT HUYỆN TAM ĐƯỜNG",
      "--issue-date",
      "2024-12-20",
      "--recipients",
      "UBND huyện; Hội NCT tỉnh",
      "--signer",
      "Lò Văn B",
    ]);
    expect(parsed.kind === "run" && parsed.options.report).toEqual({
      settingsFile: "bao-cao.json",
      settings: {
        issuingBody: "HỘI NCT HUYỆN TAM ĐƯỜNG",
        reportDate: { year: 2024, month: 12, day: 20 },
        recipients: ["UBND huyện", "Hội NCT tỉnh"],
        signerName: "Lò Văn B",
      },
    });
  });

  it("refuses a bad signing date and the document's options on another command", () => {
    expect(
      parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--issue-date", "20/12/2024"])
    ).toEqual({
      kind: "fail",
      lang: "vi",
      failure: { failure: "cli.fail.bad-issue-date", params: { value: "20/12/2024" } },
    });
    expect(parseArgs(["check", "a.xlsx", "--signer", "Lò Văn B"])).toEqual({
      kind: "fail",
      lang: "vi",
      failure: { failure: "cli.fail.report-only", params: { option: "--signer" } },
    });
  });
});

describe("club-report report --settings", () => {
  let dir: string;
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "club-report-settings-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("fills every placeholder from the file, the options over it", async () => {
    const settings = join(dir, "bao-cao.json");
    await writeFile(
      settings,
      JSON.stringify({
        parentBody: "TRUNG ƯƠNG HỘI NCT VIỆT NAM",
        issuingBody: "HỘI NCT TỈNH LAI CHÂU",
        place: "Lai Châu",
        reportDate: "2024-12-20",
        reportNumber: "15",
        period: "6 tháng đầu năm 2024",
        plan: "Kế hoạch số 72/KH-UBND ngày 15/3/2021 của UBND tỉnh Lai Châu",
        recipients: ["Trung ương Hội NCT Việt Nam", "UBND tỉnh Lai Châu"],
        authority: "TM. BAN THƯỜNG VỤ",
        signerTitle: "CHỦ TỊCH",
        signerName: "Nguyễn Văn A",
      })
    );
    const out = join(dir, "bao-cao.xlsx");
    const { err, io: streams } = io();
    const code = await run(
      [
        "report",
        SAMPLE,
        "--out",
        out,
        "--settings",
        settings,
        "--signer",
        "Lò Thị C",
        "--report-date",
        "2024-06-30",
      ],
      streams
    );
    expect([code, err.join("")]).toEqual([0, ""]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook.getWorksheet("Báo cáo")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      })
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "TRUNG ƯƠNG HỘI NCT VIỆT NAM",
        "HỘI NCT TỈNH LAI CHÂU",
        "Số: 15/BC-HNCT",
        "Lai Châu, ngày 20 tháng 12 năm 2024",
        "Kết quả thành lập và hoạt động của các Câu lạc bộ Liên thế hệ tự giúp nhau 6 tháng đầu năm 2024",
        "- Trung ương Hội NCT Việt Nam;",
        "- UBND tỉnh Lai Châu;",
        "- Lưu: VT.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lò Thị C",
      ])
    );
    expect(texts.some((t) => t.includes("Kế hoạch số 72/KH-UBND ngày 15/3/2021"))).toBe(true);
    expect(texts).not.toContain("Nguyễn Văn A");
    const annex = workbook.getWorksheet("Phụ lục 1")!.getCell("A3").value;
    expect(annex).toBe("(Kèm theo Báo cáo số 15/BC-HNCT ngày 20/12/2024)");
  });

  it("names the file and the key it cannot use, and writes nothing", async () => {
    const settings = join(dir, "sai.json");
    await writeFile(settings, JSON.stringify({ signer: "Nguyễn Văn A", reportDate: "hôm nay" }));
    const broken = join(dir, "hong.json");
    await writeFile(broken, '{ "place": "Lai Châu", }');
    const out = join(dir, "khong-ghi.xlsx");
    for (const [file, lines] of [
      [
        settings,
        [
          `club-report: lỗi: tệp cài đặt báo cáo “${settings}”: không có cài đặt nào tên “signer” (các tên: parentBody, issuingBody, place, reportNumber, period, subject, plan, authority, signerTitle, signerName, reportDate, recipients).`,
          `club-report: lỗi: tệp cài đặt báo cáo “${settings}”: “reportDate” phải là một ngày, ví dụ "2024-12-20" hoặc "20/12/2024".`,
        ],
      ],
      [
        broken,
        [
          expect.stringMatching(
            new RegExp(
              `^club-report: lỗi: tệp cài đặt báo cáo “${broken}” không phải JSON hợp lệ: .+\\.$`
            )
          ),
        ],
      ],
      [
        join(dir, "khong-co.json"),
        [`club-report: lỗi: không tìm thấy tệp “${join(dir, "khong-co.json")}”.`],
      ],
    ] as const) {
      const { out: stdout, err, io: streams } = io();
      const code = await run(["report", SAMPLE, "--out", out, "--settings", file], streams);
      expect([code, stdout.join(""), err.join("").trimEnd().split("\n")]).toEqual([2, "", lines]);
    }
    await expect(new ExcelJS.Workbook().xlsx.readFile(out)).rejects.toThrow();
  });
});
