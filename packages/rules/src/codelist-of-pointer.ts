import { bundledMetadata } from "./metadata/bundled.ts";
import type { CodelistRef, SchemaMetadata } from "./metadata/schema-metadata.ts";

/**
 * The codelist, if any, that governs the value at a JSON Pointer inside a record of `entity`, from the
 * bundled schemas: `codelistOfPointer("Procurement", "/criteriaApplied/0/use")` is criterion-type, closed.
 * Pass the record's value to choose between the alternatives of an `anyOf` (Criterion /rStrategy/code is
 * r-strategy-pbl or r-strategy-rvo by its ladder); without it, an `anyOf` answers only when all its
 * alternatives agree. Undefined for a pointer outside the schema or a value without a codelist (an inline
 * enum such as Observation /subject/type).
 */
export function codelistOfPointer(
  entity: string,
  pointer: string,
  value?: unknown,
  metadata: SchemaMetadata = bundledMetadata(),
): CodelistRef | undefined {
  return metadata.nodeAt(entity, pointer, value)?.codelist;
}
