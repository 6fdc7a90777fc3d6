/** How serious a finding is: an error makes the data invalid, a warning and an info do not. */
export type Severity = "error" | "warning" | "info";

/** A language the standard speaks. Codes are never translated; messages are. */
export type Language = "nl" | "en";

/** Text in Dutch and English. */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** Where in the source a finding is: the file, and a line (JSON, NDJSON) or a row and column heading (CSV, XLSX). */
export interface SourceLocation {
  /** The file name as the user gave it. */
  readonly file: string;
  /** 1-based line in a JSON or NDJSON file. */
  readonly line?: number;
  /** 1-based column in a JSON text line or a CSV file, counted in characters (code points), not UTF-16 units. */
  readonly column?: number;
  /** 1-based row in a CSV file or an XLSX sheet, the heading row being row 1. */
  readonly row?: number;
  /** The column heading in a CSV file or an XLSX sheet: as written, or for a missing column the heading a template gives it. */
  readonly heading?: string;
  /** The sheet of an XLSX workbook. */
  readonly sheet?: string;
}

/**
 * One thing a validator found. `code` is stable and never translated; the message is rendered in the report's
 * language from the code's template and `args` when the report is written.
 */
export interface Finding {
  /** The stable code, such as "duplicate-id" or "json-syntax". */
  readonly code: string;
  readonly severity: Severity;
  /** JSON Pointer into the dataset the file holds or converts to (into the line's record for NDJSON); "" for the file itself. */
  readonly pointer: string;
  /** The entity of the record, when known (PascalCase, "Procurement"). */
  readonly entity?: string;
  readonly location: SourceLocation;
  /** A short, sanitised excerpt of the offending value. */
  readonly excerpt?: string;
  /** The values the message template uses, such as the missing property or the successor's name. */
  readonly args: Readonly<Record<string, string | number>>;
}
