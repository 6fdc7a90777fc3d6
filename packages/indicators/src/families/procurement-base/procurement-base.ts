import { INDICATORS } from "../../catalogue/ids.ts";
import { ALL } from "../../counting/flags.ts";
import { Exact, fromUnits } from "../../decimal/round.ts";
import type { TallyFamily } from "../family.ts";

/** The base quantities: total procurement value and number of procurements, the denominators of the shares. */
export const procurementBase: TallyFamily = {
  entries: [
    { indicator: INDICATORS.procurementValue, family: "headline", measure: "value" },
    { indicator: INDICATORS.procurementCount, family: "headline", measure: "count" },
  ],
  values: (tally) => [
    {
      indicator: INDICATORS.procurementValue,
      value: fromUnits(tally.value.units, 2),
      flag: ALL,
      counted: tally.count,
    },
    { indicator: INDICATORS.procurementCount, value: new Exact(tally.count), flag: ALL, counted: tally.count },
  ],
};
