import {
  type ByteSource,
  type ReadCsvOptions,
  type ReadItem,
  readCsv,
  readJson,
  readNdjson,
  readXlsx,
  type SourceRecord,
  type TabularReadItem,
  tabularEntity,
} from "@mra-circulair/io";
import { createReport, type Finding, type Report, type ReportResult } from "@mra-circulair/report";
import { createRuleRunner, type RuleRunner } from "@mra-circulair/rules";
import { type EntityName, entityNames, validate, validateDefinition } from "@mra-circulair/schema";
import { formatOf, type InputFormat } from "./formats.ts";
import { schemaFindings } from "./schema-findings.ts";

/** One file to validate. */
export interface FileInput {
  readonly bytes: ByteSource;
  /** The file name as the user gave it, for locations and for detecting the format. */
  readonly file: string;
  /** The format; detected from the file name when absent. */
  readonly format?: InputFormat;
  /** For a document that holds one record rather than a dataset: its entity ("Procurement"); needed for CSV. */
  readonly entity?: string;
  /** How a CSV file (delimiter, encoding, decimal separator, date format) or an XLSX file (the last two) is read. */
  readonly tabular?: TabularOptions;
  /** Called now and then with the number of records read so far. */
  readonly onProgress?: (records: number) => void;
}

/** How tabular files are read; what is absent the readers work out or default, as readCsv and readXlsx say. */
export type TabularOptions = Pick<ReadCsvOptions, "delimiter" | "encoding" | "decimal" | "dateFormat">;

/** Options of {@link createValidationSession}. */
export interface ValidationSessionOptions {
  /** The report to add to; a new one with its defaults when absent. */
  readonly report?: Report;
  /** Run the rules (all, or the codes given) besides the schemas; true by default. */
  readonly rules?: boolean | readonly string[];
  /** Resolve organisations against the reference data when the files hold none; true by default. */
  readonly reference?: boolean;
  /** The deepest nesting of a record; 64 by default. */
  readonly maxDepth?: number;
  /** The largest NDJSON line or CSV record in bytes; a larger one is skipped with record-too-large. 10 MiB. */
  readonly maxRecordBytes?: number;
  /** The largest JSON document in bytes; a larger one is refused with file-too-large. 512 MiB. */
  readonly maxDocumentBytes?: number;
}

// exactOptionalPropertyTypes: options the caller left out must stay absent, not become undefined
function defined<T extends object>(options: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** Validates one or more files as one dataset: references may cross files; `finish` once after the last. */
export interface ValidationSession {
  readonly report: Report;
  validate(input: FileInput): Promise<void>;
  finish(): ReportResult;
}

const META_REF = "dataset.schema.json#/$defs/DatasetMeta";
const PROGRESS_EVERY = 10_000;

function schemaCheck(record: SourceRecord): Finding[] {
  const result =
    record.entity === "DatasetMeta"
      ? validateDefinition(META_REF, record.value)
      : Object.hasOwn(entityNames, record.entity)
        ? validate(record.entity as EntityName, record.value)
        : undefined;
  if (result === undefined) throw new RangeError(`a reader yielded an unknown entity ${record.entity}`);
  return result.valid ? [] : schemaFindings(record, result.errors);
}

/** The records and findings of a table, without its header, which only the tabular readers give. */
async function* withoutHeaders(items: AsyncIterable<TabularReadItem>): AsyncGenerator<ReadItem> {
  for await (const item of items) if (item.kind !== "header") yield item;
}

function read(input: FileInput, format: InputFormat, limits: ValidationSessionOptions): AsyncIterable<ReadItem> {
  const { file, bytes } = input;
  const { delimiter, encoding, decimal, dateFormat } = input.tabular ?? {};
  const cells = defined({ decimal, dateFormat });
  const { maxDepth, maxRecordBytes, maxDocumentBytes } = limits;
  switch (format) {
    case "json":
      return readJson(bytes, { file, ...defined({ maxDepth, maxBytes: maxDocumentBytes, entity: input.entity }) });
    case "ndjson":
      return readNdjson(bytes, { file, ...defined({ maxDepth, maxLineBytes: maxRecordBytes }) });
    case "csv": {
      const entity = input.entity === undefined ? undefined : tabularEntity(input.entity)?.entity;
      if (entity === undefined) {
        throw new RangeError(`${file}: a CSV file holds one entity with a table; name it (not ${input.entity})`);
      }
      const text = defined({ delimiter, encoding, maxRecordBytes });
      return withoutHeaders(readCsv(bytes, { file, entity, ...text, ...cells }));
    }
    case "xlsx":
      return withoutHeaders(readXlsx(bytes, { file, ...cells }));
  }
}

/** Starts a validation run over one or more files. */
export function createValidationSession(options: ValidationSessionOptions = {}): ValidationSession {
  const report = options.report ?? createReport();
  const rules: RuleRunner | undefined =
    options.rules === false
      ? undefined
      : createRuleRunner({
          ...(Array.isArray(options.rules) ? { rules: options.rules } : {}),
          ...(options.reference === undefined ? {} : { reference: options.reference }),
        });
  let finished = false;
  return {
    report,
    async validate(input) {
      if (finished) throw new Error("this validation session has finished");
      const format = input.format ?? formatOf(input.file);
      if (format === undefined) throw new RangeError(`cannot tell the format of ${input.file}; name it`);
      report.addFile(input.file, format);
      let records = 0;
      for await (const item of read(input, format, options)) {
        if (item.kind === "finding") {
          report.add(item.finding);
          continue;
        }
        const { record } = item;
        report.addRecords(input.file, record.entity);
        for (const finding of schemaCheck(record)) report.add(finding);
        if (rules) for (const finding of rules.check(record)) report.add(finding);
        records += 1;
        if (records % PROGRESS_EVERY === 0) input.onProgress?.(records);
      }
      input.onProgress?.(records);
    },
    finish() {
      if (!finished && rules) for (const finding of rules.finish()) report.add(finding);
      finished = true;
      return report.result();
    },
  };
}
