import { registry } from "@mra-circulair/engine";
import {
  type Bilingual,
  ECHO_MAX,
  type Finding,
  type ReportResult,
  renderMessage,
  type Severity,
  type SourceLocation,
  sanitize,
  writeJson,
} from "@mra-circulair/report";

/** One finding as the page shows it: where, and the message in both languages, all safe to show as text. */
export interface FindingView {
  readonly location: SourceLocation;
  readonly pointer: string;
  readonly message: Bilingual;
  readonly excerpt?: string;
}

/** The findings of one code: how many, and the first ones. */
export interface CodeGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
  readonly title: Bilingual;
  readonly examples: readonly FindingView[];
}

/** What a file held. */
export interface FileView {
  readonly file: string;
  readonly records: Readonly<Record<string, number>>;
}

/** The report as the page renders it, grouped by code as the CLI prints it, in both languages. */
export interface ReportView {
  readonly valid: boolean;
  readonly totals: ReportResult["totals"];
  readonly groups: readonly CodeGroup[];
  readonly files: readonly FileView[];
  /** How many findings the report kept, and whether it counted more than that. */
  readonly kept: number;
  readonly truncated: boolean;
  /** The report in JSON, as `mra-circulair validate --format json` writes it, in each language. */
  readonly json: Bilingual;
}

const shown = (text: string) => sanitize(text, ECHO_MAX);

const cleanLocation = (location: SourceLocation): SourceLocation => ({
  ...location,
  file: shown(location.file),
  ...(location.heading === undefined ? {} : { heading: shown(location.heading) }),
  ...(location.sheet === undefined ? {} : { sheet: shown(location.sheet) }),
});

function findingView(finding: Finding): FindingView {
  return {
    location: cleanLocation(finding.location),
    pointer: shown(finding.pointer),
    message: { nl: renderMessage(finding, registry, "nl"), en: renderMessage(finding, registry, "en") },
    ...(finding.excerpt === undefined ? {} : { excerpt: shown(finding.excerpt) }),
  };
}

/**
 * The page's view of a report: per code (errors first, most frequent first) its count, title and first findings
 * with their messages in Dutch and English, so the page can switch language without validating again.
 */
export function reportView(result: ReportResult): ReportView {
  return {
    valid: result.valid,
    totals: result.totals,
    groups: result.byCode.map((group) => ({
      code: group.code,
      severity: group.severity,
      count: group.count,
      title: registry.get(group.code)?.title ?? { nl: group.code, en: group.code },
      examples: group.examples.map(findingView),
    })),
    files: result.files.map(({ file, records }) => ({ file: shown(file), records: { ...records } })),
    kept: result.findings.length,
    truncated: result.truncated,
    json: { nl: writeJson(result, registry, "nl"), en: writeJson(result, registry, "en") },
  };
}
