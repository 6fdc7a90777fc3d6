import { referenceDataset } from "@mra-circulair/reference";
import { IdSet } from "./id-set.ts";
import { Ledger } from "./ledger.ts";
import { type IdentifiedEntity, identifiedEntities } from "./model/entities.ts";
import type { DeclaredId } from "./model/ids.ts";
import { type OrganisationFacts, organisationFacts } from "./model/organisations.ts";
import type { RecordFacts } from "./model/record-facts.ts";

/** An identifier a record declares, and whether it is the first with that identifier for its entity. */
export interface IndexedId extends DeclaredId {
  readonly first: boolean;
}

/** Where the organisations that references resolve against come from, once the whole dataset has been read. */
export type OrganisationSource = "dataset" | "reference" | "none";

let referenceOrganisations: ReadonlyMap<string, OrganisationFacts> | undefined;

/** The organisations of the reference data (@mra-circulair/reference), by identifier. */
export function referenceOrganisationFacts(): ReadonlyMap<string, OrganisationFacts> {
  referenceOrganisations ??= new Map(
    (referenceDataset.organisations ?? []).flatMap((o) => {
      const facts = organisationFacts(o);
      return facts ? [[facts.id, facts] as const] : [];
    }),
  );
  return referenceOrganisations;
}

/**
 * The dataset read so far, as the rules need it, in memory that grows only with the identifiers: a 64-bit
 * hash set per entity (16 to 32 bytes per id; see {@link IdSet} for the collision bound), the facts of
 * every organisation (name, end date, successor) and the units of every indicator definition. Records of
 * these two entities are few in any dataset (hundreds of organisations, dozens of indicators).
 */
export class DatasetIndex {
  /** Strings and sites that rules keep for findings made at finish. */
  readonly ledger = new Ledger();
  private readonly sets = new Map<IdentifiedEntity, IdSet>(identifiedEntities.map((entity) => [entity, new IdSet()]));
  private readonly organisations = new Map<string, OrganisationFacts>();
  private readonly units = new Map<string, Set<string>>();
  private organisationReferences = 0;
  private organisationReferenceFile: string | undefined;

  /** Adds the facts of a record read from `file`; returns its identifiers, each marked first or repeated. */
  add(facts: RecordFacts, file: string): readonly IndexedId[] {
    const ids: IndexedId[] = [];
    for (const { entity, id, pointer } of facts.ids)
      ids.push({ entity, id, pointer, first: this.sets.get(entity)?.add(id) ?? true });
    if (facts.organisation !== undefined) this.addOrganisation(facts.organisation);
    if (facts.unit !== undefined) {
      const { id, unit } = facts.unit;
      const known = this.units.get(id) ?? new Set<string>();
      known.add(unit);
      this.units.set(id, known);
    }
    for (const reference of facts.references) {
      if (reference.target !== "Organisation") continue;
      this.organisationReferences++;
      // the smallest file name, so that the reference-data-used finding does not depend on record order
      if (this.organisationReferenceFile === undefined || file < this.organisationReferenceFile)
        this.organisationReferenceFile = file;
    }
    return ids;
  }

  /** Whether a record of `entity` with this identifier has been read. */
  has(entity: IdentifiedEntity, id: string): boolean {
    return this.sets.get(entity)?.has(id) ?? false;
  }

  /** The number of distinct identifiers of `entity` read. */
  count(entity: IdentifiedEntity): number {
    return this.sets.get(entity)?.size ?? 0;
  }

  /** The bytes the identifier sets hold. */
  get idBytes(): number {
    let bytes = 0;
    for (const set of this.sets.values()) bytes += set.byteLength;
    return bytes;
  }

  /** Whether the dataset has at least one organisation so far. */
  get hasOrganisations(): boolean {
    return this.organisations.size > 0;
  }

  /** An organisation of the dataset read so far. */
  organisation(id: string): OrganisationFacts | undefined {
    return this.organisations.get(id);
  }

  /** The units of the indicator definitions with this identifier read so far (more than one only when the identifier is duplicated). */
  indicatorUnits(id: string): ReadonlySet<string> | undefined {
    return this.units.get(id);
  }

  /** How many references to organisations the dataset makes, and the first file (by name) that makes one. */
  get organisationReferenceStats(): { readonly count: number; readonly file: string | undefined } {
    return { count: this.organisationReferences, file: this.organisationReferenceFile };
  }

  /** After the last record: where organisations resolve. The dataset's own when it has any, else the reference data when allowed. */
  organisationSource(reference: boolean): OrganisationSource {
    if (this.hasOrganisations) return "dataset";
    return reference ? "reference" : "none";
  }

  /** After the last record: the lookup of organisations for references, from {@link organisationSource}. */
  organisationLookup(reference: boolean): (id: string) => OrganisationFacts | undefined {
    switch (this.organisationSource(reference)) {
      case "dataset":
        return (id) => this.organisations.get(id);
      case "reference": {
        const facts = referenceOrganisationFacts();
        return (id) => facts.get(id);
      }
      default:
        return () => undefined;
    }
  }

  private addOrganisation(facts: OrganisationFacts): void {
    const known = this.organisations.get(facts.id);
    // a duplicated identifier (already an error): keep one of the two by a fixed order, not by arrival
    if (known === undefined || JSON.stringify(facts) < JSON.stringify(known)) this.organisations.set(facts.id, facts);
  }
}
