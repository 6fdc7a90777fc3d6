import { ProcurementIds } from "../counting/procurement-ids.ts";
import type { Tally } from "../counting/tally.ts";

/**
 * The computedFrom lists of one subject in one year, gathered from the tallies of its organisations: sorted, each
 * identifier once, and only when the number of procurements counted is within the limit. Lists are shared between
 * the observations that count the same procurements.
 */
export class ComputedFrom {
  readonly #tallies: readonly Tally[];
  readonly #limit: number;
  readonly #lists = new Map<number, readonly string[] | undefined>();

  constructor(tallies: readonly Tally[], limit: number) {
    this.#tallies = tallies;
    this.#limit = limit;
  }

  /**
   * The identifiers of the procurements with `flag` (or all), given that `counted` procurements have it. `counted`
   * is at least the number of procurements of each tally with any one bit of `flag`: the tallies keep them by that.
   */
  list(flag: number, counted: number): readonly string[] | undefined {
    if (counted === 0 || counted > this.#limit) return undefined;
    if (this.#lists.has(flag)) return this.#lists.get(flag);
    const ids = ProcurementIds.idsWith(
      this.#tallies.map((tally) => tally.procurements),
      flag,
    );
    const list = ids.length > 0 ? ids : undefined;
    this.#lists.set(flag, list);
    return list;
  }
}
