import { availableParallelism } from "node:os";
import type { ValidationSessionOptions, ValidationThreads } from "@mra-circulair/engine";
import { nodeThreads } from "@mra-circulair/engine/node";
import { createReport } from "@mra-circulair/report";
import { CliError } from "../errors.ts";
import type { InputFile } from "./inputs.ts";

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

// threads pay off from a few megabytes on: below, starting them takes longer than the validation
const THREADS_FROM_BYTES = 4 * 1024 * 1024;
// the main thread reads and merges besides: more threads than two rarely help it keep up
const DEFAULT_MAX_JOBS = 2;

/**
 * The threads to validate NDJSON on: `--jobs` of them, 1 meaning none besides the main thread; without the
 * flag, as many as there are cores, at most two, when an NDJSON input is large enough to gain from them.
 */
export function validationThreads(
  jobs: string | undefined,
  inputs: readonly InputFile[],
): ValidationThreads | undefined {
  if (jobs !== undefined && !/^[1-9]\d*$/.test(jobs)) throw new CliError("E_USAGE", "usage.jobs", { value: jobs });
  const large = inputs.some((input) => input.format === "ndjson" && input.size >= THREADS_FROM_BYTES);
  const count = jobs === undefined ? (large ? Math.min(DEFAULT_MAX_JOBS, availableParallelism()) : 1) : Number(jobs);
  return count > 1 ? nodeThreads(count) : undefined;
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
