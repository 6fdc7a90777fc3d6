import {
  type ReadItem,
  readCsv,
  readJson,
  readNdjson,
  readXlsx,
  type TabularReadItem,
  tabularEntity,
} from "@mra-circulair/io";
import type { OutputRecord } from "../output/dataset-writers.ts";
import { fileProgress, type ProgressOptions } from "../progress/progress.ts";
import type { CsvReadOptions } from "./csv-options.ts";
import type { InputFile } from "./inputs.ts";
import { fileBytes } from "./read-file.ts";

function items(
  input: InputFile,
  tabular: CsvReadOptions,
  onBytes: (read: number) => void,
): AsyncIterable<ReadItem | TabularReadItem> {
  const bytes = fileBytes(input.path, onBytes);
  const file = input.path;
  // an XLSX file has cells, not text: only how its text cells hold decimals and dates applies
  const { decimal, dateFormat } = tabular;
  const cells = { ...(decimal === undefined ? {} : { decimal }), ...(dateFormat === undefined ? {} : { dateFormat }) };
  switch (input.format) {
    case "json":
      return readJson(bytes, { file, ...(input.entity === undefined ? {} : { entity: input.entity.entity }) });
    case "ndjson":
      return readNdjson(bytes, { file });
    case "csv": {
      // resolveInputs gives every CSV file an entity with a table
      const entity = tabularEntity(input.entity?.entity ?? "")?.entity;
      if (entity === undefined) throw new RangeError(`${file}: a CSV file needs an entity with a table`);
      return readCsv(bytes, { file, entity, ...tabular });
    }
    case "xlsx":
      return readXlsx(bytes, { file, ...cells });
  }
}

/**
 * The records of a file, read with the readers the engine validates with, streamed from disk. The findings are
 * left out: the file has been validated already, and they are in its report.
 */
export async function* readRecords(
  input: InputFile,
  progress: ProgressOptions,
  tabular: CsvReadOptions = {},
): AsyncGenerator<OutputRecord> {
  const tracker = fileProgress(progress, input.path, input.size);
  let count = 0;
  try {
    for await (const item of items(input, tabular, (read) => tracker.bytes(read))) {
      if (item.kind !== "record") continue;
      yield { entity: item.record.entity, value: item.record.value };
      if (++count % 10_000 === 0) tracker.records(count);
    }
  } finally {
    tracker.stop();
  }
}
