import type { Grid } from "../core/grid";
import { computeIndicators, type IndicatorResult } from "../core/indicators";
import type { MemberTable } from "../core/model";
import {
  NATIONAL_PROFILE,
  profileById,
  type RuleProfile,
  unrecordedPoverty,
  validate,
  type ValidationResult,
} from "../core/validation";
import type { PaneSettings } from "./settings";

/** The register read from the open sheet: the grid as read and the member table found in it. */
export interface SheetRegister {
  readonly grid: Grid;
  readonly table: MemberTable;
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
  return {
    profile,
    validation: validate([register.table], {
      reference: settings.referenceDate,
      profile,
      // The grid tells what of the sheet is hidden, so the pane names it as the command line does.
      grids: [register.grid],
    }),
    indicators: computeIndicators(register.table.members, {
      unrecordedPoverty: unrecordedPoverty([register.table]),
      referenceDate: settings.referenceDate,
      ageThreshold: settings.ageThreshold,
    }),
  };
}
