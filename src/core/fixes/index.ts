/** Fixes as plain data: what validation proposes, turned into cells to change. */
export { fixKey, fixPlan, isFixable, withCellValues, type CellFix } from "./fix-plan";
