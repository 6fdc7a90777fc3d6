import type { ValidationSessionOptions } from "@mra-circulair/engine";
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
