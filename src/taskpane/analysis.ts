import { consolidateMembers } from "../core/consolidate";
import type { Grid } from "../core/grid";
import type { Lang } from "../core/i18n/text";
import { computeIndicators, type IndicatorResult } from "../core/indicators";
import type { MemberTable } from "../core/model";
import { readMemberTable } from "../core/register";
import {
  NATIONAL_PROFILE,
  profileById,
  type CopiedSheet,
  type RuleProfile,
  unrecordedPoverty,
  validate,
  type ValidationResult,
} from "../core/validation";
import type { PaneSettings } from "./settings";

/** A sheet read and the member table found in it. */
export interface SheetPart {
  readonly grid: Grid;
  readonly table: MemberTable;
}

/**
 * The register the pane works on: one sheet (or table), or every club sheet of the workbook read as one register
 * ("Tất cả trang CLB"). Checks and figures go over its sheets together — a person on two sheets is a duplicate, a
 * club is sized over all of them — exactly as the command line treats several files in one run.
 */
export interface SheetRegister {
  readonly sheets: readonly SheetPart[];
  /** Sheets left out as copies of the others (a summary of them): not counted, and named by the check. */
  readonly copies?: readonly CopiedSheet[];
}

/** The members of every sheet of a register, in sheet order. */
export function membersOf(register: SheetRegister): MemberTable["members"] {
  return register.sheets.length === 1
    ? register.sheets[0].table.members
    : register.sheets.flatMap((part) => part.table.members);
}

/**
 * The member sheet a report counts: the one sheet read; for several, their members gathered in one list under
 * `name` (canonical values, each row naming the sheet and row it comes from), which the report adds to the
 * workbook before its own sheets — the command line's consolidated sheet, as it makes for several files.
 */
export function countedSheet(register: SheetRegister, name: string, lang: Lang): SheetPart {
  if (register.sheets.length === 1) return register.sheets[0];
  const grid = consolidateMembers(
    register.sheets.map((part) => ({ label: null, table: part.table })),
    name,
    lang
  );
  const table = readMemberTable(grid);
  if (table === null) throw new Error("the gathered member list cannot be read back");
  return { grid, table };
}

export interface Analysis {
  readonly validation: ValidationResult;
  readonly indicators: IndicatorResult;
  /** The rules' profile the register was checked against: its norms are the ones shown beside the figures. */
  readonly profile: RuleProfile;
}

/** Validation and indicators of a register under the pane's settings: the same core calls as the command line. */
export function analyse(register: SheetRegister, settings: PaneSettings): Analysis {
  const profile = {
    ...(profileById(settings.profile) ?? NATIONAL_PROFILE),
    olderAge: settings.ageThreshold,
  };
  const tables = register.sheets.map((part) => part.table);
  return {
    profile,
    validation: validate(tables, {
      reference: settings.referenceDate,
      profile,
      // The grids tell what of each sheet is hidden, so the pane names it as the command line does.
      grids: register.sheets.map((part) => part.grid),
      copies: register.copies,
    }),
    indicators: computeIndicators(membersOf(register), {
      unrecordedPoverty: unrecordedPoverty(tables),
      referenceDate: settings.referenceDate,
      ageThreshold: settings.ageThreshold,
    }),
  };
}
