import type { ValidationSessionOptions, ValidationThreads } from "@mra-circulair/engine";
import { nodeThreads } from "@mra-circulair/engine/node";
import { createReport } from "@mra-circulair/report";
import { CliError } from "../errors.ts";

/** The flags that bound a validation run, shared by validate and convert. */
export interface LimitFlags {
  readonly maxErrors?: string;
  readonly maxDepth?: string;
  readonly maxRecordBytes?: string;
}

/** A whole number of 0 or more from an option's text, or a usage error naming the option. */
export function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError("E_USAGE", "usage.count", { option, value });
  return Number(value);
}

/**
 * The threads to validate NDJSON on: `--jobs` of them, the main thread and jobs - 1 workers. One by default:
 * each worker holds its own compiled schemas and heap (some 50 to 100 MB), and on two cores the threads
 * gained little over the main thread alone (see bench/README.md).
 */
export function validationThreads(jobs: string | undefined): ValidationThreads | undefined {
  if (jobs === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(jobs)) throw new CliError("E_USAGE", "usage.jobs", { value: jobs });
  return jobs === "1" ? undefined : nodeThreads(Number(jobs) - 1);
}

/** The session options the flags ask for: how many findings to print, and the reading limits. */
export function sessionOptions(flags: LimitFlags): ValidationSessionOptions {
  const maxErrors = wholeNumber("--max-errors", flags.maxErrors);
  const maxDepth = wholeNumber("--max-depth", flags.maxDepth);
  const maxRecordBytes = wholeNumber("--max-record-bytes", flags.maxRecordBytes);
  return {
    report: createReport(maxErrors === undefined ? {} : { maxErrors }),
    ...(maxDepth === undefined ? {} : { maxDepth }),
    ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
  };
}
