import { parse } from "csv-parse/sync";
import type { CsvDelimiter } from "./record-splitter.ts";

/**
 * The fields of complete records (as the splitter cut them) with csv-parse: quotes, escaped quotes and their
 * errors (an invalid opening or closing quote) are csv-parse's. The records are joined with LF, which cannot occur
 * outside quotes in any of them, so csv-parse gives exactly one row per record. The splitter has already bounded
 * the size of every record. Returns the error instead of throwing it.
 */
export function parseFields(
  texts: readonly string[],
  delimiter: CsvDelimiter,
): { records?: string[][]; error?: unknown } {
  try {
    const records = parse(texts.join("\n"), {
      delimiter,
      record_delimiter: "\n",
      quote: '"',
      escape: '"',
      bom: false,
      relax_column_count: true,
      skip_empty_lines: false,
    });
    return { records };
  } catch (error) {
    return { error };
  }
}
