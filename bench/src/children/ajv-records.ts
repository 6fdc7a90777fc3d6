// what ajv-cli would do if it read NDJSON: JSON.parse each line and validate it against the compiled DatasetRecord
// schema, with the options, formats and annotation keywords of @mra-circulair/schema's own validator
import { schemaAjv } from "./ajv-setup.ts";
import { forEachLine, report } from "./lines.ts";

const DATASET_RECORD = "https://mra-circulair.nl/schema/1.0/dataset-record.schema.json";

const file = process.argv[2];
if (!file) throw new Error("usage: ajv-records FILE");

const ajv = schemaAjv();
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
