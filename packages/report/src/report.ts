import type { Finding, Severity } from "./finding.ts";
import type { CodeCount, FileSummary, ReportResult, SourceFormat } from "./report-result.ts";

/** How much of a run a report keeps; whatever it drops is still counted. */
export interface ReportOptions {
  /** Findings kept for output, the first ones in input order, of any severity (`--max-errors`). Default 1000. */
  readonly maxErrors?: number;
  /** Findings kept per code as examples for the grouped view, within `maxErrors` in all. Default 5. */
  readonly maxExamplesPerCode?: number;
}

/** Collects the findings and records of a run, in memory bounded by its options whatever the run's size. */
export interface Report {
  add(finding: Finding): void;
  /** Registers a file, so that a file without findings is reported too, with its format when known. */
  addFile(file: string, format?: SourceFormat): void;
  /** Counts records read from a file, per entity. */
  addRecords(file: string, entity: string, count?: number): void;
  /** A snapshot of the run so far. */
  result(): ReportResult;
}

interface Tally {
  readonly code: string;
  readonly severity: Severity;
  count: number;
}

interface CodeTally extends Tally {
  readonly examples: Finding[];
}

interface FileTally {
  format?: SourceFormat;
  readonly records: Map<string, number>;
  readonly bySeverity: Record<Severity, number>;
  readonly byCode: Map<string, Tally>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const byImportance = (a: CodeCount, b: CodeCount) =>
  RANK[a.severity] - RANK[b.severity] || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

// a code's severity can differ between findings (a configured override), so both form the key
const keyOf = ({ code, severity }: Finding) => `${severity} ${code}`;

function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 0)) return value;
  throw new RangeError(`${name} must be a whole number of 0 or more, or Infinity; got ${value}`);
}

function summarise(file: string, tally: FileTally): FileSummary {
  const { error: errors, warning: warnings, info: infos } = tally.bySeverity;
  // no prototype, so that an entity named "__proto__" stays a plain count
  const records: Record<string, number> = Object.create(null);
  for (const [entity, count] of tally.records) records[entity] = count;
  return {
    file,
    ...(tally.format === undefined ? {} : { format: tally.format }),
    records,
    errors,
    warnings,
    infos,
    valid: errors === 0,
    byCode: Array.from(tally.byCode.values(), ({ code, severity, count }) => ({ code, severity, count })).sort(
      byImportance,
    ),
  };
}

/** A report that counts every finding and keeps the first ones, as its options say. */
export function createReport(options: ReportOptions = {}): Report {
  const maxErrors = limit("maxErrors", options.maxErrors, 1000);
  const maxExamples = limit("maxExamplesPerCode", options.maxExamplesPerCode, 5);
  const files = new Map<string, FileTally>();
  const codes = new Map<string, CodeTally>();
  const kept: Finding[] = [];
  let examplesKept = 0;
  let counted = 0;

  const fileTally = (file: string): FileTally => {
    let tally = files.get(file);
    if (!tally) {
      tally = { records: new Map(), bySeverity: { error: 0, warning: 0, info: 0 }, byCode: new Map() };
      files.set(file, tally);
    }
    return tally;
  };

  return {
    add(finding) {
      counted++;
      if (kept.length < maxErrors) kept.push(finding);
      const key = keyOf(finding);
      let code = codes.get(key);
      if (!code) {
        code = { code: finding.code, severity: finding.severity, count: 0, examples: [] };
        codes.set(key, code);
      }
      code.count++;
      if (code.examples.length < maxExamples && examplesKept < maxErrors) {
        code.examples.push(finding);
        examplesKept++;
      }
      const file = fileTally(finding.location.file);
      file.bySeverity[finding.severity]++;
      let inFile = file.byCode.get(key);
      if (!inFile) {
        inFile = { code: finding.code, severity: finding.severity, count: 0 };
        file.byCode.set(key, inFile);
      }
      inFile.count++;
    },
    addFile(file, format) {
      const tally = fileTally(file);
      if (format !== undefined) tally.format = format;
    },
    addRecords(file, entity, count = 1) {
      const { records } = fileTally(file);
      records.set(entity, (records.get(entity) ?? 0) + count);
    },
    result() {
      const summaries = Array.from(files, ([file, tally]) => summarise(file, tally));
      let records = 0;
      for (const { records: perEntity } of files.values()) for (const count of perEntity.values()) records += count;
      const totals = { errors: 0, warnings: 0, infos: 0, records };
      for (const summary of summaries) {
        totals.errors += summary.errors;
        totals.warnings += summary.warnings;
        totals.infos += summary.infos;
      }
      return {
        valid: totals.errors === 0,
        totals,
        byCode: Array.from(codes.values(), (tally) => ({ ...tally, examples: [...tally.examples] })).sort(byImportance),
        files: summaries,
        findings: [...kept],
        truncated: kept.length < counted,
      };
    },
  };
}
