export {
  INDICATORS,
  INDICATOR_BY_ID,
  type Indicator,
  type IndicatorDefinition,
  type IndicatorId,
  type Term,
} from "./catalogue";
export {
  DEFAULT_AGE_THRESHOLD,
  computeIndicators,
  type IndicatorOptions,
  type IndicatorResult,
  type IndicatorValues,
} from "./compute";
export type { Bound, CategoryField, Criterion, FactField, NumberField, Param } from "./criteria";
export { planRate } from "./plan";
export { factsOf, indicatorsRestingOn } from "./dependencies";
