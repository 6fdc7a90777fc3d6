import { stringify } from "csv-stringify/sync";
import type { DecimalSeparator } from "../flatten/cells.ts";
import { type Column, columnsFor, type HeadingForm, headingOf, type SlotCounts } from "../flatten/columns.ts";
import { requireTabularEntity, type TabularEntity } from "../flatten/entities.ts";
import { flatten, renderText, slotsFor } from "../flatten/flatten.ts";
import type { CsvDelimiter } from "./record-splitter.ts";

export interface WriteCsvOptions {
  /** The entity of the records, such as "Procurement", or "DatasetMeta". */
  readonly entity: TabularEntity;
  /** "," by default; ";" for Dutch Excel. */
  readonly delimiter?: CsvDelimiter;
  /** The decimal separator of decimal columns; by default "," with the delimiter ";", else ".". */
  readonly decimal?: DecimalSeparator;
  /** The form of the headings: the property path (default), English or Dutch titles. */
  readonly headings?: HeadingForm;
  /** Whether the text starts with a UTF-8 BOM, so that Excel reads it as UTF-8; false by default. */
  readonly bom?: boolean;
  /**
   * The item slots of each list (see slotsFor). Without them the writer first collects all records to count the
   * slots they need; with them it writes in constant memory, and a list longer than its slots is an error.
   */
  readonly slots?: SlotCounts;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const ROWS_PER_CHUNK = 500;

/**
 * One CSV line as RFC 4180 writes it: CRLF at the end; a field quoted when it holds the delimiter, a quote, CR or
 * LF (csv-stringify quotes a lone CR or LF only with quote_record_delimiter, which a custom line ending turns off).
 */
export function csvLine(fields: readonly string[], delimiter: CsvDelimiter): string {
  return stringify([fields], {
    delimiter,
    record_delimiter: "windows",
    quote: '"',
    escape: '"',
    quote_record_delimiter: true,
    eof: true,
  });
}

interface Writer {
  readonly heading: string;
  row(record: unknown, index: number): string;
}

function createWriter(options: WriteCsvOptions, columns: readonly Column[], slots: SlotCounts): Writer {
  const delimiter = options.delimiter ?? ",";
  const decimal = options.decimal ?? (delimiter === ";" ? "," : ".");
  const form = options.headings ?? "path";
  const line = (fields: readonly string[]) => csvLine(fields, delimiter);
  return {
    heading: line(columns.map((column) => headingOf(options.entity, column, form))),
    row(record, index) {
      const { cells, unplaced } = flatten(options.entity, record, slots);
      if (unplaced.length > 0) {
        throw new TypeError(`record ${index}: ${unplaced.join(", ")} has no column in the tabular form`);
      }
      const fields = columns.map((column) => {
        const value = cells.get(column.path);
        if (value === undefined) return "";
        const text = renderText(column, value, { decimal });
        if (LONE_SURROGATE.test(text)) {
          throw new TypeError(`record ${index}: /${column.path} holds a lone surrogate, which UTF-8 cannot hold`);
        }
        return text;
      });
      return line(fields);
    },
  };
}

async function* items(records: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<unknown> {
  yield* records;
}

/**
 * Writes records of one entity as CSV (RFC 4180, UTF-8), in chunks of bytes. Strings that a spreadsheet could
 * take for a formula get a leading ' (G14); numbers stay numbers; decimals use the decimal separator; lists of
 * codes are joined with ";" in one cell; lists of objects take numbered columns. Throws a TypeError for a record
 * that has no tabular form (an unknown property, a wrong type), never writing it partly.
 */
export async function* writeCsv(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: WriteCsvOptions,
): AsyncGenerator<Uint8Array> {
  requireTabularEntity(options.entity);
  let source: Iterable<unknown> | AsyncIterable<unknown> = records;
  let slots = options.slots;
  if (slots === undefined) {
    const collected: unknown[] = [];
    for await (const record of items(records)) collected.push(record);
    slots = slotsFor(options.entity, collected);
    source = collected;
  }
  const writer = createWriter(options, columnsFor(options.entity, slots), slots);
  const encoder = new TextEncoder();
  yield encoder.encode((options.bom === true ? "\uFEFF" : "") + writer.heading);
  let buffer: string[] = [];
  let index = 0;
  for await (const record of items(source)) {
    buffer.push(writer.row(record, index++));
    if (buffer.length >= ROWS_PER_CHUNK) {
      yield encoder.encode(buffer.join(""));
      buffer = [];
    }
  }
  if (buffer.length > 0) yield encoder.encode(buffer.join(""));
}

/** The CSV text of records of one entity, as {@link writeCsv} writes it (for small sets of records). */
export function writeCsvText(records: Iterable<unknown>, options: WriteCsvOptions): string {
  requireTabularEntity(options.entity);
  const all = [...records];
  const slots = options.slots ?? slotsFor(options.entity, all);
  const writer = createWriter(options, columnsFor(options.entity, slots), slots);
  return (
    (options.bom === true ? "\uFEFF" : "") + writer.heading + all.map((record, i) => writer.row(record, i)).join("")
  );
}
