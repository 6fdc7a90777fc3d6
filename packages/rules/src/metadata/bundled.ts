import { codelists, entityNames, schemas } from "@mra-circulair/schema";
import { createSchemaMetadata, type MetadataSource, type SchemaMetadata } from "./schema-metadata.ts";

/** The bundled schemas and codelists of the standard, with the dataset's metadata record as entity "DatasetMeta". */
export const bundledSource: MetadataSource = {
  schemas,
  entities: { ...entityNames, DatasetMeta: "dataset.schema.json#/$defs/DatasetMeta" },
  codelists,
};

let bundled: SchemaMetadata | undefined;

/** Read access to the bundled schemas and codelists, built on first use. */
export function bundledMetadata(): SchemaMetadata {
  bundled ??= createSchemaMetadata(bundledSource);
  return bundled;
}
