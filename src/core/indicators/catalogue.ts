import type { Bilingual } from "../i18n/text";
import { indicatorMessages } from "../i18n/messages/indicators";
import type { CategoryField, Criterion, Param } from "./criteria";

/**
 * The one indicator catalogue (DHIS2 model: value = numerator / denominator × factor). It is data: the JS
 * computation, the command line and the report's formula builder all read these entries, none re-implements one.
 */

export type IndicatorId =
  | "members"
  | "formerMembers"
  | "women"
  | "men"
  | "genderUnknown"
  | "womenShare"
  | "kinh"
  | "ethnicMinority"
  | "ethnicityUnknown"
  | "ethnicMinorityShare"
  | "olderMembers"
  | "youngerMembers"
  | "ageUnknown"
  | "olderShare"
  | "youngerShare"
  | "ageUnder55"
  | "age55to59"
  | "age60to69"
  | "age70to79"
  | "age80AndOver"
  | "legalElderly"
  | "legalElderlyShare"
  | "poor"
  | "nearPoor"
  | "hardship"
  | "povertyUnknown"
  | "poorShare"
  | "nearPoorShare"
  | "disadvantaged"
  | "disadvantagedShare"
  | "boardMembers"
  | "womenOnBoards"
  | "borrowers"
  | "loanTotal"
  | "contributionTotal"
  | "clubs"
  | "membersPerClub"
  | "fundsPerClub"
  | "loanPerBorrower"
  | "planned"
  | "planRate"
  | "plannedFunds"
  | "fundsPlanRate";

/**
 * A numerator or denominator:
 * - `count`: the members meeting every criterion (no criteria: all members);
 * - `sum`: the total of a money field over the members where it is known;
 * - `distinct`: how many different known values a field takes (the clubs);
 * - `ref`: another indicator's value (in a report: that indicator's cell);
 * - `param`: a figure set for the report (null when not given);
 * - `former`: the members listed but noted as having left the club (counted apart from every other term).
 */
export type Term =
  | { readonly count: readonly Criterion[] }
  | { readonly former: "count" }
  | { readonly sum: "loan" | "contribution" }
  | { readonly distinct: CategoryField }
  | { readonly ref: IndicatorId }
  | { readonly param: Param };

export interface IndicatorDefinition {
  readonly numerator: Term;
  /** null: the numerator is the figure itself. */
  readonly denominator: Term | null;
  readonly factor: number;
  /** Excel number format of the figure. */
  readonly format: string;
  /** "total": meaningful only for the whole register (a plan is set for all clubs together). */
  readonly scope: "each" | "total";
}

export interface Indicator extends IndicatorDefinition {
  readonly id: IndicatorId;
  readonly label: Bilingual;
}

const COUNT = "#,##0";
const SHARE = "0.0%";
const AVERAGE = "#,##0.0";

const BOARD_ROLES = ["chair", "vice-chair", "board-member"] as const;

function count(...criteria: Criterion[]): IndicatorDefinition {
  return {
    numerator: { count: criteria },
    denominator: null,
    factor: 1,
    format: COUNT,
    scope: "each",
  };
}

function ratioOf(
  numerator: IndicatorId,
  denominator: IndicatorId,
  format: string,
  scope: "each" | "total" = "each"
): IndicatorDefinition {
  return {
    numerator: { ref: numerator },
    denominator: { ref: denominator },
    factor: 1,
    format,
    scope,
  };
}

function shareOfMembers(numerator: IndicatorId): IndicatorDefinition {
  return ratioOf(numerator, "members", SHARE);
}

function figure(numerator: Term, scope: "each" | "total" = "each"): IndicatorDefinition {
  return { numerator, denominator: null, factor: 1, format: COUNT, scope };
}

const older: Criterion = { field: "age", atLeast: { param: "ageThreshold" } };

/** In report order. `satisfies` makes the compiler check that every IndicatorId is defined exactly once. */
const DEFINITIONS = {
  members: count(),
  formerMembers: figure({ former: "count" }),
  women: count({ field: "gender", equals: "female" }),
  men: count({ field: "gender", equals: "male" }),
  genderUnknown: count({ field: "gender", known: false }),
  womenShare: shareOfMembers("women"),
  kinh: count({ field: "minority", equals: "no" }),
  ethnicMinority: count({ field: "minority", equals: "yes" }),
  ethnicityUnknown: count({ field: "minority", known: false }),
  ethnicMinorityShare: shareOfMembers("ethnicMinority"),
  olderMembers: count(older),
  youngerMembers: count({ field: "age", below: { param: "ageThreshold" } }),
  ageUnknown: count({ field: "age", known: false }),
  olderShare: shareOfMembers("olderMembers"),
  youngerShare: shareOfMembers("youngerMembers"),
  ageUnder55: count({ field: "age", below: 55 }),
  age55to59: count({ field: "age", atLeast: 55, below: 60 }),
  age60to69: count({ field: "age", atLeast: 60, below: 70 }),
  age70to79: count({ field: "age", atLeast: 70, below: 80 }),
  age80AndOver: count({ field: "age", atLeast: 80 }),
  // The Law on the Elderly (2009): older people are those aged 60 and over.
  legalElderly: count({ field: "age", atLeast: 60 }),
  legalElderlyShare: shareOfMembers("legalElderly"),
  poor: count({ field: "poverty", equals: "poor" }),
  nearPoor: count({ field: "poverty", equals: "near-poor" }),
  hardship: count({ field: "poverty", equals: "hardship" }),
  povertyUnknown: count({ field: "poverty", known: false }),
  poorShare: shareOfMembers("poor"),
  nearPoorShare: shareOfMembers("nearPoor"),
  // Provincial plans set a share of poor, near-poor or in-hardship members together (Lai Châu: 60–70 %).
  disadvantaged: count({ field: "poverty", oneOf: ["poor", "near-poor", "hardship"] }),
  disadvantagedShare: shareOfMembers("disadvantaged"),
  boardMembers: count({ field: "role", oneOf: BOARD_ROLES }),
  womenOnBoards: count(
    { field: "gender", equals: "female" },
    { field: "role", oneOf: BOARD_ROLES }
  ),
  borrowers: count({ field: "loan", above: 0 }),
  loanTotal: figure({ sum: "loan" }),
  contributionTotal: figure({ sum: "contribution" }),
  clubs: figure({ distinct: "club" }),
  membersPerClub: ratioOf("members", "clubs", AVERAGE),
  fundsPerClub: ratioOf("contributionTotal", "clubs", COUNT),
  loanPerBorrower: ratioOf("loanTotal", "borrowers", COUNT),
  planned: figure({ param: "plannedClubs" }, "total"),
  planRate: ratioOf("clubs", "planned", SHARE, "total"),
  plannedFunds: figure({ param: "plannedFunds" }, "total"),
  fundsPlanRate: ratioOf("contributionTotal", "plannedFunds", SHARE, "total"),
} satisfies Record<IndicatorId, IndicatorDefinition>;

export const INDICATORS: readonly Indicator[] = (Object.keys(DEFINITIONS) as IndicatorId[]).map(
  (id) => ({ id, label: indicatorMessages[`indicator.${id}`], ...DEFINITIONS[id] })
);

export const INDICATOR_BY_ID = Object.fromEntries(
  INDICATORS.map((indicator) => [indicator.id, indicator])
) as Readonly<Record<IndicatorId, Indicator>>;
