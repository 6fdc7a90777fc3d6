import type { Finding, Severity } from "./finding.ts";

/** The formats the readers read. */
export type SourceFormat = "json" | "ndjson" | "csv" | "xlsx";

/** How many findings of one code and severity there are. */
export interface CodeCount {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

/** A code's count over all files, with its first findings as examples for the grouped view. */
export interface CodeSummary extends CodeCount {
  readonly examples: readonly Finding[];
}

/** Findings per severity. */
export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What one file held and what was found in it. */
export interface FileSummary extends SeverityCounts {
  readonly file: string;
  readonly format?: SourceFormat;
  /** Records read per entity, such as { Procurement: 12 }. */
  readonly records: Readonly<Record<string, number>>;
  /** No error in this file. */
  readonly valid: boolean;
  readonly byCode: readonly CodeCount[];
}

/** The outcome of a run: every finding counted, the first ones kept for output. */
export interface ReportResult {
  /** No error in any file; warnings and notices are allowed. */
  readonly valid: boolean;
  readonly totals: SeverityCounts & { readonly records: number };
  /** Per code and severity: errors first, then warnings, then notices; most frequent first. */
  readonly byCode: readonly CodeSummary[];
  /** In the order the files were added or first had a finding. */
  readonly files: readonly FileSummary[];
  /** The findings kept for output, in input order. */
  readonly findings: readonly Finding[];
  /** Some findings were counted but not kept. */
  readonly truncated: boolean;
}
