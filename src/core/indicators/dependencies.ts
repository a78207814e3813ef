/**
 * Which member facts an indicator rests on, followed through its refs ("womenShare" rests on gender through
 * "women"): the figures to name when a fact cannot be known, and the member cells to look at when a figure is
 * questioned. A `known: false` count ("genderUnknown") does not rest on the fact: it is computable without it.
 */
import { INDICATOR_BY_ID, INDICATORS, type IndicatorId, type Term } from "./catalogue";
import type { FactField } from "./criteria";

function termsOf(id: IndicatorId): Term[] {
  const definition = INDICATOR_BY_ID[id];
  return [definition.numerator, ...(definition.denominator ? [definition.denominator] : [])];
}

/** Every fact an indicator looks at, whether known counts included. */
export function factsOf(
  id: IndicatorId,
  options: { readonly knownCounts: boolean } = { knownCounts: true },
  seen = new Set<IndicatorId>()
): Set<FactField> {
  const facts = new Set<FactField>();
  if (seen.has(id)) return facts;
  seen.add(id);
  for (const term of termsOf(id)) {
    if ("count" in term) {
      for (const criterion of term.count) {
        if (options.knownCounts || !("known" in criterion)) facts.add(criterion.field);
      }
    } else if ("sum" in term) {
      facts.add(term.sum);
    } else if ("ref" in term) {
      factsOf(term.ref, options, seen).forEach((fact) => facts.add(fact));
    }
  }
  return facts;
}

/** The indicators that are unknown when no member has a value of `fact`, in catalogue order. */
export function indicatorsRestingOn(fact: FactField): IndicatorId[] {
  return INDICATORS.filter((indicator) =>
    factsOf(indicator.id, { knownCounts: false }).has(fact)
  ).map((indicator) => indicator.id);
}
