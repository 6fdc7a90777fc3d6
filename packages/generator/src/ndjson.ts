import type { GenerateOptions } from "./options.ts";
import { generateRecords } from "./records.ts";

/**
 * The generated dataset as NDJSON lines, one DatasetRecord (`{"type":...,"record":...}`) per string, without the
 * line break. Streams: between lines only counters and the indicator engine's sums are kept, with the identifier of
 * each procurement (some 60 bytes), so 1,000,000 procurements, about 840 MB of text, are written in about 200 MB.
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
