import type { GeneratedFile } from "./banner.ts";
import { emitAssignable } from "./emit-assignable.ts";
import { emitBundle } from "./emit-bundle.ts";
import { emitCodelistTypes } from "./emit-codelists.ts";
import { emitIoTs } from "./emit-io-ts.ts";
import { emitTypes } from "./emit-types.ts";
import { emitZod } from "./emit-zod.ts";
import { codelistTypeName } from "./names.ts";
import { readCodelists } from "./read-codelists.ts";
import { readModel, type SourceFile } from "./read-model.ts";
import { SchemaError } from "./schema-error.ts";

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
