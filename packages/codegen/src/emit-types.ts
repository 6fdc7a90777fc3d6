import { compile, type Options } from "json-schema-to-typescript";
import { banner, type GeneratedFile } from "./banner.ts";
import type { Model } from "./model.ts";
import { normalise } from "./normalise.ts";

const options: Partial<Options> = {
  bannerComment: "",
  additionalProperties: false,
  // minItems/maxItems would turn arrays into unions of tuples, which z.infer and t.TypeOf do not produce
  ignoreMinAndMaxItems: true,
  declareExternallyReferenced: false,
  strictIndexSignatures: true,
  format: true,
  style: { printWidth: 120, trailingComma: "all" },
};

/** One TypeScript declaration per named type, through json-schema-to-typescript. */
export async function emitTypes(model: Model): Promise<GeneratedFile> {
  // a described $ref would make json-schema-to-typescript declare a numbered copy, so refs name their type instead
  const { $defs } = normalise(model, (name) => ({ tsType: name }));
  const declarations: string[] = [];
  for (const [name, schema] of Object.entries($defs)) {
    const source = (await compile(schema, name, options)).trim();
    const declared = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((match) => match[1]);
    if (declared.length !== 1 || declared[0] !== name) {
      throw new Error(`json-schema-to-typescript declared ${declared.join(", ")} for ${name}; expected ${name} alone`);
    }
    declarations.push(source);
  }
  return { path: "packages/types/src/generated/types.ts", content: `${banner}\n${declarations.join("\n\n")}\n` };
}
