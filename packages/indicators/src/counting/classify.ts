import type { Criterion, Procurement } from "@mra-circulair/types";
import { AMBITION_LEVELS, MVOI_THEMES, R_STRATEGIES_PBL, R_STRATEGIES_RVO } from "../catalogue/labels.ts";
import { appliedMeets, type CompiledRule } from "../rule/compile.ts";
import { AMBITION_SHIFT, CIRCULAR, CIRCULAR_CRITERIA, R_SHIFT, THEME_SHIFT } from "./flags.ts";

/** Number of R-strategies over both ladders: the length of a tally's R counts. */
export const R_COUNT = R_STRATEGIES_PBL.length + R_STRATEGIES_RVO.length;

const THEME_INDEX = new Map<string, number>(MVOI_THEMES.map(([code], index) => [code, index]));
const LEVEL_INDEX = new Map<string, number>(AMBITION_LEVELS.map(([code], index) => [code, index]));
const R_INDEX = new Map<string, number>([
  ...R_STRATEGIES_PBL.map(([code], index): [string, number] => [`pbl-r0-r9:${code}`, index]),
  ...R_STRATEGIES_RVO.map(([code], index): [string, number] => [`rvo-r1-r6:${code}`, R_STRATEGIES_PBL.length + index]),
]);

interface Traits {
  readonly circularTheme: boolean;
  readonly ambition: number;
  readonly r: number;
  readonly conditions: ReturnType<CompiledRule["conditionsFor"]>;
}

/**
 * Classifies procurements: the flags they are counted under and the R-strategies of their applied criteria. What
 * it learns about each criterion is kept, so each criterion is looked at once.
 */
export class Classifier {
  /** Applied criteria of the last procurement per R-strategy; reset by each {@link classify}. */
  readonly rCounts = new Int32Array(R_COUNT);
  /** Applied criteria of the last procurement that are not in the dataset. */
  unresolved = 0;
  readonly #criteria: ReadonlyMap<string, Criterion>;
  readonly #rule: CompiledRule;
  readonly #traits = new Map<string, Traits>();

  constructor(criteria: ReadonlyMap<string, Criterion>, rule: CompiledRule) {
    this.#criteria = criteria;
    this.#rule = rule;
  }

  /** The flags of a procurement: circular, circular criteria, MVOI themes, highest ambition level, R-strategies. */
  classify(procurement: Procurement): number {
    this.rCounts.fill(0);
    this.unresolved = 0;
    let flags = 0;
    let circular = false;
    let highest = -1;
    for (const applied of procurement.criteriaApplied) {
      const traits = this.#traitsOf(applied.criterion);
      if (!traits) {
        this.unresolved += 1;
        continue;
      }
      if (traits.circularTheme) flags |= CIRCULAR_CRITERIA;
      if (traits.ambition > highest) highest = traits.ambition;
      if (traits.r >= 0) {
        this.rCounts[traits.r] = (this.rCounts[traits.r] ?? 0) + 1;
        flags |= 1 << (R_SHIFT + traits.r);
      }
      if (!circular && traits.conditions.length > 0) circular = appliedMeets(applied, traits.conditions);
    }
    if (circular || this.#rule.eformsMeets(procurement.eforms.environmentalImpact)) flags |= CIRCULAR;
    if (highest >= 0) flags |= 1 << (AMBITION_SHIFT + highest);
    for (const theme of procurement.mvoiThemes) {
      const index = THEME_INDEX.get(theme);
      if (index !== undefined) flags |= 1 << (THEME_SHIFT + index);
    }
    return flags;
  }

  #traitsOf(id: string): Traits | undefined {
    let traits = this.#traits.get(id);
    if (traits) return traits;
    const criterion = this.#criteria.get(id);
    if (!criterion) return undefined;
    const ambition = LEVEL_INDEX.get(criterion.mviAmbitionLevel) ?? 0;
    traits = {
      circularTheme: criterion.mvoiThemes.includes("circulair"),
      ambition,
      r: criterion.rStrategy ? (R_INDEX.get(`${criterion.rStrategy.ladder}:${criterion.rStrategy.code}`) ?? -1) : -1,
      conditions: this.#rule.conditionsFor({ mvoiThemes: criterion.mvoiThemes, ambition }),
    };
    this.#traits.set(id, traits);
    return traits;
  }
}
