// schema validation and nothing else, as fast as ajv does it: JSON.parse each line and validate it against the
// compiled schema of its own line type (the $defs of dataset-record.schema.json), as `validate` picks it, instead of
// the anyOf over all of them; no rules, no hazard checks, no locations: the floor of validating with a JSON Schema
import { schemas } from "@mra-circulair/schema";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { schemaAjv } from "./ajv-setup.ts";
import { forEachLine, report } from "./lines.ts";

const RECORD_FILE = "dataset-record.schema.json";

const file = process.argv[2];
if (!file) throw new Error("usage: ajv-by-type FILE");

const ajv = schemaAjv();
const recordSchema = (schemas as unknown as Record<string, { $id: string; $defs: Record<string, LineSchema> }>)[
  RECORD_FILE
];
interface LineSchema {
  readonly properties: { readonly type: { readonly const: string } };
}
if (!recordSchema) throw new Error(`no schema ${RECORD_FILE}`);
const byType = new Map<string, ValidateFunction>();
for (const [name, line] of Object.entries(recordSchema.$defs)) {
  const validate = ajv.getSchema(`${recordSchema.$id}#/$defs/${name}`);
  if (!validate) throw new Error(`no schema for the line type ${name}`);
  byType.set(line.properties.type.const, validate);
}

let records = 0;
let invalid = 0;
let firstError: string | undefined;
forEachLine(file, (line) => {
  records += 1;
  const value = JSON.parse(line) as { type?: unknown };
  const validate = typeof value.type === "string" ? byType.get(value.type) : undefined;
  if (validate === undefined || !validate(value)) {
    invalid += 1;
    firstError ??= `line ${records}: ${validate ? ajv.errorsText(validate.errors?.slice(0, 3)) : "unknown type"}`;
  }
});
report({ records, invalid, ...(firstError === undefined ? {} : { firstError }) });
