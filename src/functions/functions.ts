/*
 * The CLUB.* custom functions. Each one adapts Excel's arguments to core and core's outcome to Excel, nothing
 * more. Microsoft's generator reads the JSDoc below into functions.json: its English must stay that of the
 * fn.help.* messages, whose Vietnamese makes functions-vi.json (test/functions/metadata.test.ts checks both).
 */
import { ageOf, ageShareOf } from "../core/functions/ages";
import { checkShareOf } from "../core/functions/check-share";
import { issueRows } from "../core/functions/issues-table";
import { ethnicityOf, genderOf, isMinorityOf, unicodeOf } from "../core/functions/lookups";
import { planRateOf } from "../core/functions/plan-rate";
import { countOf, minorityShareOf, shareOf, womenShareOf } from "../core/functions/shares";
import { statsRows } from "../core/functions/stats-table";
import { rangePlace } from "../core/functions/table-grid";
import { rangeFromExcel as range, today } from "./excel-arguments";
import { inExcel } from "./excel-errors";

/**
 * Share of a plan achieved: achieved ÷ planned (18 of 25 → 72 %); over plan is allowed.
 * @customfunction PLANRATE
 * @param achieved Achieved: a number or a range of numbers, summed.
 * @param planned Planned: a number or a range of numbers, summed.
 * @returns The rate (0.72 = 72 %).
 */
export function planRate(achieved: unknown[][], planned: unknown[][]): number {
  return inExcel(() => planRateOf(range(achieved), range(planned)));
}

/**
 * Members in a category: a gender, an ethnic group, “thiểu số” (minority), a household status or a board role, read in every spelling as the register check reads it.
 * @customfunction COUNT
 * @param values The register's column of values, without its header.
 * @param category The category, e.g. “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”, “Chủ nhiệm”.
 * @returns How many cells are in the category.
 */
export function count(values: unknown[][], category: unknown): number {
  return inExcel(() => countOf(range(values), range(category)));
}

/**
 * Share of members in a category: those in it ÷ the non-blank cells of the range (blank cells are no members; unreadable values count in the denominator).
 * @customfunction SHARE
 * @param values The register's column of values, without its header.
 * @param category The category, e.g. “Nữ”, “Mông”, “thiểu số”, “Hộ nghèo”.
 * @returns The share (0.662 = 66.2 %).
 */
export function share(values: unknown[][], category: unknown): number {
  return inExcel(() => shareOf(range(values), range(category)));
}

/**
 * Share of women: cells read as “Nữ” ÷ non-blank cells.
 * @customfunction WOMENSHARE
 * @param genders The gender column, without its header.
 * @returns The share of women.
 */
export function womenShare(genders: unknown[][]): number {
  return inExcel(() => womenShareOf(range(genders)));
}

/**
 * Share of ethnic minority members (any group but Kinh): minority cells ÷ non-blank cells.
 * @customfunction MINORITYSHARE
 * @param ethnicities The ethnic group column, without its header.
 * @returns The share of ethnic minority members.
 */
export function minorityShare(ethnicities: unknown[][]): number {
  return inExcel(() => minorityShareOf(range(ethnicities)));
}

/**
 * Age on a date: that year − the birth year, or whole years from a full date of birth. An age outside 16–110 is unknown (#N/A).
 * @customfunction AGE
 * @volatile
 * @param birth Year of birth (1955), date of birth (01/07/1955) or an Excel date.
 * @param [asOf] The date ages are counted on; today when left out.
 * @returns The age in years.
 */
export function age(birth: unknown, asOf?: unknown): number {
  return inExcel(() => ageOf(range(birth), range(asOf), today()));
}

/**
 * Share of members at or over an age: those old enough ÷ non-blank cells (unknown ages count in the denominator).
 * @customfunction AGESHARE
 * @volatile
 * @param births The birth column (years or dates), without its header.
 * @param [minAge] The age threshold; 55 when left out.
 * @param [asOf] The date ages are counted on; today when left out.
 * @returns The share of members at or over the age.
 */
