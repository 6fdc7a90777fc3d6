import { type EntityName, entityNames, schemas } from "@mra-circulair/schema";
import { type ObjectNode, schemaModel, type Titles } from "./schema-model.ts";

/**
 * An entity with a tabular form: a record type with a list in a dataset, or the dataset's metadata. A Target is
 * no such record (targets sit inside a Declaration or Goal), and the envelopes and codelists are not tables.
 */
export type TabularEntity = Exclude<EntityName, "Codelist" | "Dataset" | "DatasetRecord" | "Target"> | "DatasetMeta";

/** How an entity sits in a dataset document and in a workbook. */
export interface TabularEntityInfo {
  readonly entity: TabularEntity;
  /** The key of the entity's list in a dataset document ("procurements"), or "meta". */
  readonly datasetKey: string;
  /** The titles of that key in dataset.schema.json ("Procurements", "Aanbestedingen"). */
  readonly titles: Titles;
  readonly model: ObjectNode;
}

const DATASET_FILE = "dataset.schema.json";

function objectModel(file: string, definition?: string): ObjectNode {
  const model = schemaModel(file, definition);
  if (model.kind !== "object") throw new Error(`${file}: an entity must be an object`);
  return model;
}

function buildEntities(): readonly TabularEntityInfo[] {
  const dataset = schemas[DATASET_FILE] as unknown as {
    properties: Record<string, { title: string; "x-nl": { title: string }; items?: { $ref?: string } }>;
  };
  const fileToEntity = new Map<string, EntityName>(
    Object.entries(entityNames).map(([name, file]) => [file, name as EntityName]),
  );
  const result: TabularEntityInfo[] = [];
  for (const [datasetKey, property] of Object.entries(dataset.properties)) {
    const titles = { en: property.title, nl: property["x-nl"].title };
    if (datasetKey === "meta") {
      result.push({ entity: "DatasetMeta", datasetKey, titles, model: objectModel(DATASET_FILE, "DatasetMeta") });
      continue;
    }
    const file = property.items?.$ref;
    const entity = file === undefined ? undefined : fileToEntity.get(file);
    if (file === undefined || entity === undefined) throw new Error(`${DATASET_FILE}: ${datasetKey} is no entity list`);
    result.push({ entity: entity as TabularEntity, datasetKey, titles, model: objectModel(file) });
  }
  return result;
}

let entities: readonly TabularEntityInfo[] | undefined;
let byEntity: ReadonlyMap<string, TabularEntityInfo> | undefined;

/** Every tabular entity in the order of the dataset document: the metadata first, then the entity lists. */
export function tabularEntities(): readonly TabularEntityInfo[] {
  entities ??= buildEntities();
  return entities;
}

/** The tabular entity with this name; undefined for any other name (a Map, so "__proto__" finds nothing). */
export function tabularEntity(entity: string): TabularEntityInfo | undefined {
  byEntity ??= new Map(tabularEntities().map((info) => [info.entity, info]));
  return byEntity.get(entity);
}

/** The tabular entity with this name, or a TypeError for a name that has none (a usage error, not a data error). */
export function requireTabularEntity(entity: string): TabularEntityInfo {
  const info = tabularEntity(entity);
  if (info === undefined) throw new TypeError(`${JSON.stringify(entity)} is not an entity with a tabular form`);
  return info;
}
