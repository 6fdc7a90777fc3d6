import type { Finding, Language, SourceLocation } from "./finding.ts";
import type { Registry } from "./registry.ts";
import { renderMessage } from "./render-message.ts";
import type { ReportResult } from "./report-result.ts";
import { ECHO_MAX, sanitize } from "./sanitize.ts";

/** The version of the JSON report's shape, described by report.schema.json. */
export const REPORT_VERSION = "1.0";

// a fresh object with the known fields only, in a stable order
const location = ({ file, line, column, row, heading, sheet }: SourceLocation) => ({
  file,
  ...(line === undefined ? {} : { line }),
  ...(column === undefined ? {} : { column }),
  ...(row === undefined ? {} : { row }),
  ...(heading === undefined ? {} : { heading }),
  ...(sheet === undefined ? {} : { sheet }),
});

const finding = (item: Finding, registry: Registry, lang: Language) => ({
  code: item.code,
  severity: item.severity,
  pointer: item.pointer,
  ...(item.entity === undefined ? {} : { entity: item.entity }),
  location: location(item.location),
  ...(item.excerpt === undefined ? {} : { excerpt: sanitize(item.excerpt, ECHO_MAX) }),
  message: renderMessage(item, registry, lang),
});

/** The report as JSON in the shape of report.schema.json, with titles and messages in `lang`. */
export function writeJson(result: ReportResult, registry: Registry, lang: Language): string {
  const byFile = new Map(result.files.map((file) => [file.file, [] as ReturnType<typeof finding>[]]));
  for (const item of result.findings) byFile.get(item.location.file)?.push(finding(item, registry, lang));
  const report = {
    version: REPORT_VERSION,
    language: lang,
    valid: result.valid,
    totals: result.totals,
    byCode: result.byCode.map(({ code, severity, count }) => ({
      code,
      severity,
      title: registry.get(code)?.title[lang] ?? code,
      count,
    })),
    files: result.files.map((file) => ({
      file: file.file,
      ...(file.format === undefined ? {} : { format: file.format }),
      records: file.records,
      errors: file.errors,
      warnings: file.warnings,
      infos: file.infos,
      valid: file.valid,
      findings: byFile.get(file.file) ?? [],
    })),
    truncated: result.truncated,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
