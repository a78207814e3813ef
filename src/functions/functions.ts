/* The CLUB.* custom functions. Each one adapts Excel's arguments to core and core's outcome to Excel. */
import { planRateOf } from "../core/functions/plan-rate";
import { gridFromExcel } from "./excel-arguments";
import { numberOrExcelError } from "./excel-errors";

/**
 * Tỷ lệ hoàn thành kế hoạch: số đã đạt / số kế hoạch (18 và 25 → 72 %). Share of a plan achieved.
 * @customfunction PLANRATE
 * @param {any[][]} achieved Số đã đạt (một số hoặc một vùng, được cộng lại). Achieved: a number or a range, summed.
 * @param {any[][]} planned Số kế hoạch (một số hoặc một vùng, được cộng lại). Planned: a number or a range, summed.
 * @returns {number} Tỷ lệ (0,72 = 72 %); có thể vượt 100 %. The rate (0.72 = 72 %); over plan is allowed.
 */
export function planRate(achieved: unknown[][], planned: unknown[][]): number {
  return numberOrExcelError(planRateOf(gridFromExcel(achieved), gridFromExcel(planned)));
}
