import { compareOrganisations, referenceDataset } from "@mra-circulair/reference";
import type { Dataset, Organisation } from "@mra-circulair/types";

/**
 * The organisations the engine knows: those of the dataset, and, when the dataset has none or lacks a buyer,
 * those of the reference data, each pulled in with the organisations that continue it after mergers.
 */
export class OrganisationRegister {
  readonly #byId = new Map<string, Organisation>();
  readonly #reference: ReadonlyMap<string, Organisation>;
  #pulled = 0;

  constructor(dataset: Dataset, useReference: boolean) {
    const own = dataset.organisations ?? [];
    const reference = useReference ? (referenceDataset.organisations ?? []) : [];
    this.#reference = new Map(reference.map((o) => [o.id, o]));
    for (const organisation of own.length > 0 ? own : reference) this.#byId.set(organisation.id, organisation);
    if (own.length === 0) this.#pulled = this.#byId.size;
  }

  /** The organisation with this identifier, from the dataset or pulled from the reference data; undefined if neither has it. */
  get(id: string): Organisation | undefined {
    const known = this.#byId.get(id);
    if (known || this.#reference.size === 0) return known;
    let next = this.#reference.get(id);
    const first = next;
    // a successor that the dataset lacks comes along, so that the history can roll up into it
    while (next && !this.#byId.has(next.id)) {
      this.#byId.set(next.id, next);
      this.#pulled += 1;
      const successor = next.succession?.successor;
      next = successor === undefined ? undefined : (this.#byId.get(successor) ?? this.#reference.get(successor));
    }
    return first;
  }

  /** Whether any organisation came from the reference data. */
  get usedReference(): boolean {
    return this.#pulled > 0;
  }

  /** Every known organisation, in the usual reading order: municipalities, provinces, the Vervoerregio; then by name. */
  all(): Organisation[] {
    return [...this.#byId.values()].sort((a, b) => compareOrganisations(a, b) || (a.id < b.id ? -1 : 1));
  }

  /** The organisation that continues `organisation` today, following successors the register knows; itself when it did not merge. */
  continuing(organisation: Organisation): Organisation {
    let current = organisation;
    const seen = new Set<string>();
    // the seen-set guards against a cycle in bad data
    while (current.succession && !seen.has(current.id)) {
      seen.add(current.id);
      const next = this.get(current.succession.successor);
      if (!next) break;
      current = next;
    }
    return current;
  }
}
