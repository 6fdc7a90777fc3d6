import { isObject, ownString } from "../json.ts";
import type { IdentifiedEntity } from "./entities.ts";
import { type DeclaredId, eachDeclaredId } from "./ids.ts";
import { type OrganisationFacts, organisationFacts } from "./organisations.ts";
import { type Collect, eachReference, type Reference } from "./references.ts";

/** An indicator definition's identifier and unit. */
export interface IndicatorUnit {
  readonly id: string;
  readonly unit: string;
}

/**
 * What the dataset index takes from one record, in plain data: worked out where the record was parsed
 * (another thread, in parallel validation) and added to the index where the whole dataset is.
 */
export interface RecordFacts {
  readonly ids: readonly DeclaredId[];
  readonly references: readonly Reference[];
  /** The facts of an Organisation record. */
  readonly organisation?: OrganisationFacts;
  /** The unit of an IndicatorDefinition record. */
  readonly unit?: IndicatorUnit;
}

/** Receives the facts of a record one at a time, in the order of {@link RecordFacts}; `reference` sees ids of any type. */
export interface FactSink {
  readonly id: (entity: IdentifiedEntity, id: string, pointer: string) => void;
  readonly reference: Collect;
  organisation(facts: OrganisationFacts): void;
  unit(unit: IndicatorUnit): void;
}

/** Hands the facts of a record of `entity` to `sink`, building no lists: the fast way to pass them on. */
export function writeRecordFacts(entity: string, value: unknown, sink: FactSink): void {
  eachDeclaredId(entity, value, sink.id);
  eachReference(entity, value, sink.reference);
  if (entity === "Organisation") {
    const organisation = organisationFacts(value);
    if (organisation !== undefined) sink.organisation(organisation);
  } else if (entity === "IndicatorDefinition" && isObject(value)) {
    const id = ownString(value, "id");
    const unit = ownString(value, "unit");
    if (id !== undefined && unit !== undefined) sink.unit({ id, unit });
  }
}

/** The facts of a record of `entity` for the dataset index. */
export function recordFacts(entity: string, value: unknown): RecordFacts {
  const ids: DeclaredId[] = [];
  const references: Reference[] = [];
  let facts: RecordFacts = { ids, references };
  writeRecordFacts(entity, value, {
    id: (declared, id, pointer) => {
      ids.push({ entity: declared, id, pointer });
    },
    reference: (target, id, pointer, on) => {
      if (typeof id === "string")
        references.push(on === undefined ? { target, id, pointer } : { target, id, pointer, on });
    },
    organisation: (organisation) => {
      facts = { ids, references, organisation };
    },
    unit: (unit) => {
      facts = { ids, references, unit };
    },
  });
  return facts;
}
