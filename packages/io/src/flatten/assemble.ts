import type { Finding } from "@mra-circulair/report";
import { requireTabularEntity } from "./entities.ts";
import type { TabularReadItem } from "./tabular-record.ts";

/**
 * A dataset document from the events of tabular readers (a workbook, or CSV files of several entities): the
 * metadata under meta, every record in the list of its entity, an entity whose table had headings but no rows
 * as an empty list. The findings are returned beside it. Records are collected in memory: for a large exchange,
 * consume the events one by one instead.
 */
export async function assembleDataset(
  events: AsyncIterable<TabularReadItem> | Iterable<TabularReadItem>,
): Promise<{ dataset: Record<string, unknown>; findings: Finding[] }> {
  const dataset: Record<string, unknown> = {};
  const findings: Finding[] = [];
  const list = (key: string): unknown[] => {
    if (!Object.hasOwn(dataset, key))
      Object.defineProperty(dataset, key, { value: [], enumerable: true, writable: true, configurable: true });
    return dataset[key] as unknown[];
  };
  for await (const event of events) {
    if (event.kind === "finding") findings.push(event.finding);
    else if (event.kind === "header") {
      const { datasetKey } = requireTabularEntity(event.header.entity);
      if (event.header.entity !== "DatasetMeta") list(datasetKey);
    } else {
      const { datasetKey } = requireTabularEntity(event.record.entity);
      if (event.record.entity === "DatasetMeta") {
        Object.defineProperty(dataset, datasetKey, {
          value: event.record.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else list(datasetKey).push(event.record.value);
    }
  }
  return { dataset, findings };
}
