import {
  type ByteSource,
  type ReadCsvOptions,
  type ReadItem,
  readCsv,
  readJson,
  readNdjsonBatches,
  readXlsx,
  type TabularReadItem,
  tabularEntity,
} from "@mra-circulair/io";
import { createReport, type Report, type ReportResult } from "@mra-circulair/report";
import { createRuleRunner, type RuleRunner } from "@mra-circulair/rules";
import { defined } from "./defined.ts";
import { formatOf, type InputFormat } from "./formats.ts";
import { schemaCheck } from "./schema-check.ts";
import { validateNdjsonOnThreads } from "./workers/parallel-ndjson.ts";
import type { CheckerSetup } from "./workers/protocol.ts";
import type { ValidationThreads } from "./workers/threads.ts";

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
  /**
   * Given each record read, in file order, once it is checked, so that a caller needs no second read of the file
   * for its values. With it, an NDJSON file is read on the calling thread, as a worker's records stay there.
   */
  readonly onRecord?: (entity: string, value: unknown) => void;
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
  /** Threads to validate NDJSON files on (`nodeThreads` of `@mra-circulair/engine/node`); the calling thread when absent. */
  readonly threads?: ValidationThreads;
}

const codesOf = (rules: boolean | readonly string[] | undefined): readonly string[] | undefined =>
  typeof rules === "object" ? rules : undefined;

/** Validates one or more files as one dataset: references may cross files; `finish` once after the last. */
export interface ValidationSession {
  readonly report: Report;
  validate(input: FileInput): Promise<void>;
  finish(): ReportResult;
}

const PROGRESS_EVERY = 10_000;

/** The records and findings of a table, without its header, which only the tabular readers give. */
async function* withoutHeaders(items: AsyncIterable<TabularReadItem>): AsyncGenerator<ReadItem> {
  for await (const item of items) if (item.kind !== "header") yield item;
}

function read(
  input: FileInput,
  format: Exclude<InputFormat, "ndjson">,
  limits: ValidationSessionOptions,
): AsyncIterable<ReadItem> {
  const { file, bytes } = input;
  const { delimiter, encoding, decimal, dateFormat } = input.tabular ?? {};
  const cells = defined({ decimal, dateFormat });
  const { maxDepth, maxRecordBytes, maxDocumentBytes } = limits;
  switch (format) {
    case "json":
      return readJson(bytes, { file, ...defined({ maxDepth, maxBytes: maxDocumentBytes, entity: input.entity }) });
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
      const { file, bytes } = input;
      const { maxDepth, maxRecordBytes, threads } = options;
      if (format === "ndjson" && threads !== undefined && input.onRecord === undefined) {
        const rulesSetup: CheckerSetup["rules"] =
          options.rules === false ? false : defined({ codes: codesOf(options.rules), reference: options.reference });
        const setup = { file, ...defined({ maxDepth, maxLineBytes: maxRecordBytes }), rules: rulesSetup };
        const progress = { every: PROGRESS_EVERY, ...defined({ onProgress: input.onProgress }) };
        const records = await validateNdjsonOnThreads(bytes, { threads, setup, report, rules, progress });
        input.onProgress?.(records);
        return;
      }
      let records = 0;
      const take = (item: ReadItem) => {
        if (item.kind === "finding") {
          report.add(item.finding);
          return;
        }
        const { record } = item;
        report.addRecords(file, record.entity);
        for (const finding of schemaCheck(record)) report.add(finding);
        if (rules) for (const finding of rules.check(record)) report.add(finding);
        input.onRecord?.(record.entity, record.value);
        records += 1;
        if (records % PROGRESS_EVERY === 0) input.onProgress?.(records);
      };
      if (format === "ndjson") {
        // a batch per chunk: no promise per record
        const ndjson = { file, ...defined({ maxDepth, maxLineBytes: maxRecordBytes }) };
        for await (const batch of readNdjsonBatches(bytes, ndjson)) for (const item of batch) take(item);
      } else for await (const item of read(input, format, options)) take(item);
      input.onProgress?.(records);
    },
    finish() {
      if (!finished && rules) for (const finding of rules.finish()) report.add(finding);
      finished = true;
      return report.result();
    },
  };
}
