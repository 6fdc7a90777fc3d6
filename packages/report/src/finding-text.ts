import { phrase } from "./catalogue.ts";
import type { Finding, Language, SourceLocation } from "./finding.ts";
import type { Registry } from "./registry.ts";
import { renderMessage } from "./render-message.ts";
import { ECHO_MAX, sanitize } from "./sanitize.ts";

/** The parts of a finding as a person reads it, each safe to print. */
export interface FindingText {
  /** "data.json:12:5", or "data.csv rij 4 "Naam"" for a row. */
  readonly where: string;
  readonly pointer: string;
  /** The message, followed by the excerpt when there is one. */
  readonly message: string;
}

const quoted = (text: string) => JSON.stringify(sanitize(text, ECHO_MAX));

/** A location as "file:line:column" for text, or "file sheet row heading" for a table. */
export function describeLocation(location: SourceLocation, lang: Language): string {
  const file = sanitize(location.file, ECHO_MAX);
  const { line, column, row, heading, sheet } = location;
  if (line !== undefined) return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  const parts = [file];
  if (sheet !== undefined) parts.push(phrase(lang, "location.sheet", { sheet: quoted(sheet) }));
  if (row !== undefined) parts.push(phrase(lang, "location.row", { row }));
  if (heading !== undefined) parts.push(quoted(heading));
  else if (column !== undefined) parts.push(phrase(lang, "location.column", { column }));
  return parts.join(" ");
}

/** A finding in words, for the terminal and CI logs. */
export function findingText(finding: Finding, registry: Registry, lang: Language): FindingText {
  const message = renderMessage(finding, registry, lang);
  const shown = finding.excerpt === undefined ? "" : sanitize(finding.excerpt, ECHO_MAX);
  return {
    where: describeLocation(finding.location, lang),
    pointer: sanitize(finding.pointer, ECHO_MAX),
    message: shown === "" ? message : `${message} (${phrase(lang, "found", { excerpt: shown })})`,
  };
}
