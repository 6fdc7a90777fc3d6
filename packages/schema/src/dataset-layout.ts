import { entityNames, schemas } from "./generated/bundle.ts";

/** The entity of the dataset metadata: the record under "meta", or on the "meta" line of NDJSON. */
export const META_ENTITY = "DatasetMeta";

type Json = Readonly<Record<string, unknown>>;
const schema = (file: string) => (schemas as unknown as Readonly<Record<string, Json>>)[file] ?? {};
const entityOfFile = new Map<string, string>(Object.entries(entityNames).map(([entity, file]) => [file, entity]));
// a $ref from dataset.schema.json or dataset-record.schema.json to the entity it holds
const entityOfRef = (ref: unknown): string =>
  typeof ref === "string" && ref.endsWith("#/$defs/DatasetMeta") ? META_ENTITY : (entityOfFile.get(String(ref)) ?? "");

/** The "type" of an NDJSON line (dataset-record.schema.json) to the entity of its record. */
export const lineTypes: ReadonlyMap<string, string> = new Map(
  Object.values((schema("dataset-record.schema.json").$defs ?? {}) as Readonly<Record<string, Json>>).map((line) => {
    const { type, record } = line.properties as Readonly<Record<string, Json>>;
    return [String(type?.const), entityOfRef(record?.$ref)] as const;
  }),
);

/** A member of a JSON dataset (dataset.schema.json) to the entity of its records; "meta" holds one record. */
export const datasetMembers: ReadonlyMap<string, string> = new Map(
  Object.entries((schema("dataset.schema.json").properties ?? {}) as Readonly<Record<string, Json>>).map(
    ([key, member]) => [key, entityOfRef(member.$ref ?? (member.items as Json | undefined)?.$ref)] as const,
  ),
);
