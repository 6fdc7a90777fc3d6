import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createValidationSession, type ValidationSessionOptions } from "@mra-circulair/engine";
import {
  type CircularityRule,
  type ComputeOptions,
  createIndicatorAccumulator,
  type Geography,
  type IndicatorResults,
  parseCircularityRule,
} from "@mra-circulair/indicators";
import { entityNamed } from "@mra-circulair/io";
import { sanitize } from "@mra-circulair/report";
import type { Dataset, Procurement } from "@mra-circulair/types";
import type { Command } from "commander";
import type { CliCommand, Context, Sink } from "../context.ts";
import { CliError, EXIT } from "../errors.ts";
import { examples } from "../help.ts";
import { type CsvFlags, type CsvReadOptions, csvReadOptions } from "../input/csv-options.ts";
import { addInputOptions } from "../input/input-options.ts";
import { type InputFile, type InputFlags, noteDetected, resolveInputs } from "../input/inputs.ts";
import { readError } from "../input/read-file.ts";
import { readRecords } from "../input/read-records.ts";
import { inReadingOrder } from "../input/reading-order.ts";
import { type LimitFlags, sessionOptions } from "../input/session-options.ts";
import { validateInput } from "../input/validate-input.ts";
import { type Lang, plural } from "../messages/index.ts";
import { DatasetLists } from "../output/dataset-writers.ts";
import { renderReport } from "../output/report.ts";
import { LineWriter, withOutput } from "../output/sink.ts";
import { printCliError } from "../print-error.ts";
import { progressOptions } from "../progress/progress.ts";

/** The forms the report is written in: the HTML report, or its results as data. */
const REPORT_FORMATS = ["html", "json", "csv", "md"] as const;

type ReportFormat = (typeof REPORT_FORMATS)[number];

const GEOGRAPHIES: readonly Geography[] = ["as-is", "as-was"];

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  html: "html",
  htm: "html",
  json: "json",
  csv: "csv",
  md: "md",
  markdown: "md",
};

interface ReportFlags extends InputFlags, CsvFlags, LimitFlags {
  out?: string;
  format?: string;
  geography?: string;
  rule?: string;
}

function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  const chosen = choices.find((known) => known === value.toLowerCase());
  if (chosen === undefined) {
    throw new CliError("E_USAGE", "usage.choice", { option, choices: choices.join(", "), value });
  }
  return chosen;
}

/** --format, else the extension of --out, else HTML. */
function reportFormat(flags: ReportFlags): ReportFormat {
  if (flags.format !== undefined) return choice("--format", flags.format, REPORT_FORMATS);
  const extension = /\.([a-z]+)$/i.exec(flags.out ?? "")?.[1]?.toLowerCase() ?? "";
  return EXTENSIONS[extension] ?? "html";
}

/** The counting rule of --rule, or a usage error listing every problem in the file, each with its place. */
async function readRule(path: string, ctx: Context): Promise<CircularityRule> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw readError(path, error);
  }
  const parsed = parseCircularityRule(text);
  if (parsed.ok) return parsed.rule;
  for (const problem of parsed.errors) {
    const at = problem.location === undefined ? "" : `:${problem.location.line}:${problem.location.column}`;
    const pointer = problem.pointer === "" ? "" : ` ${problem.pointer}`;
    // the text comes from the rule file, so it is sanitised like every message that quotes input
    ctx.err(sanitize(`${path}${at}${pointer}: ${problem.message[ctx.lang]} [${problem.code}]`));
  }
  const problems = plural(ctx.t, "count.problem", parsed.errors.length);
  throw new CliError("E_USAGE", "report.ruleInvalid", { file: path, problems });
}

/**
 * Validates every input as one dataset; the findings go to stderr, since the report may go to stdout. Keeps what
 * the indicators need besides the procurements, the context: every other record of the dataset, a small part of it.
 */
async function validate(
  inputs: readonly InputFile[],
  limits: ValidationSessionOptions,
  tabular: CsvReadOptions,
  ctx: Context,
): Promise<Partial<Dataset>> {
  const session = createValidationSession(limits);
  const progress = progressOptions(ctx);
  const context = new DatasetLists();
  const keep = (entity: string, value: unknown) => {
    // a record of an entity without a list in a dataset (a lone Target) has no place in one
    if (entity !== "Procurement" && entityNamed(entity)?.datasetKey !== undefined) context.add({ entity, value });
  };
  for (const input of inReadingOrder(inputs)) await validateInput(session, input, progress, tabular, keep);
  const result = session.finish();
  const { errors, warnings, infos } = result.totals;
  if (errors + warnings + infos > 0) ctx.io.stderr(renderReport(result, "text", ctx));
  if (!result.valid) {
    throw new CliError("E_INVALID_INPUT", "report.invalid", { errors: plural(ctx.t, "count.error", errors) });
  }
  return Object.fromEntries(context.entries()) as Partial<Dataset>;
}

