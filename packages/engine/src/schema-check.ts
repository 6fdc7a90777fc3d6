import type { SourceRecord } from "@mra-circulair/io";
import type { Finding } from "@mra-circulair/report";
import { type EntityName, entityNames, validate, validateDefinition } from "@mra-circulair/schema";
import { schemaFindings } from "./schema-findings.ts";

const META_REF = "dataset.schema.json#/$defs/DatasetMeta";
const NONE: readonly Finding[] = Object.freeze([]);

/** Compiles the schema of every entity now, as a thread does before it takes its first batch. */
export function compileSchemas(): void {
  validateDefinition(META_REF, undefined);
  for (const entity of Object.keys(entityNames) as EntityName[]) validate(entity, undefined);
}

/** The findings of a record's schema: the entity's schema, or the metadata's definition for DatasetMeta. */
export function schemaCheck(record: SourceRecord): readonly Finding[] {
  const result =
    record.entity === "DatasetMeta"
      ? validateDefinition(META_REF, record.value)
      : Object.hasOwn(entityNames, record.entity)
        ? validate(record.entity as EntityName, record.value)
        : undefined;
  if (result === undefined) throw new RangeError(`a reader yielded an unknown entity ${record.entity}`);
  return result.valid ? NONE : schemaFindings(record, result.errors);
}
