import { parseArgs, type CliOptions } from "../../src/cli/args";
import { failureLine, type Failure } from "../../src/cli/failure";
import { LAICHAU_PROFILE, NATIONAL_PROFILE } from "../../src/core/validation";

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.kind !== "run") throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function failure(argv: string[]): { lang: string; failure: Failure } {
  const parsed = parseArgs(argv);
  if (parsed.kind !== "fail") throw new Error(`expected a failure, got ${JSON.stringify(parsed)}`);
  return { lang: parsed.lang, failure: parsed.failure };
}

describe("parseArgs: options", () => {
  it("takes the defaults: Vietnamese, national profile, age 55, today, no plan, no JSON", () => {
    expect(options(["check", "a.xlsx"])).toEqual({
      command: "check",
      files: ["a.xlsx"],
      out: null,
      force: false,
      reportDate: null,
      ageThreshold: 55,
      planned: null,
      foundedBefore: null,
      target: null,
      profile: NATIONAL_PROFILE,
      lang: "vi",
      json: false,
      all: false,
      reading: { mappings: [], headerRows: null },
      countFormer: false,
      report: { settingsFile: null, settings: {} },
      template: { club: null, commune: null, splitBirth: false },
    });
  });

  it("reads every option, as --opt value and as --opt=value, before and after the files", () => {
    expect(
      options([
        "report",
        "a.xlsx",
        "--report-date",
        "2019-12-31",
        "--age-threshold=60",
        "b.xlsx",
        "--planned",
        "7",
        "--founded-before=11",
        "--target",
        "25",
        "--profile=laichau",
        "--lang",
        "en",
        "--json",
        "--out=bao cao.xlsx",
        "--force",
      ])
    ).toEqual({
      command: "report",
      files: ["a.xlsx", "b.xlsx"],
      out: "bao cao.xlsx",
      force: true,
      reportDate: { year: 2019, month: 12, day: 31 },
      ageThreshold: 60,
      planned: 7,
      foundedBefore: 11,
      target: 25,
      profile: LAICHAU_PROFILE,
      lang: "en",
      json: true,
      all: false,
      reading: { mappings: [], headerRows: null },
      countFormer: false,
      report: { settingsFile: null, settings: {} },
      template: { club: null, commune: null, splitBirth: false },
    });
  });

  it("takes everything after -- as files, even a name that starts with a dash", () => {
    expect(options(["stats", "--", "--json", "-x.xlsx"]).files).toEqual(["--json", "-x.xlsx"]);
  });

  it("accepts 0 clubs founded before the period, and a leap day", () => {
    const o = options(["stats", "a.xlsx", "--founded-before", "0", "--report-date", "2024-02-29"]);
    expect(o.foundedBefore).toBe(0);
    expect(o.reportDate).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([["--help"], ["-h"], ["check", "--help"], ["report", "a.xlsx", "--bogus", "-h"]])(
    "%s asks for help, whatever else is given",
    (...argv) => {
      expect(parseArgs(argv)).toEqual({ kind: "help", lang: "vi" });
    }
  );

  it("gives help in English with --lang en", () => {
    expect(parseArgs(["--lang", "en", "--help"])).toEqual({ kind: "help", lang: "en" });
  });
});

describe("parseArgs: failures", () => {
  it.each<[string[], Failure]>([
    [[], { failure: "cli.fail.no-command", params: {} }],
    [["chek", "a.xlsx"], { failure: "cli.fail.unknown-command", params: { command: "chek" } }],
    [["check"], { failure: "cli.fail.no-files", params: { command: "check" } }],
    [
      ["check", "a.xlsx", "--verbose"],
      { failure: "cli.fail.unknown-option", params: { option: "--verbose" } },
    ],
    [["check", "a.xlsx", "-v"], { failure: "cli.fail.unknown-option", params: { option: "-v" } }],
    [
      ["check", "a.xlsx", "--json", "--json"],
      { failure: "cli.fail.repeated-option", params: { option: "--json" } },
    ],
    [
      ["check", "a.xlsx", "--json=yes"],
      { failure: "cli.fail.no-value-expected", params: { option: "--json", value: "yes" } },
    ],
    [
      ["check", "a.xlsx", "--report-date"],
      {
        failure: "cli.fail.missing-value",
        params: { option: "--report-date", example: "2024-12-31" },
      },
    ],
    [
      ["check", "a.xlsx", "--planned", "--json"],
      { failure: "cli.fail.missing-value", params: { option: "--planned", example: "7" } },
    ],
    [
      ["check", "a.xlsx", "--report-date="],
      {
        failure: "cli.fail.missing-value",
        params: { option: "--report-date", example: "2024-12-31" },
      },
    ],
    [
      ["check", "a.xlsx", "--out", "b.xlsx"],
      { failure: "cli.fail.report-only", params: { option: "--out" } },
    ],
    [
      ["stats", "a.xlsx", "--force"],
      { failure: "cli.fail.report-only", params: { option: "--force" } },
    ],
    [["report", "a.xlsx"], { failure: "cli.fail.no-out", params: {} }],
    [
      ["check", "a.xlsx", "--profile", "hanoi"],
      {
        failure: "cli.fail.bad-choice",
        params: { option: "--profile", value: "hanoi", choices: "national, laichau" },
      },
    ],
    [
      ["check", "a.xlsx", "--lang", "fr"],
      {
        failure: "cli.fail.bad-choice",
        params: { option: "--lang", value: "fr", choices: "vi, en" },
      },
    ],
  ])("%j fails", (argv, expected) => {
    expect(failure(argv).failure).toEqual(expected);
  });

  it.each([
    ["2024-02-30"], // no 30 February
    ["2023-02-29"], // not a leap year
    ["2024-13-01"],
    ["31/12/2024"], // the Vietnamese way of writing it, but the option asks for YYYY-MM-DD
    ["2024-1-5"],
    ["2024"],
    ["1899-02-29"], // out of range, and not a real day either
    ["yesterday"],
  ])("the report date %s is invalid", (value) => {
    expect(failure(["stats", "a.xlsx", "--report-date", value]).failure).toEqual({
      failure: "cli.fail.bad-date",
      params: { value },
    });
  });

  it.each([["1850-01-01"], ["1899-12-31"], ["2101-01-01"]])(
    "the report date %s is a real day, outside the years a register's dates can have",
    (value) => {
      const { failure: fault } = failure(["stats", "a.xlsx", "--report-date", value]);
      expect(fault).toEqual({
        failure: "cli.fail.date-out-of-range",
        params: { value, min: 1900, max: 2100 },
      });
      expect(failureLine(fault, "en")).toBe(
        `club-report: error: the report date “${value}” is outside the years 1900–2100 the tool can count. Write a date within them, e.g. 2024-12-31.`
      );
    }
  );

  it("--all lists every issue of check, and is refused elsewhere", () => {
    expect(options(["check", "a.xlsx", "--all"]).all).toBe(true);
    expect(failure(["stats", "a.xlsx", "--all"]).failure).toEqual({
      failure: "cli.fail.check-only",
      params: { option: "--all" },
    });
  });

  it.each([
    ["--age-threshold", "0", 1, 120],
    ["--age-threshold", "121", 1, 120],
    ["--age-threshold", "55.5", 1, 120],
    ["--age-threshold", "năm mươi", 1, 120],
    ["--planned", "0", 1, 1_000_000],
    ["--planned", "-5", 1, 1_000_000],
    ["--founded-before", "-1", 0, 1_000_000],
    ["--target", "1e3", 1, 1_000_000],
  ])("%s %s is out of range", (option, value, min, max) => {
    expect(failure(["stats", "a.xlsx", option, value]).failure).toEqual({
      failure: "cli.fail.bad-number",
      params: { option, value, min, max },
    });
  });

  it("speaks the language asked for, even when another argument is wrong", () => {
    const vi = failure(["check", "a.xlsx", "--report-date", "2024-02-30"]);
    expect(failureLine(vi.failure, "vi")).toBe(
      "club-report: lỗi: ngày báo cáo “2024-02-30” không hợp lệ. Hãy viết ngày có thật theo dạng NNNN-TT-NN, ví dụ 2024-12-31."
    );
    const en = failure(["check", "a.xlsx", "--report-date", "2024-02-30", "--lang=en"]);
    expect(en.lang).toBe("en");
    expect(failureLine(en.failure, "en")).toBe(
      "club-report: error: the report date “2024-02-30” is not valid. Write a real date as YYYY-MM-DD, e.g. 2024-12-31."
    );
  });

  it("falls back to Vietnamese when the language itself is wrong", () => {
    expect(failure(["check", "a.xlsx", "--lang", "fr"]).lang).toBe("vi");
  });
});
