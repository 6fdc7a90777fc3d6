import { parse } from "csv-parse/sync";
import type { CsvDelimiter } from "./record-splitter.ts";

const hasQuote = (text: string) => text.includes('"');

/** csv-parse over records joined with LF; the error instead of a throw. */
function csvParse(texts: readonly string[], delimiter: CsvDelimiter): { records?: string[][]; error?: unknown } {
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

/**
 * The fields of complete, non-empty records (as the splitter cut them). A record without a quote is split at its
 * delimiters, which is all csv-parse would do with it; the records with quotes go to csv-parse together, so quotes,
 * escaped quotes and their errors (an invalid opening or closing quote) are csv-parse's. They are joined with LF,
 * which cannot occur outside quotes in any of them, so csv-parse gives one row per record unless one is broken:
 * then the rows come back fewer, or with the error, and the caller reads the records one by one.
 */
export function parseFields(
  texts: readonly string[],
  delimiter: CsvDelimiter,
): { records?: string[][]; error?: unknown } {
  const quoted = texts.filter(hasQuote);
  if (quoted.length === 0) return { records: texts.map((text) => text.split(delimiter)) };
  const parsed = csvParse(quoted, delimiter);
  if (parsed.records === undefined || parsed.records.length !== quoted.length) return parsed;
  const rows = parsed.records.values();
  return { records: texts.map((text) => (hasQuote(text) ? (rows.next().value as string[]) : text.split(delimiter))) };
}
