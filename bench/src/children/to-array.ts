// rewrites an NDJSON file as one JSON array of the same records, for ajv-cli, which reads one JSON document
import { closeSync, openSync, writeSync } from "node:fs";
import { forEachLine, report } from "./lines.ts";

const [ndjsonFile, arrayFile] = process.argv.slice(2);
if (!ndjsonFile || !arrayFile) throw new Error("usage: to-array NDJSON_FILE JSON_ARRAY_FILE");

const fd = openSync(arrayFile, "w");
let records = 0;
forEachLine(ndjsonFile, (line) => {
  writeSync(fd, `${records === 0 ? "[\n" : ",\n"}${line}`);
  records += 1;
});
writeSync(fd, records === 0 ? "[]\n" : "\n]\n");
closeSync(fd);
report({ records });
