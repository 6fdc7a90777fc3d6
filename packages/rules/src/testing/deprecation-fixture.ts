import { bundledSource } from "../metadata/bundled.ts";
import { createSchemaMetadata, type MetadataSource, type SchemaMetadata } from "../metadata/schema-metadata.ts";

/**
 * The bundled metadata with deprecations that version 1.0 does not have: the code vervoerregio of
 * organisation-kind, the property Organisation.subregion and the definition Provenance in common.schema.json.
 */
export function deprecationFixture(): SchemaMetadata {
  const schemas = structuredClone(bundledSource.schemas) as Record<string, Record<string, unknown>>;
  const organisation = schemas["organisation.schema.json"] as { properties: Record<string, Record<string, unknown>> };
  organisation.properties.subregion = { ...organisation.properties.subregion, deprecated: true };
  const common = schemas["common.schema.json"] as { $defs: Record<string, Record<string, unknown>> };
  common.$defs.Provenance = { ...common.$defs.Provenance, deprecated: true };
  const kinds = bundledSource.codelists["organisation-kind"];
  const source: MetadataSource = {
    ...bundledSource,
    schemas,
    codelists: {
      ...bundledSource.codelists,
      "organisation-kind": {
        open: kinds?.open ?? false,
        codes: (kinds?.codes ?? []).map((c) => ({ code: c.code, deprecated: c.code === "vervoerregio" })),
      },
    },
  };
  return createSchemaMetadata(source);
}
