import type { GenerateOptions } from "./options.ts";
import { generateRecords } from "./records.ts";

/**
 * The generated dataset as NDJSON lines, one DatasetRecord (`{"type":...,"record":...}`) per string, without the
 * line break. Streams: 1,000,000 records are written in the memory of a few, as nothing is kept between lines
 * but counters and the observation sums.
 *
 * @example
 * const out = createWriteStream("synthetic.ndjson");
 * for (const line of generateNdjsonLines({ records: 1_000_000, seed: 42 })) {
 *   if (!out.write(`${line}\n`)) await once(out, "drain");
 * }
 * out.end();
 */
export function* generateNdjsonLines(options: GenerateOptions): Generator<string, void, undefined> {
  for (const record of generateRecords(options)) yield JSON.stringify(record);
}
