// ajv as @mra-circulair/schema's own validator builds it: its options, formats and annotation keywords, every schema
import { schemas } from "@mra-circulair/schema";
import { Ajv2020, type AnySchemaObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
// not exported by the package; imported from its source so the options cannot drift from the validator's
import { ajvOptions } from "../../../packages/schema/src/ajv-options.ts";
import { annotationKeywords } from "../../../packages/schema/src/annotation-keywords.ts";

const addFormats = addFormatsModule.default;

/** An ajv with every bundled schema added under its `$id`, none compiled yet. */
export function schemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ ...ajvOptions });
  addFormats(ajv, { mode: "full", formats: ["date", "date-time"], keywords: false });
  for (const definition of annotationKeywords) ajv.addKeyword(definition);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema as AnySchemaObject);
  return ajv;
}
