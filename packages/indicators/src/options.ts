import type { Geography } from "./results.ts";
import type { CircularityRule } from "./rule/types.ts";

/** Options of {@link computeIndicators}. */
export interface ComputeOptions {
  /** The rule that decides when a procurement counts as circular; the default rule when left out. */
  readonly rule?: CircularityRule;
  /** How mergers are treated; `as-is` by default. */
  readonly geography?: Geography;
  /** Use the bundled reference organisations, declaration targets and purchase packages when the dataset lacks them; true by default. */
  readonly reference?: boolean;
  /** The identifier of the input dataset named in the provenance; the dataset's `meta.id` by default. */
  readonly datasetId?: string;
  /** List `computedFrom` only for observations counted from at most this many procurements (1 to 100000); 100000 by default. */
  readonly computedFromLimit?: number;
}
