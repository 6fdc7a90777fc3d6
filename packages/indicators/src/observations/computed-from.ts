import { ALL } from "../counting/flags.ts";
import type { Tally } from "../counting/tally.ts";

/** Procurement identifiers in code-unit order, each once, with the union of the flags of its records. */
interface Sorted {
  readonly ids: readonly string[];
  readonly flags: readonly number[];
}

const sortedOf = new WeakMap<Tally, Sorted>();

// sorting makes the lists independent of the order of the records; duplicates merge into one entry
function sortTally(tally: Tally): Sorted {
  let sorted = sortedOf.get(tally);
  if (sorted) return sorted;
  const { ids, flags } = tally;
  const order = Uint32Array.from(ids.keys()).sort((a, b) => {
    const left = ids[a] as string;
    const right = ids[b] as string;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const outIds: string[] = [];
  const outFlags: number[] = [];
  for (const index of order) {
    const id = ids[index] as string;
    const flag = flags[index] as number;
    const last = outIds.length - 1;
    if (last >= 0 && outIds[last] === id) outFlags[last] = (outFlags[last] as number) | flag;
    else {
      outIds.push(id);
      outFlags.push(flag);
    }
  }
  sorted = { ids: outIds, flags: outFlags };
  sortedOf.set(tally, sorted);
  return sorted;
}

function filter(sorted: Sorted, flag: number): Sorted {
  if (flag === ALL) return sorted;
  const ids: string[] = [];
  const flags: number[] = [];
  for (let i = 0; i < sorted.ids.length; i++) {
    const f = sorted.flags[i] as number;
    if (f & flag) {
      ids.push(sorted.ids[i] as string);
      flags.push(f);
    }
  }
  return { ids, flags };
}

function merge(a: Sorted, b: Sorted): Sorted {
  const ids: string[] = [];
  const flags: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const left = a.ids[i];
    const right = b.ids[j];
    if (right === undefined || (left !== undefined && left < right)) {
      ids.push(left as string);
      flags.push(a.flags[i++] as number);
    } else if (left === undefined || right < left) {
      ids.push(right);
      flags.push(b.flags[j++] as number);
    } else {
      ids.push(left);
      flags.push((a.flags[i++] as number) | (b.flags[j++] as number));
    }
  }
  return { ids, flags };
}

function mergeAll(lists: Sorted[]): Sorted {
  let round = lists;
  while (round.length > 1) {
    const next: Sorted[] = [];
    for (let i = 0; i < round.length; i += 2) {
      const second = round[i + 1];
      next.push(second ? merge(round[i] as Sorted, second) : (round[i] as Sorted));
    }
    round = next;
  }
  return round[0] ?? { ids: [], flags: [] };
}

/**
 * The computedFrom lists of one subject in one year, gathered from the tallies of its organisations: sorted, each
 * identifier once, and only when the number of procurements counted is within the limit. Lists are shared between
 * the observations that count the same procurements.
 */
export class ComputedFrom {
  readonly #tallies: readonly Tally[];
  readonly #limit: number;
  readonly #lists = new Map<number, readonly string[] | undefined>();
  #all: Sorted | undefined;

  constructor(tallies: readonly Tally[], limit: number) {
    this.#tallies = tallies;
    this.#limit = limit;
  }

  /** The identifiers of the procurements with `flag` (or all), given that `counted` procurements have it. */
  list(flag: number, counted: number): readonly string[] | undefined {
    if (counted === 0 || counted > this.#limit) return undefined;
    if (this.#lists.has(flag)) return this.#lists.get(flag);
    const total = this.#tallies.reduce((sum, tally) => sum + tally.count, 0);
    let sorted: Sorted;
    if (total <= this.#limit) {
      this.#all ??= mergeAll(this.#tallies.map(sortTally));
      sorted = filter(this.#all, flag);
    } else sorted = mergeAll(this.#tallies.map((tally) => filter(sortTally(tally), flag)));
    const list = sorted.ids.length > 0 ? sorted.ids : undefined;
    this.#lists.set(flag, list);
    return list;
  }
}
