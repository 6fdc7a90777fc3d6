// what ajv-cli would do if it read NDJSON: JSON.parse each line and validate it against the compiled DatasetRecord
// schema, with the options, formats and annotation keywords of @mra-circulair/schema's own validator
import { schemas } from "@mra-circulair/schema";
import { Ajv2020, type AnySchemaObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
// not exported by the package; imported from its source so the options cannot drift from the validator's
import { ajvOptions } from "../../../packages/schema/src/ajv-options.ts";
import { annotationKeywords } from "../../../packages/schema/src/annotation-keywords.ts";
import { forEachLine, report } from "./lines.ts";

const addFormats = addFormatsModule.default;
const DATASET_RECORD = "https://mra-circulair.nl/schema/1.0/dataset-record.schema.json";

const file = process.argv[2];
if (!file) throw new Error("usage: ajv-records FILE");

const ajv = new Ajv2020({ ...ajvOptions });
addFormats(ajv, { mode: "full", formats: ["date", "date-time"], keywords: false });
for (const definition of annotationKeywords) ajv.addKeyword(definition);
for (const schema of Object.values(schemas)) ajv.addSchema(schema as AnySchemaObject);
const validate = ajv.getSchema(DATASET_RECORD);
if (!validate) throw new Error(`no schema ${DATASET_RECORD}`);

let records = 0;
let invalid = 0;
let firstError: string | undefined;
forEachLine(file, (line) => {
  records += 1;
  if (!validate(JSON.parse(line))) {
    invalid += 1;
    firstError ??= `line ${records}: ${ajv.errorsText(validate.errors?.slice(0, 3))}`;
  }
});
report({ records, invalid, ...(firstError === undefined ? {} : { firstError }) });
