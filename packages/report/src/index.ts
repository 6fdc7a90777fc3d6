export { checkCodeDefinitions } from "./check-code-definitions.ts";
export type { CodeDefinition, MessageArgs } from "./code-definition.ts";
export { type CodeHandle, defineCode, type FindingSite } from "./define-code.ts";
export { excerpt } from "./excerpt.ts";
export type { Bilingual, Finding, Language, Severity, SourceLocation } from "./finding.ts";
export { escapeHtml } from "./html.ts";
export { appendPointer, escapeToken, formatPointer, parsePointer, valueAt } from "./json-pointer.ts";
export { REPORT_VERSION, writeJson } from "./json-writer.ts";
export { writeJunit } from "./junit-writer.ts";
export type { Placeholders } from "./placeholders.ts";
export { createRegistry, type Registry } from "./registry.ts";
export { renderMessage } from "./render-message.ts";
export { createReport, type Report, type ReportOptions } from "./report.ts";
export type {
  CodeCount,
  CodeSummary,
  FileSummary,
  ReportResult,
  SeverityCounts,
  SourceFormat,
} from "./report-result.ts";
export { ECHO_MAX, sanitize } from "./sanitize.ts";
export { writeSarif } from "./sarif-writer.ts";
export { type TextOptions, writeText } from "./text-writer.ts";
