import type { CodeDefinition } from "./code-definition.ts";
import type { Finding, Language, Severity } from "./finding.ts";
import type { Registry } from "./registry.ts";
import { renderMessage } from "./render-message.ts";
import type { ReportResult } from "./report-result.ts";
import { ECHO_MAX, sanitize } from "./sanitize.ts";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * A file name as the URI reference SARIF asks for: slashes for backslashes, each segment percent-encoded,
 * and an absolute path as a file: URI.
 */
function fileUri(file: string): string {
  const path = sanitize(file).replaceAll("\\", "/");
  const drive = /^[A-Za-z]:\//.test(path);
  const encoded = path
    .split("/")
    .map((segment, i) => (drive && i === 0 ? segment : encodeURIComponent(segment)))
    .join("/");
  if (drive) return `file:///${encoded}`;
  return path.startsWith("/") ? `file://${encoded}` : encoded;
}

function rule(definition: CodeDefinition, lang: Language) {
  return {
    id: definition.code,
    shortDescription: { text: definition.title[lang] },
    help: { text: definition.docs[lang] },
    defaultConfiguration: { level: LEVEL[definition.severity] },
    properties: { layer: definition.layer },
  };
}

function result(finding: Finding, ruleIndex: number | undefined, registry: Registry, lang: Language) {
  const { file, line, column, row, heading, sheet } = finding.location;
  const region =
    line === undefined ? undefined : { startLine: line, ...(column === undefined ? {} : { startColumn: column }) };
  const properties = {
    pointer: finding.pointer,
    ...(finding.entity === undefined ? {} : { entity: finding.entity }),
    ...(finding.excerpt === undefined ? {} : { excerpt: sanitize(finding.excerpt, ECHO_MAX) }),
    // a table's row and heading have no place in a text region
    ...(row === undefined ? {} : { row }),
    ...(heading === undefined ? {} : { heading: sanitize(heading, ECHO_MAX) }),
    ...(sheet === undefined ? {} : { sheet: sanitize(sheet, ECHO_MAX) }),
  };
  return {
    ruleId: finding.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[finding.severity],
    message: { text: renderMessage(finding, registry, lang) },
    locations: [
      { physicalLocation: { artifactLocation: { uri: fileUri(file) }, ...(region === undefined ? {} : { region }) } },
    ],
    properties,
  };
}

/** The report as SARIF 2.1.0: the registry's codes as rules, the kept findings as results, in `lang`. */
export function writeSarif(report: ReportResult, registry: Registry, lang: Language): string {
  const definitions = registry.all();
  const indexOf = new Map(definitions.map((definition, i) => [definition.code, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "mra-circulair", rules: definitions.map((definition) => rule(definition, lang)) } },
        language: lang,
        // the readers count columns in characters, not UTF-16 units
        columnKind: "unicodeCodePoints",
        results: report.findings.map((finding) => result(finding, indexOf.get(finding.code), registry, lang)),
        properties: { valid: report.valid, truncated: report.truncated, totals: report.totals },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
