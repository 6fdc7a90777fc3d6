import type { GeneratedFile } from "./banner.js";
import { emitAssignable } from "./emit-assignable.js";
import { emitBundle } from "./emit-bundle.js";
import { emitCodelistTypes } from "./emit-codelists.js";
import { emitIoTs } from "./emit-io-ts.js";
import { emitTypes } from "./emit-types.js";
import { emitZod } from "./emit-zod.js";
import { codelistTypeName } from "./names.js";
import { readCodelists } from "./read-codelists.js";
import { readModel, type SourceFile } from "./read-model.js";
import { SchemaError } from "./schema-error.js";

/** The parsed contents of schemas/*.schema.json and schemas/codelists/*.json. */
export interface Sources {
  readonly schemas: readonly SourceFile[];
  readonly codelists: readonly SourceFile[];
}

/** Every generated file, computed in memory from the sources; writing them is the caller's job. */
export async function generate(sources: Sources): Promise<GeneratedFile[]> {
  const model = readModel(sources.schemas);
  const codelists = readCodelists(sources.codelists);
  const names = new Set(model.definitions.map((d) => d.name));
  for (const codelist of codelists) {
    // types/src/index.ts re-exports both generated files, so a shared name would be ambiguous
    if (names.has(codelistTypeName(codelist.id))) {
      throw new SchemaError(
        `codelists/${codelist.file}`,
        ["id"],
        `${codelistTypeName(codelist.id)} is also a schema type`,
      );
    }
  }
  return [
    emitBundle(sources.schemas, codelists, model),
    await emitTypes(model),
    emitCodelistTypes(codelists),
    emitZod(model),
    emitIoTs(model),
    emitAssignable(model),
  ];
}