/**
 * Computes the indicators of valid inputs: the context came with the validation, the procurements are read again
 * one by one, so that a million of them are never all in memory at once. Tables of other entities are not read again.
 */
async function compute(
  inputs: readonly InputFile[],
  dataset: Partial<Dataset>,
  tabular: CsvReadOptions,
  options: ComputeOptions,
  ctx: Context,
): Promise<IndicatorResults> {
  if (dataset.meta === undefined) throw new CliError("E_INVALID_INPUT", "report.noMeta");
  // validated against the schemas, with the metadata present: a Dataset without its procurements
  const accumulator = createIndicatorAccumulator(dataset as Dataset, options);
  const progress = progressOptions(ctx);
  for (const input of inputs) {
    if (input.entity !== undefined && input.entity.entity !== "Procurement") continue;
    for await (const record of readRecords(input, progress, tabular)) {
      if (record.entity === "Procurement") accumulator.add(record.value as Procurement);
    }
  }
  return accumulator.results();
}

/** When the report was made: now, or SOURCE_DATE_EPOCH (seconds), so that a build can make the same bytes again. */
function generatedAt(ctx: Context): Date {
  const epoch = (ctx.io.env ?? process.env).SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** The report in pieces: JSON one list item at a time, since it can be longer than one string may be. */
async function render(
  results: IndicatorResults,
  format: ReportFormat,
  lang: Lang,
  ctx: Context,
): Promise<Iterable<string>> {
  // loaded only here: the charting library costs every other command about 45 MB and startup time
  const { renderReportHtml, resultsToCsv, resultsToJsonChunks, resultsToMarkdown } = await import(
    "@mra-circulair/dashboard"
  );
  switch (format) {
    case "html":
      return [renderReportHtml(results, { lang, generatedAt: generatedAt(ctx) })];
    case "json":
      return resultsToJsonChunks(results);
    case "csv":
      return [resultsToCsv(results, { lang })];
    case "md":
      return [resultsToMarkdown(results, { lang, generatedAt: generatedAt(ctx) })];
  }
}

async function write(chunks: Iterable<string>, sink: Sink): Promise<void> {
  const out = new LineWriter(sink);
  for (const chunk of chunks) await out.write(chunk);
  await out.flush();
}

async function report(files: string[], flags: ReportFlags, ctx: Context): Promise<number> {
  const format = reportFormat(flags);
  const geography = flags.geography === undefined ? undefined : choice("--geography", flags.geography, GEOGRAPHIES);
  const tabular = csvReadOptions(flags);
  const limits = sessionOptions(flags);
  const { out } = flags;
  if (out !== undefined && files.some((file) => resolve(file) === resolve(out))) {
    throw new CliError("E_USAGE", "convert.sameFile", { file: out });
  }
  const rule = flags.rule === undefined ? undefined : await readRule(flags.rule, ctx);
  const { inputs, errors } = await resolveInputs(files, flags);
  if (errors.length > 0) {
    for (const error of errors) printCliError(ctx, error);
    return EXIT.usage;
  }
  noteDetected(inputs, ctx);
  const context = await validate(inputs, limits, tabular, ctx);
  const options: ComputeOptions = {
    ...(rule === undefined ? {} : { rule }),
    ...(geography === undefined ? {} : { geography }),
  };
  const results = await compute(inputs, context, tabular, options, ctx);
  const chunks = await render(results, format, ctx.lang, ctx);
  await withOutput(out, ctx.io, (sink) => write(chunks, sink));
  if (out !== undefined) ctx.err(ctx.t("report.written", { file: out, format }));
  return EXIT.valid;
}

/** `mra-circulair report`: the progress report of a dataset, as HTML with charts or as data. */
export const reportCommand: CliCommand = {
  name: "report",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    addInputOptions(
      program
        .command("report")
        .description(t("report.description"))
        .argument("<dataset...>", t("report.argument"))
        .option("--out <path>", t("report.option.out"))
        .option("--format <format>", t("report.option.format"))
        .option("--geography <geography>", t("report.option.geography"))
        .option("--rule <file>", t("report.option.rule")),
      t,
    )
      .option("--max-errors <n>", t("validate.option.maxErrors"))
      .addHelpText("after", examples(t, "report.examples"))
      .action(async (files: string[], flags: ReportFlags) => {
        ctx.exitCode = await report(files, flags, ctx);
      });
  },
};
