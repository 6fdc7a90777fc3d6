import type { AppliedCriterion } from "@mra-circulair/types";
import type { AmbitionLevel, CircularityRule } from "./types.ts";

const LEVELS: readonly AmbitionLevel[] = ["basis", "significant", "ambitieus"];

/** A Percentage string ("12.5") as a whole number of hundredths (1250), so weights compare exactly. */
export function hundredths(percentage: string): number {
  const [whole = "", fraction = ""] = percentage.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** What a criterion offers the rule: its MVOI themes and its ambition level. */
export interface CriterionTraits {
  readonly mvoiThemes: readonly string[];
  /** 0 basis, 1 significant, 2 ambitieus. */
  readonly ambition: number;
}

interface CompiledCondition {
  readonly theme: string;
  readonly uses: ReadonlySet<string>;
  readonly minWeight: number | undefined;
  readonly minAmbition: number;
}

/** A circularity rule made ready to apply many times. */
export class CompiledRule {
  readonly #conditions: readonly CompiledCondition[];
  readonly #eforms: ReadonlySet<string>;

  constructor(rule: CircularityRule) {
    const conditions: CompiledCondition[] = [];
    const eforms = new Set<string>();
    for (const condition of rule.conditions) {
      if (condition.kind === "eforms-environmental-impact") {
        for (const code of condition.codes) eforms.add(code);
        continue;
      }
      conditions.push({
        theme: condition.mvoiTheme,
        uses: new Set(condition.uses),
        minWeight: condition.minWeight === undefined ? undefined : hundredths(condition.minWeight),
        minAmbition: condition.minAmbitionLevel === undefined ? 0 : LEVELS.indexOf(condition.minAmbitionLevel),
      });
    }
    this.#conditions = conditions;
    this.#eforms = eforms;
  }

  /** The conditions a criterion can meet whatever its use; {@link appliedMeets} checks the use and weight. */
  conditionsFor(criterion: CriterionTraits): readonly CompiledCondition[] {
    return this.#conditions.filter(
      (c) => criterion.mvoiThemes.includes(c.theme) && criterion.ambition >= c.minAmbition,
    );
  }

  /** Whether the procurement's BT-774 codes meet an eForms condition. */
  eformsMeets(environmentalImpact: readonly string[]): boolean {
    return this.#eforms.size > 0 && environmentalImpact.some((code) => this.#eforms.has(code));
  }
}

/** Whether an applied criterion meets one of the conditions its criterion can meet: the use, and the weight if asked. */
export function appliedMeets(applied: AppliedCriterion, conditions: readonly CompiledCondition[]): boolean {
  for (const condition of conditions) {
    if (!condition.uses.has(applied.use)) continue;
    if (condition.minWeight === undefined) return true;
    if (applied.weight !== undefined && hundredths(applied.weight) >= condition.minWeight) return true;
  }
  return false;
}
