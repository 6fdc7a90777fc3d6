import { ambitionIndicators } from "../../catalogue/ids.ts";
import { AMBITION_LEVELS } from "../../catalogue/labels.ts";
import { ALL, AMBITION_SHIFT } from "../../counting/flags.ts";
import { Exact, percentOf } from "../../decimal/round.ts";
import type { CatalogueEntry } from "../../results.ts";
import type { TallyFamily } from "../family.ts";

/**
 * Per MVI ambition level: the number and share of procurements for which it is the highest level among the
 * criteria they applied. Each procurement counts at one level at most, so with the procurements without criteria
 * the shares add up to 100.
 */
export const ambitionLevel: TallyFamily = {
  entries: AMBITION_LEVELS.flatMap(([code, label]): CatalogueEntry[] => {
    const ids = ambitionIndicators(code);
    const member = { code, label };
    return [
      { indicator: ids.count, family: "mvi-ambition-level", measure: "count", member },
      { indicator: ids.share, family: "mvi-ambition-level", measure: "share", member },
    ];
  }),
  values: (tally) =>
    AMBITION_LEVELS.flatMap(([code], index) => {
      const ids = ambitionIndicators(code);
      const count = tally.ambition[index] ?? 0;
      return [
        { indicator: ids.count, value: new Exact(count), flag: 1 << (AMBITION_SHIFT + index), counted: count },
        { indicator: ids.share, value: percentOf(count, tally.count), flag: ALL, counted: tally.count },
      ];
    }),
};
