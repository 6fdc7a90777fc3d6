import { rStrategyIndicators } from "../../catalogue/ids.ts";
import { type R_LADDERS, R_STRATEGIES_PBL, R_STRATEGIES_RVO } from "../../catalogue/labels.ts";
import { R_SHIFT } from "../../counting/flags.ts";
import { Exact, percentOf } from "../../decimal/round.ts";
import type { CatalogueEntry } from "../../results.ts";
import type { TallyFamily, Value } from "../family.ts";

type Ladder = keyof typeof R_LADDERS;

// the sixteen R-strategies in tally order, with the slice of the tally that holds their ladder
const STRATEGIES = [
  ...R_STRATEGIES_PBL.map(([code, label]) => ({ ladder: "pbl-r0-r9" as Ladder, code, label })),
  ...R_STRATEGIES_RVO.map(([code, label]) => ({ ladder: "rvo-r1-r6" as Ladder, code, label })),
].map((strategy, index) => ({ ...strategy, index, ids: rStrategyIndicators(strategy.ladder, strategy.code) }));

// the flags of all strategies of a ladder: the procurements a share of that ladder is computed from
const LADDER_FLAGS: Record<Ladder, number> = { "pbl-r0-r9": 0, "rvo-r1-r6": 0 };
for (const { ladder, index } of STRATEGIES) LADDER_FLAGS[ladder] |= 1 << (R_SHIFT + index);

/**
 * The distribution of applied criteria over the R-ladder: per R-strategy the number of applied criteria whose
 * criterion carries it, and its share of the applied criteria with an R-strategy on the same ladder, so that the
 * shares of a ladder add up to 100. Shares are left out for a ladder without any applied criterion.
 */
export const rStrategy: TallyFamily = {
  entries: STRATEGIES.flatMap(({ ladder, code, label, ids }): CatalogueEntry[] => {
    const member = { code, ladder, label };
    return [
      { indicator: ids.count, family: "r-strategy", measure: "count", member },
      { indicator: ids.share, family: "r-strategy", measure: "share", member },
    ];
  }),
  values: (tally) => {
    const base: Record<Ladder, number> = { "pbl-r0-r9": 0, "rvo-r1-r6": 0 };
    // an upper bound of the procurements behind a ladder: one with two strategies counts twice
    const procurements: Record<Ladder, number> = { "pbl-r0-r9": 0, "rvo-r1-r6": 0 };
    for (const { ladder, index } of STRATEGIES) {
      base[ladder] += tally.rCriteria[index] ?? 0;
      procurements[ladder] += tally.rProcurements[index] ?? 0;
    }
    const values: Value[] = [];
    for (const { ladder, index, ids } of STRATEGIES) {
      const count = tally.rCriteria[index] ?? 0;
      const flag = 1 << (R_SHIFT + index);
      values.push({ indicator: ids.count, value: new Exact(count), flag, counted: tally.rProcurements[index] ?? 0 });
      if (base[ladder] > 0)
        values.push({
          indicator: ids.share,
          value: percentOf(count, base[ladder]),
          flag: LADDER_FLAGS[ladder],
          counted: procurements[ladder],
        });
    }
    return values;
  },
};
