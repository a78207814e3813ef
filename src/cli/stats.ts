/** `club-report stats FILE...`: the catalogue's indicators for each club and for all members together. */
import { computeIndicators, planRate, type IndicatorResult } from "../core/indicators";
import type { DayDate } from "../core/model";
import { unrecordedPoverty } from "../core/validation";
import { statsJson } from "./json";
import { statsText } from "./print";
import { readRegisters, type Register } from "./registers";
import type { Io, Outcome, Settings } from "./settings";

/** Clubs to date against the cumulative target (Lai Châu: 11 before + 7 in 2019 = 18 of 25 → 72 %). */
export interface Cumulative {
  readonly foundedBefore: number | null;
  readonly target: number | null;
  /** Clubs founded before the period plus the clubs in the registers. */
  readonly clubs: number;
  readonly rate: number | null;
}

export interface StatsResult {
  readonly reportDate: DayDate;
  readonly ageThreshold: number;
  readonly indicators: IndicatorResult;
  /** null when neither --founded-before nor --target is given. */
  readonly cumulative: Cumulative | null;
}

export function registerStats(registers: readonly Register[], settings: Settings): StatsResult {
  const tables = registers.flatMap((r) => r.tables);
  const members = tables.flatMap((t) => t.members);
  const indicators = computeIndicators(members, {
    unrecordedPoverty: unrecordedPoverty(tables),
    countFormerMembers: settings.countFormer,
    referenceDate: settings.reportDate,
    ageThreshold: settings.ageThreshold,
    plannedClubs: settings.planned ?? undefined,
  });
  const { foundedBefore, target } = settings;
  let cumulative: Cumulative | null = null;
  if (foundedBefore !== null || target !== null) {
    const clubs = (foundedBefore ?? 0) + (indicators.total.clubs ?? 0);
    cumulative = {
      foundedBefore,
      target,
      clubs,
      rate: target === null ? null : planRate(clubs, target),
    };
  }
  return {
    reportDate: settings.reportDate,
    ageThreshold: settings.ageThreshold,
    indicators,
    cumulative,
  };
}

export async function runStats(settings: Settings, io: Io): Promise<Outcome> {
  const { good, bad } = await readRegisters(settings.files, settings.reading);
  if (good.length > 0) {
    const result = registerStats(good, settings);
    io.out(settings.json ? statsJson(result) : statsText(result, settings.lang));
  }
  return { hasErrors: false, failures: bad };
}
