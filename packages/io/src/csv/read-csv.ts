import type { Finding, SourceLocation } from "@mra-circulair/report";
import { CsvError } from "csv-parse/sync";
import { type BytesInput, type DeclaredEncoding, decodeText } from "../encoding/decode.ts";
import type { DateFormat, DecimalSeparator } from "../flatten/cells.ts";
import { requireTabularEntity, type TabularEntity } from "../flatten/entities.ts";
import { TableReader } from "../flatten/table.ts";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import { notUtf8, recordTooLarge } from "../json-codes.ts";
import {
  csvDelimiter,
  csvEmpty,
  csvEncodingDetected,
  csvInvalidQuote,
  csvLineEnding,
  csvNotWindows1252,
  csvNulByte,
  csvRaggedRow,
  csvUnclosedQuote,
  csvWrongDelimiter,
} from "../tabular-codes.ts";
import { parseFields } from "./parse-fields.ts";
import { type CsvDelimiter, DELIMITERS, type RawRecord, RecordSplitter } from "./record-splitter.ts";

/** The largest CSV record by default: 10 MiB. */
export const DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

export interface ReadCsvOptions {
  /** The file name as the user gave it, for the locations of findings. */
  readonly file: string;
  /** The entity of the file's rows, such as "Procurement", or "DatasetMeta". */
  readonly entity: TabularEntity;
  /** The delimiter; by default derived from the heading line (outside quotes). */
  readonly delimiter?: CsvDelimiter;
  /** The encoding; by default UTF-8 (BOM or not), or Windows-1252 when the start of the file is not UTF-8. */
  readonly encoding?: DeclaredEncoding;
  /** The decimal separator of decimal cells; by default "," with the delimiter ";" (Dutch Excel), else ".". */
  readonly decimal?: DecimalSeparator;
  /** How dates are written; "iso" by default, "dd-mm-yyyy" only when declared. */
  readonly dateFormat?: DateFormat;
  /** The largest record in bytes; 10 MiB by default. */
  readonly maxRecordBytes?: number;
}

// records are parsed in batches of about this much text, so that csv-parse runs per batch and not per row
const BATCH_CHARS = 256 * 1024;
const BATCH_RECORDS = 2000;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
const quoted = (delimiter: string) => JSON.stringify(delimiter);

/**
 * Reads the rows of one entity from CSV bytes, in constant memory, as records in the Record contract with their
 * row (the heading row is row 1) and a `locate` that gives the row and the column heading of a pointer. Never
 * throws on data: an encoding, delimiter or quoting problem, or a row that is too large, is a located finding.
 */
