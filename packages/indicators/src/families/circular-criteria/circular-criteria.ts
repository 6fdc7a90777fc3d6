import { INDICATORS } from "../../catalogue/ids.ts";
import { ALL, CIRCULAR_CRITERIA } from "../../counting/flags.ts";
import { Exact, percentOf } from "../../decimal/round.ts";
import type { TallyFamily } from "../family.ts";

/** Number and share of procurements that apply at least one criterion with MVOI theme circulair, in any use. */
export const circularCriteria: TallyFamily = {
  entries: [
    { indicator: INDICATORS.circularCriteriaCount, family: "headline", measure: "count" },
    { indicator: INDICATORS.circularCriteriaShare, family: "headline", measure: "share" },
  ],
  values: (tally) => [
    {
      indicator: INDICATORS.circularCriteriaCount,
      value: new Exact(tally.circularCriteria),
      flag: CIRCULAR_CRITERIA,
      counted: tally.circularCriteria,
    },
    {
      indicator: INDICATORS.circularCriteriaShare,
      value: percentOf(tally.circularCriteria, tally.count),
      flag: ALL,
      counted: tally.count,
    },
  ],
};
