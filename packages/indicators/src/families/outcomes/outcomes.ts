import { INDICATORS } from "../../catalogue/ids.ts";
import { CO2E, MATERIAL } from "../../counting/flags.ts";
import { fromUnits } from "../../decimal/round.ts";
import type { TallyFamily, Value } from "../family.ts";

/**
 * Material saved and greenhouse gas avoided, summed from the outcomes the procurements report, whatever the rule
 * says. A subject-year in which no procurement reports a figure has no value: unknown is not zero.
 */
export const outcomes: TallyFamily = {
  entries: [
    { indicator: INDICATORS.materialSaved, family: "headline", measure: "quantity" },
    { indicator: INDICATORS.co2eAvoided, family: "headline", measure: "quantity" },
  ],
  values: (tally) => {
    const values: Value[] = [];
    if (tally.materialCount > 0)
      values.push({
        indicator: INDICATORS.materialSaved,
        value: fromUnits(tally.material.units, 6),
        flag: MATERIAL,
        counted: tally.materialCount,
      });
    if (tally.co2eCount > 0)
      values.push({
        indicator: INDICATORS.co2eAvoided,
        value: fromUnits(tally.co2e.units, 6),
        flag: CO2E,
        counted: tally.co2eCount,
      });
    return values;
  },
};
