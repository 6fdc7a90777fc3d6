import { createIndicatorAccumulator, type IndicatorResults } from "@mra-circulair/indicators";
import { type ReadItem, readJson, readNdjson, tabularEntity } from "@mra-circulair/io";
import type { Dataset, Procurement } from "@mra-circulair/types";
import { type DroppedFile, fileBytes } from "./file-bytes.ts";
import type { Outcome } from "./validate-file.ts";

/** The formats that hold a whole dataset, whose indicators the page computes. */
export type DatasetFormat = "json" | "ndjson";

/**
 * The format of a file whose indicators the page shows: a valid dataset in JSON or NDJSON. A CSV or XLSX file, a
 * JSON document of one record, and a dataset with errors get none.
 */
export function datasetFormat(outcome: Outcome): DatasetFormat | undefined {
  if (outcome.kind !== "report" || !outcome.result.valid) return undefined;
  if (outcome.format === "ndjson" || (outcome.format === "json" && outcome.entity === undefined)) return outcome.format;
  return undefined;
}

/** The file's items, read again by the reader that validated it. */
function itemsOf(file: DroppedFile, format: DatasetFormat): AsyncIterable<ReadItem> {
  const bytes = fileBytes(file);
  return format === "json" ? readJson(bytes, { file: file.name }) : readNdjson(bytes, { file: file.name });
}

/** Everything in a dataset file but its procurements: the organisations, criteria, declarations and packages. */
async function contextOf(file: DroppedFile, format: DatasetFormat): Promise<Dataset> {
  const context: Record<string, unknown> = {};
  for await (const item of itemsOf(file, format)) {
    if (item.kind !== "record" || item.record.entity === "Procurement") continue;
    const key = tabularEntity(item.record.entity)?.datasetKey;
    if (key === "meta") context.meta = item.record.value;
    else if (key !== undefined) {
      const list = (context[key] ?? []) as unknown[];
      list.push(item.record.value);
      context[key] = list;
    }
  }
  return context as unknown as Dataset;
}

/**
 * The indicators of a valid dataset file, in two reads of the file so that memory does not grow with its
 * procurements: the context first, then the procurements one by one into the indicators' accumulator.
 */
export async function indicatorsOf(file: DroppedFile, format: DatasetFormat): Promise<IndicatorResults> {
  const accumulator = createIndicatorAccumulator(await contextOf(file, format));
  for await (const item of itemsOf(file, format)) {
    if (item.kind === "record" && item.record.entity === "Procurement") {
      accumulator.add(item.record.value as Procurement);
    }
  }
  return accumulator.results();
}
