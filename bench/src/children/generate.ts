// writes the NDJSON file of one size; the harness times this as the generator row
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { generateNdjsonLines } from "@mra-circulair/generator";
import { report } from "./lines.ts";

const [records, seed, ndjsonFile] = process.argv.slice(2);
if (!records || !seed || !ndjsonFile) throw new Error("usage: generate RECORDS SEED NDJSON_FILE");

const out = createWriteStream(ndjsonFile);
let lines = 0;
for (const line of generateNdjsonLines({ records: Number(records), seed: Number(seed) })) {
  if (!out.write(`${line}\n`)) await once(out, "drain");
  lines += 1;
}
out.end();
await once(out, "finish");
report({ records: lines });
