import { banner, type GeneratedFile } from "./banner.ts";
import type { Model } from "./model.ts";
import type { Codelist } from "./read-codelists.ts";
import { compare, type SourceFile } from "./read-model.ts";

/** The schemas and codelists as plain data, for ajv and for tools that read them at run time. */
export function emitBundle(
  schemas: readonly SourceFile[],
  codelists: readonly Codelist[],
  model: Model,
): GeneratedFile {
  const sorted = [...schemas].sort((a, b) => compare(a.file, b.file));
  const record = (entries: readonly (readonly [string, unknown])[]): string =>
    `{\n${entries.map(([key, value]) => `  ${JSON.stringify(key)}: ${indented(value)},`).join("\n")}\n}`;
  const content = [
    banner,
    "/** Every schema file of schemas/, verbatim, by file name. */",
    `export const schemas = ${record(sorted.map(({ file, json }) => [file, json]))} as const;`,
    "",
    '/** Every codelist of schemas/codelists/ by id, as written but without "$schema". */',
    `export const codelists = ${record(codelists.map(({ id, data }) => [id, data]))} as const;`,
    "",
    "/** The TypeScript name of each entity with its schema file. */",
    `export const entityNames = ${record([...model.entities])} as const;`,
    "",
  ].join("\n");
  return { path: "packages/schema/src/generated/bundle.ts", content };
}

function indented(value: unknown): string {
  return JSON.stringify(value, null, 2).replaceAll("\n", "\n  ");
}