export function ageShare(births: unknown[][], minAge?: unknown, asOf?: unknown): number {
  return inExcel(() => ageShareOf(range(births), range(minAge), range(asOf), today()));
}

/**
 * The gender as “Nữ” or “Nam”, however it is typed (nu, NỮ, F, legacy fonts).
 * @customfunction GENDER
 * @param text The gender as typed.
 * @returns “Nữ” or “Nam”.
 */
export function gender(text: unknown): string {
  return inExcel(() => genderOf(range(text)));
}

/**
 * The standard name among the 54 ethnic groups (“Hmông” → “Mông”); #N/A with the closest name when unknown.
 * @customfunction ETHNICITY
 * @param text The ethnic group as typed.
 * @returns The group's standard name.
 */
export function ethnicity(text: unknown): string {
  return inExcel(() => ethnicityOf(range(text)));
}

/**
 * TRUE for an ethnic minority (any group but Kinh), FALSE for Kinh; #N/A when the group is unknown.
 * @customfunction ISMINORITY
 * @param text The ethnic group as typed.
 * @returns Whether the group is an ethnic minority.
 */
export function isMinority(text: unknown): boolean {
  return inExcel(() => isMinorityOf(range(text)));
}

/**
 * The text in precomposed Unicode: TCVN3 (.VnTime) or VNI text converted, combining accents composed, stray spaces removed.
 * @customfunction UNICODE
 * @param text The text to convert.
 * @returns The text in Unicode; a number comes back unchanged.
 */
export function unicode(text: unknown): unknown {
  return inExcel(() => unicodeOf(range(text)));
}

/**
 * Checks a reported share against count ÷ total: “OK”, or one line saying what differs.
 * @customfunction CHECKSHARE
 * @param count The count, e.g. 226 ethnic minority members.
 * @param total The total, e.g. 325 members.
 * @param reported The reported share: 82 %, 0.82 or “82%”; a number above 1 is read as a percentage.
 * @param [tolerance] The largest accepted difference; half a percentage point (0.005) when left out.
 * @returns “OK”, or what differs.
 */
export function checkShare(
  count: unknown,
  total: unknown,
  reported: unknown,
  tolerance?: unknown
): string {
  return inExcel((lang) =>
    checkShareOf(range(count), range(total), range(reported), range(tolerance), lang)
  );
}

/**
 * The register check as a formula: the register range with its header row in, one row per issue out (cell, severity, message, proposed fix).
 * @customfunction ISSUES
 * @volatile
 * @requiresParameterAddresses
 * @param table The member register range, its header row included.
 * @param [reportDate] The report date ages are counted on; today when left out.
 * @param invocation Where the table is, so that issues name the sheet's cells.
 * @returns One row per issue, or one row saying there is none.
 */
export function issues(
  table: unknown[][],
  reportDate?: unknown,
  invocation?: CustomFunctions.Invocation
): string[][] {
  return inExcel((lang) =>
    issueRows(
      range(table),
      rangePlace(invocation?.parameterAddresses?.[0]),
      range(reportDate),
      today(),
      lang
    )
  );
}

/**
 * The register's indicators as a two-column table (label, value), as the stats command gives them; shares divide by all members.
 * @customfunction STATS
 * @volatile
 * @param table The member register range, its header row included.
 * @param [reportDate] The report date ages are counted on; today when left out.
 * @param [ageThreshold] The age dividing older from younger members; 55 when left out.
 * @returns One row per indicator: its label and its value.
 */
export function stats(
  table: unknown[][],
  reportDate?: unknown,
  ageThreshold?: unknown
): unknown[][] {
  return inExcel((lang) =>
    statsRows(range(table), range(reportDate), range(ageThreshold), today(), lang)
  );
}