export async function* readCsv(input: BytesInput, options: ReadCsvOptions): AsyncGenerator<TabularReadItem> {
  const { file, entity } = options;
  requireTabularEntity(entity);
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const splitter = new RecordSplitter(maxRecordBytes, options.delimiter);
  const at = (location: Omit<SourceLocation, "file">): SourceLocation => ({ file, ...location });
  const fileFinding = (finding: Finding): TabularReadItem => ({ kind: "finding", finding });

  let delimiter: CsvDelimiter | undefined = options.delimiter;
  let table: TableReader | undefined;
  let headingCount = 0;
  let batch: RawRecord[] = [];
  let batchChars = 0;

  /** The heading record: chooses the delimiter and reads the headings; `stop` when the file cannot be read. */
  const startTable = (record: RawRecord): { events: TabularReadItem[]; stop: boolean } => {
    const stop = (finding: Finding) => ({ events: [fileFinding(finding)], stop: true });
    const site = { pointer: "", location: at({ row: 1, line: 1 }), entity };
    if (record.text === "") return stop(csvEmpty.finding(site));
    if (delimiter === undefined) {
      const counts = splitter.headingDelimiterCounts;
      const candidates = DELIMITERS.filter((candidate) => (counts.get(candidate) ?? 0) > 0);
      if (candidates.length > 1) {
        return stop(csvDelimiter.finding(site, { candidates: candidates.map(quoted).join(" ") }));
      }
      delimiter = candidates[0] ?? ",";
      splitter.setDelimiter(delimiter);
    }
    const parsed = parseFields([record.text], delimiter);
    const headings = parsed.records?.[0];
    if (headings === undefined) return stop(syntaxFinding(parsed.error, record));
    if (headings.length === 1) {
      // never a "valid" one-column file: a Dutch Excel file read with "," has its ";" in its only heading
      const likely = DELIMITERS.find((candidate) => candidate !== delimiter && record.text.includes(candidate));
      if (likely !== undefined) {
        return stop(csvWrongDelimiter.finding(site, { declared: quoted(delimiter), likely: quoted(likely) }));
      }
    }
    headingCount = headings.length;
    table = new TableReader(headings, {
      file,
      entity,
      decimal: options.decimal ?? (delimiter === ";" ? "," : "."),
      dateFormat: options.dateFormat ?? "iso",
    });
    const events: TabularReadItem[] = [{ kind: "header", header: table.header }];
    for (const finding of table.headingFindings) events.push(fileFinding(finding));
    return { events, stop: false };
  };

  const syntaxFinding = (error: unknown, record: RawRecord): Finding => {
    const fields = table?.header.headings;
    if (error instanceof CsvError) {
      const lines = typeof error.lines === "number" ? error.lines : 1;
      const field = typeof error.column === "number" ? error.column + 1 : undefined;
      const heading = field === undefined ? undefined : fields?.[field - 1]?.heading;
      const location = at({
        row: record.row,
        line: record.line + lines - 1,
        ...(field === undefined ? {} : { column: field }),
        ...(heading === undefined ? {} : { heading }),
      });
      const site = { pointer: "", location, entity };
      if (error.code === "CSV_QUOTE_NOT_CLOSED") return csvUnclosedQuote.finding(site);
      return csvInvalidQuote.finding(site);
    }
    return csvInvalidQuote.finding({ pointer: "", location: at({ row: record.row, line: record.line }), entity });
  };

  /** The events of the parsed rows of the batch. */
  const flush = function* (): Generator<TabularReadItem> {
    if (batch.length === 0 || table === undefined || delimiter === undefined) {
      batch = [];
      batchChars = 0;
      return;
    }
    const records = batch;
    batch = [];
    batchChars = 0;
    const parsed = parseFields(
      records.map((record) => record.text),
      delimiter,
    );
    // a batch with a broken row is parsed again row by row, so that one bad row does not hide the others
    const rows: { fields?: string[]; error?: unknown }[] =
      parsed.records !== undefined && parsed.records.length === records.length
        ? parsed.records.map((fields) => ({ fields }))
        : records.map((record) => {
            const single = parseFields([record.text], delimiter as CsvDelimiter);
            const fields = single.records?.[0];
            return fields === undefined ? { error: single.error } : { fields };
          });
    for (const [i, record] of records.entries()) {
      const row = rows[i];
      if (row?.fields === undefined) {
        yield fileFinding(syntaxFinding(row?.error, record));
        continue;
      }
      yield* rowEvents(record, row.fields);
    }
  };

  const rowEvents = function* (record: RawRecord, fields: string[]): Generator<TabularReadItem> {
    const reader = table as TableReader;
    const location = at({ row: record.row });
    const read =
      record.row === 2 && reader.isHintRow(fields) ? undefined : reader.row(fields.slice(0, headingCount), record.row);
    const pointerAt = read?.pointerAt ?? (() => "");
    if (fields.length !== headingCount) {
      yield fileFinding(
        csvRaggedRow.finding(
          { pointer: pointerAt(), location: { ...location, line: record.line }, entity },
          { actual: fields.length, expected: headingCount },
        ),
      );
    }
    const nul = fields.findIndex((field) => field.includes("\u0000"));
    if (nul >= 0) {
      const heading = reader.header.headings[nul]?.heading;
      yield fileFinding(
        csvNulByte.finding({
          pointer: pointerAt(nul),
          location: { ...location, line: record.line, column: nul + 1, ...(heading === undefined ? {} : { heading }) },
          entity,
        }),
      );
    }
    if (read === undefined) return;
    if (read.record !== undefined) yield { kind: "record", record: read.record };
    for (const finding of read.findings) yield fileFinding(finding);
  };

  /** Takes the records the splitter completed: the heading starts the table, the others go in the batch. */
  const take = function* (): Generator<TabularReadItem, boolean> {
    for (const record of splitter.records.splice(0)) {
      if (record.row === 1 && record.skippedBytes !== undefined) {
        const site = { pointer: "", location: at({ row: 1, line: 1 }), entity };
        yield fileFinding(recordTooLarge.finding(site, { bytes: record.skippedBytes, limit: maxRecordBytes }));
        return false;
      }
      if (record.row === 1) {
        const { events, stop } = startTable(record);
        yield* events;
        if (stop) return false;
        continue;
      }
      if (record.skippedBytes !== undefined) {
        yield* flush();
        const site = { pointer: "", location: at({ row: record.row, line: record.line }), entity };
        yield fileFinding(recordTooLarge.finding(site, { bytes: record.skippedBytes, limit: maxRecordBytes }));
        continue;
      }
      if (record.text === "") continue;
      batch.push(record);
      batchChars += record.text.length;
      if (batchChars >= BATCH_CHARS || batch.length >= BATCH_RECORDS) yield* flush();
    }
    return true;
  };

  const failure = function* (): Generator<TabularReadItem> {
    const failed = splitter.failure;
    if (failed === undefined) return;
    yield* flush();
    const heading = table?.header.headings[failed.field - 1]?.heading;
    const location = at({
      row: failed.row,
      line: failed.line,
      column: failed.field,
      ...(heading === undefined ? {} : { heading }),
    });
    yield fileFinding(csvUnclosedQuote.finding({ pointer: "", location, entity }));
  };

  let reportedLoneCr = false;
  const lineEnding = function* (): Generator<TabularReadItem> {
    const lone = splitter.loneCarriageReturn;
    if (lone === undefined || reportedLoneCr) return;
    reportedLoneCr = true;
    yield fileFinding(csvLineEnding.finding({ pointer: "", location: at({ row: lone.row, line: lone.line }), entity }));
  };

  for await (const event of decodeText(input, options.encoding === undefined ? {} : { encoding: options.encoding })) {
    if (event.kind === "detected") {
      yield fileFinding(
        csvEncodingDetected.finding({ pointer: "", location: at({}), entity }, { encoding: event.encoding }),
      );
      continue;
    }
    if (event.kind === "invalid") {
      // the record being read when the bad byte came is not read: no character is guessed
      if (!(yield* take())) return;
      yield* flush();
      yield* lineEnding();
      const location = at({ row: splitter.row, line: splitter.line });
      const site = { pointer: "", location, entity };
      yield fileFinding(
        event.encoding === "windows-1252"
          ? csvNotWindows1252.finding(site, { byte: hex(event.byte) })
          : notUtf8.finding(site, { reason: "invalid-bytes", bytes: hex(event.byte).slice(2) }),
      );
      return;
    }
    let offset = 0;
    while (offset < event.text.length) {
      offset = splitter.push(event.text, offset);
      if (!(yield* take())) return;
      if (splitter.failure !== undefined) {
        yield* lineEnding();
        yield* failure();
        return;
      }
    }
  }
  splitter.end();
  if (!(yield* take())) return;
  yield* flush();
  yield* lineEnding();
  yield* failure();
  if (table === undefined && splitter.failure === undefined) {
    yield fileFinding(csvEmpty.finding({ pointer: "", location: at({ row: 1, line: 1 }), entity }));
  }
}
