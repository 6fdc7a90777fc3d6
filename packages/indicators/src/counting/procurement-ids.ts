import { ALL } from "./flags.ts";

/**
 * The identifiers of a tally's procurements with their flags, kept only while a computedFrom list can still need
 * them. A list is given for at most `limit` procurements, and a subject counts at least as many procurements with a
 * flag bit as each of its tallies does, so once more than `limit` procurements of the tally carry a bit, no list is
 * made from them; once more than `limit` are counted, none lists them all. What is kept is then bounded by the limit
 * per flag bit, whatever the number of procurements.
 */
export class ProcurementIds {
  readonly #limit: number;
  #count = 0;
  /** Procurements added per flag bit, duplicates included, as counted values count them. */
  readonly #perBit = new Int32Array(32);
  /** The flag bits of at most `limit` procurements: every procurement with one of them is kept. */
  #open = -1;
  #ids: string[] = [];
  #flags = new Int32Array(16);
  /** Whether the entries are sorted in code-unit order, each identifier once. */
  #sorted = true;
  /** Whether the identifiers were handed out as a list, which must not change: the next change copies them. */
  #lent = false;
  #compactAt: number;

  constructor(limit: number) {
    this.#limit = limit;
    // nothing can be dropped before more than `limit` procurements are counted
    this.#compactAt = limit + 1;
  }

  /** How many entries are kept now. */
  get size(): number {
    return this.#ids.length;
  }

  /** Counts one procurement, and keeps it while some list can still name it. */
  add(id: string, flags: number): void {
    this.#count += 1;
    for (let rest = flags; rest !== 0; rest &= rest - 1) {
      const bit = 31 - Math.clz32(rest & -rest);
      const carrying = (this.#perBit[bit] ?? 0) + 1;
      this.#perBit[bit] = carrying;
      if (carrying > this.#limit) this.#open &= ~(1 << bit);
    }
    if (!this.#keeps(flags)) return;
    if (this.#lent) {
      this.#ids = this.#ids.slice();
      this.#lent = false;
    }
    if (this.#ids.length >= this.#compactAt) this.#compact();
    const at = this.#ids.length;
    if (at === this.#flags.length) {
      const grown = new Int32Array(at * 2);
      grown.set(this.#flags);
      this.#flags = grown;
    }
    this.#ids.push(id);
    this.#flags[at] = flags;
    this.#sorted = false;
  }

  /**
   * The identifiers of the procurements of `stores` with any bit of `flag` (or all with ALL), sorted in code-unit
   * order, each once. Throws when a store did not keep them all: `flag` was asked for beyond the limit.
   */
  static idsWith(stores: readonly ProcurementIds[], flag: number): readonly string[] {
    for (const store of stores) {
      const complete = store.#count <= store.#limit || (flag !== ALL && (flag & ~store.#open) === 0);
      if (!complete) throw new Error(`the procurements with flag ${flag} are more than ${store.#limit}: not kept`);
      if (!store.#sorted) store.#sort();
    }
    const only = stores.length === 1 ? stores[0] : undefined;
    if (only && flag === ALL) {
      // the list is the store's own array until the store changes
      only.#lent = true;
      return only.#ids;
    }
    let total = 0;
    for (const store of stores) total += flag === ALL ? store.#ids.length : store.#countWith(flag);
    // sized in advance: a list of the results keeps any spare room for good
    const ids = new Array<string>(total);
    let at = 0;
    for (const store of stores)
      for (let i = 0; i < store.#ids.length; i++)
        if (flag === ALL || (store.#flags[i] ?? 0) & flag) ids[at++] = store.#ids[i] as string;
    if (only) return ids;
    // each store's part is sorted already, and the sort merges such runs; an identifier in two stores stays once
    ids.sort();
    let kept = 0;
    for (const id of ids) if (kept === 0 || ids[kept - 1] !== id) ids[kept++] = id;
    ids.length = kept;
    return ids;
  }

  #countWith(flag: number): number {
    let count = 0;
    for (let i = 0; i < this.#ids.length; i++) if ((this.#flags[i] ?? 0) & flag) count += 1;
    return count;
  }

  #keeps(flags: number): boolean {
    return this.#count <= this.#limit || (flags & this.#open) !== 0;
  }

  // drops the entries no list can need any more; doubling the threshold keeps the cost per procurement constant
  #compact(): void {
    let kept = 0;
    for (let i = 0; i < this.#ids.length; i++) {
      const flags = this.#flags[i] ?? 0;
      if (!this.#keeps(flags)) continue;
      this.#ids[kept] = this.#ids[i] as string;
      this.#flags[kept] = flags;
      kept += 1;
    }
    this.#ids.length = kept;
    this.#compactAt = Math.max(2 * kept, this.#limit + 1);
  }

  // sorting makes the lists independent of the order of the records; duplicates merge into one entry
  #sort(): void {
    this.#compact();
    const ids = this.#ids;
    const order = Uint32Array.from(ids.keys()).sort((a, b) => {
      const left = ids[a] as string;
      const right = ids[b] as string;
      return left < right ? -1 : left > right ? 1 : 0;
    });
    // sized in advance: these identifiers become a list of the results, where spare room would stay for good
    const sortedIds = new Array<string>(order.length);
    const sortedFlags = new Int32Array(Math.max(order.length, 16));
    let kept = 0;
    for (const index of order) {
      const id = ids[index] as string;
      const flags = this.#flags[index] ?? 0;
      if (kept > 0 && sortedIds[kept - 1] === id) sortedFlags[kept - 1] = (sortedFlags[kept - 1] ?? 0) | flags;
      else {
        sortedIds[kept] = id;
        sortedFlags[kept] = flags;
        kept += 1;
      }
    }
    sortedIds.length = kept;
    this.#ids = sortedIds;
    this.#flags = sortedFlags;
    this.#sorted = true;
  }
}
