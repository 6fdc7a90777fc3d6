import { INDICATORS } from "../../catalogue/ids.ts";
import { ALL, CIRCULAR } from "../../counting/flags.ts";
import { fromUnits, percentOf } from "../../decimal/round.ts";
import type { TallyFamily, Value } from "../family.ts";

/**
 * The declaration's target metric: the value of the procurements the rule counts as circular, as a share of all
 * procurement value. The share is left out when the total value is zero.
 */
export const circularShare: TallyFamily = {
  entries: [
    { indicator: INDICATORS.circularShare, family: "headline", measure: "share" },
    { indicator: INDICATORS.circularValue, family: "headline", measure: "value" },
  ],
  values: (tally) => {
    const circular = tally.circularValue.units;
    const total = tally.value.units;
    const values: Value[] = [];
    if (total > 0n)
      values.push({
        indicator: INDICATORS.circularShare,
        value: percentOf(circular, total),
        flag: ALL,
        counted: tally.count,
        byRule: true,
      });
    values.push({
      indicator: INDICATORS.circularValue,
      value: fromUnits(circular, 2),
      flag: CIRCULAR,
      counted: tally.circular,
      byRule: true,
    });
    return values;
  },
};
