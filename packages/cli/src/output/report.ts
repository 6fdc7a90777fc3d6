import { registry } from "@mra-circulair/engine";
import { type ReportResult, writeJson, writeJunit, writeSarif, writeText } from "@mra-circulair/report";
import type { Context } from "../context.ts";
import { CliError } from "../errors.ts";

/** The forms a report can be printed in. */
export const REPORT_FORMATS = ["text", "json", "junit", "sarif"] as const;

/** A form of report: text for people, JSON, JUnit XML or SARIF 2.1.0 for machines. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Reads --format; text by default. */
export function reportFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return "text";
  const format = REPORT_FORMATS.find((known) => known === value.toLowerCase());
  if (format === undefined) {
    throw new CliError("E_USAGE", "usage.choice", { option: "--format", choices: REPORT_FORMATS.join(", "), value });
  }
  return format;
}

/** The report in the chosen form and the user's language; text is coloured only when stdout is a terminal. */
export function renderReport(result: ReportResult, format: ReportFormat, ctx: Context): string {
  switch (format) {
    case "text":
      return writeText(result, registry, ctx.lang, { color: ctx.color.isColorSupported });
    case "json":
      return writeJson(result, registry, ctx.lang);
    case "junit":
      return writeJunit(result, registry, ctx.lang);
    case "sarif":
      return writeSarif(result, registry, ctx.lang);
  }
}
