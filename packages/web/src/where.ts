import type { Language, SourceLocation } from "@mra-circulair/report";
import { text } from "./messages.ts";

/**
 * Where in the file a finding is, in words: "regel 12, kolom 5" for JSON and NDJSON text, "blad ‘procurements’,
 * rij 4, kolom ‘Opdrachtgever’" for a table. The page checks one file, so its name is left out.
 */
export function whereText(location: SourceLocation, lang: Language): string {
  // line and row numbers as Excel and editors show them, without thousands separators
  const n = String;
  const { line, column, row, heading, sheet } = location;
  const parts: string[] = [];
  if (line !== undefined && row === undefined) {
    parts.push(text(lang, "where.line", { line: n(line) }));
    if (column !== undefined) parts.push(text(lang, "where.column", { column: n(column) }));
  } else {
    if (sheet !== undefined) parts.push(text(lang, "where.sheet", { sheet }));
    if (row !== undefined) parts.push(text(lang, "where.row", { row: n(row) }));
    if (heading !== undefined) parts.push(text(lang, "where.heading", { heading }));
    else if (column !== undefined) parts.push(text(lang, "where.column", { column: n(column) }));
  }
  return parts.length === 0 ? text(lang, "where.file") : parts.join(", ");
}
