import { entityNames, META_ENTITY, schemas } from "@mra-circulair/schema";
import { tabularEntities } from "../flatten/entities.ts";

export { META_ENTITY };

/** An entity a document or a table can hold, and the shape the schema gives it. */
export interface EntityInfo {
  /** PascalCase, as the readers and the report name it: "Procurement", or "DatasetMeta". */
  readonly entity: string;
  /** The key of its list in a dataset document ("procurements"), "meta" for the metadata; absent for the rest. */
  readonly datasetKey?: string;
  /** The properties it requires, for recognising a document by its keys. */
  readonly required: readonly string[];
  /** The properties it allows. */
  readonly properties: readonly string[];
}

interface ObjectSchema {
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

// entities no single record has: the envelope itself, and an NDJSON line
const NOT_RECORDS = new Set(["Dataset", "DatasetRecord"]);

const schemaOf = (file: string) => (schemas as unknown as Readonly<Record<string, ObjectSchema>>)[file] ?? {};

function buildEntities(): readonly EntityInfo[] {
  // the metadata and the lists in the order of the dataset document, as the readers and writers of io name them
  const result: EntityInfo[] = tabularEntities().map(({ entity, datasetKey, model }) => ({
    entity,
    datasetKey,
    required: [...model.required],
    properties: model.properties.map((property) => property.key),
  }));
  // then the entities that have no list (a Target sits inside a Declaration or Goal)
  for (const [entity, file] of Object.entries(entityNames)) {
    if (!NOT_RECORDS.has(entity) && !result.some((info) => info.entity === entity)) {
      const schema = schemaOf(file);
      result.push({ entity, required: schema.required ?? [], properties: Object.keys(schema.properties ?? {}) });
    }
  }
  return result;
}

let entities: readonly EntityInfo[] | undefined;
let byName: ReadonlyMap<string, EntityInfo> | undefined;

/** Every entity a single document can hold: the metadata, then the entities of the standard. */
export function recordEntities(): readonly EntityInfo[] {
  entities ??= buildEntities();
  return entities;
}

/** "PurchasePackage", "purchase-package", "purchase_packages" and "purchasePackages" all become "purchasepackage(s)". */
const normalise = (name: string) => name.toLowerCase().replace(/[-_ ]/g, "");

/**
 * The entity a name means: its PascalCase name ("PurchasePackage"), its kebab-case ("purchase-package") or the key
 * of its list in a dataset ("purchasePackages", "purchase-packages"); "meta" is the metadata. Undefined for any
 * other name, and for "Dataset", which is no record.
 */
export function entityNamed(name: string): EntityInfo | undefined {
  if (byName === undefined) {
    const names = new Map<string, EntityInfo>();
    for (const info of recordEntities()) {
      names.set(normalise(info.entity), info);
      if (info.datasetKey !== undefined) names.set(normalise(info.datasetKey), info);
    }
    byName = names;
  }
  return byName.get(normalise(name));
}

/** Whether a name means the whole dataset rather than one entity. */
export const isDatasetName = (name: string) => normalise(name) === "dataset";

/** The keys of a dataset document: "meta" and the entity lists. */
export const datasetKeys = (): ReadonlySet<string> =>
  new Set(recordEntities().flatMap((info) => (info.datasetKey === undefined ? [] : [info.datasetKey])));

/**
 * The entity a file's name says it holds, for a CSV file: its stem ("procurements.csv", "purchase-packages.csv"),
 * or the last dotted part of the stem ("amsterdam.procurements.csv"). Only entities with a list in the dataset.
 */
export function entityOfFileName(path: string): EntityInfo | undefined {
  const base = path.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "");
  for (const candidate of [stem, stem.split(".").pop() ?? ""]) {
    const info = entityNamed(candidate);
    if (info?.datasetKey !== undefined) return info;
  }
  return undefined;
}

/**
 * The entity a document with these top-level keys most likely is: among the entities whose required properties it
 * all has, the one with the fewest keys it does not allow, then the most required properties. Undefined when no
 * entity fits, or when two fit equally well; `candidates` then names those that fit at all.
 */
export function entityOfKeys(keys: readonly string[]): { entity?: EntityInfo; candidates: readonly EntityInfo[] } {
  const present = new Set(keys);
  const scored = recordEntities()
    .filter((info) => info.required.length > 0 && info.required.every((key) => present.has(key)))
    .map((info) => {
      const allowed = new Set(info.properties);
      return { info, unknown: keys.filter((key) => !allowed.has(key)).length, required: info.required.length };
    })
    .sort((a, b) => a.unknown - b.unknown || b.required - a.required);
  const [best, next] = scored;
  const candidates = scored.map(({ info }) => info);
  if (best === undefined) return { candidates };
  const tie = next !== undefined && next.unknown === best.unknown && next.required === best.required;
  return tie ? { candidates } : { entity: best.info, candidates };
}
