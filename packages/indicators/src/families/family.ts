import type { Tally } from "../counting/tally.ts";
import type { Exact } from "../decimal/round.ts";
import type { CatalogueEntry } from "../results.ts";

/** One value an indicator family computes for a subject and year, before it becomes an Observation. */
export interface Value {
  /** The indicator's identifier. */
  readonly indicator: string;
  /** The exact value, rounded only when written. */
  readonly value: Exact;
  /** The flag of the procurements it was counted from (ALL for every one). */
  readonly flag: number;
  /**
   * How many procurements carry the flag: the length of computedFrom before duplicates merge. At least the number of
   * a tally's procurements with any one bit of the flag, as tallies keep identifiers by that.
   */
  readonly counted: number;
  /** Whether the circularity rule decides the value. */
  readonly byRule?: true;
}

/** A family of indicators computed from the tally of a subject and year. */
export interface TallyFamily {
  /** The indicators of the family, in the order of the results. */
  readonly entries: readonly CatalogueEntry[];
  /** The values for one tally of at least one procurement; a value that cannot be computed is left out. */
  values(tally: Tally): Value[];
}
