import { counted, phrase } from "./catalogue.ts";
import type { Finding, Language } from "./finding.ts";
import { findingText } from "./finding-text.ts";
import type { Registry } from "./registry.ts";
import type { CodeCount, FileSummary, ReportResult } from "./report-result.ts";
import { sanitize } from "./sanitize.ts";
import { escapeXml } from "./xml.ts";

const attributes = (values: Readonly<Record<string, string | number>>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");

const keyOf = (file: string, { code, severity }: Pick<Finding, "code" | "severity">) => `${file}\n${severity} ${code}`;

/** The kept findings per file, code and severity, so each test case finds its own in one lookup. */
function group(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = keyOf(finding.location.file, finding);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

function testCase(file: FileSummary, code: CodeCount, shown: readonly Finding[], registry: Registry, lang: Language) {
  const lines = shown.map((finding) => {
    const { where, pointer, message } = findingText(finding, registry, lang);
    return [where, pointer, message].filter((part) => part !== "").join("  ");
  });
  if (code.count > shown.length) lines.push(phrase(lang, "more", { count: code.count - shown.length }));
  const title = registry.get(code.code)?.title[lang];
  const name = title === undefined ? code.code : `${code.code}: ${title}`;
  const open = `    <testcase${attributes({ classname: sanitize(file.file), name })}>`;
  const body = escapeXml(lines.join("\n"));
  // JUnit has no warnings: a warning or a notice passes and speaks through system-out
  const inner =
    code.severity === "error"
      ? `      <failure${attributes({ type: code.code, message: counted(lang, "finding", code.count) })}>${body}</failure>`
      : `      <system-out>${escapeXml(`${phrase(lang, `severity.${code.severity}`)}: ${counted(lang, "finding", code.count)}`)}\n${body}</system-out>`;
  return [open, inner, "    </testcase>"];
}

/** The report as JUnit XML: a test suite per file, a test case per code found in it (a passing one when none). */
export function writeJunit(result: ReportResult, registry: Registry, lang: Language): string {
  const groups = group(result.findings);
  const failures = (file: FileSummary) => file.byCode.filter((code) => code.severity === "error").length;
  const tests = (file: FileSummary) => Math.max(1, file.byCode.length);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({
      name: "mra-circulair",
      tests: result.files.reduce((sum, file) => sum + tests(file), 0),
      failures: result.files.reduce((sum, file) => sum + failures(file), 0),
      errors: 0,
    })}>`,
  ];
  for (const file of result.files) {
    lines.push(
      `  <testsuite${attributes({ name: sanitize(file.file), tests: tests(file), failures: failures(file), errors: 0, skipped: 0 })}>`,
    );
    if (file.byCode.length === 0) {
      lines.push(
        `    <testcase${attributes({ classname: sanitize(file.file), name: phrase(lang, "verdict.valid") })}/>`,
      );
    }
    for (const code of file.byCode) {
      lines.push(...testCase(file, code, groups.get(keyOf(file.file, code)) ?? [], registry, lang));
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}
