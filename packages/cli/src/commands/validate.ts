import { createValidationSession, ValidationThreadError } from "@mra-circulair/engine";
import type { ReportResult } from "@mra-circulair/report";
import type { Dataset } from "@mra-circulair/types";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError, EXIT } from "../errors.ts";
import { examples } from "../help.ts";
import { type CsvFlags, csvReadOptions } from "../input/csv-options.ts";
import { addInputOptions } from "../input/input-options.ts";
import { type InputFile, type InputFlags, noteDetected, resolveInputs } from "../input/inputs.ts";
import { fileBytes } from "../input/read-file.ts";
import { inReadingOrder } from "../input/reading-order.ts";
import { type LimitFlags, sessionOptions, validationThreads } from "../input/session-options.ts";
import { validateInput } from "../input/validate-input.ts";
import { renderReport, reportFormat } from "../output/report.ts";
import { printCliError } from "../print-error.ts";
import { progressOptions } from "../progress/progress.ts";
import { renderSummary, summarise } from "../validate/summary.ts";

interface ValidateFlags extends InputFlags, CsvFlags, LimitFlags {
  summary?: boolean;
  format?: string;
  jobs?: string;
}

/** The text of a file that passed validation, read again for the summary: a dataset document, so not huge. */
async function readText(path: string): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  for await (const chunk of fileBytes(path)) parts.push(decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join("");
}

async function printSummaries(inputs: readonly InputFile[], result: ReportResult, ctx: Context): Promise<void> {
  for (const input of inputs) {
    if (input.format !== "json" || input.entity !== undefined) {
      ctx.out(ctx.t("validate.summaryNotDataset", { file: input.path }));
      continue;
    }
    if (result.files.find((file) => file.file === input.path)?.valid !== true) continue;
    // valid against dataset.schema.json, so it is a Dataset
    const dataset = JSON.parse(await readText(input.path)) as Dataset;
    ctx.out("");
    for (const line of renderSummary(summarise(dataset), input.path, ctx)) ctx.out(line);
  }
}

async function validateFiles(files: string[], flags: ValidateFlags, ctx: Context): Promise<number> {
  const format = reportFormat(flags.format);
  if (flags.summary === true && format !== "text") throw new CliError("E_USAGE", "validate.summaryFormat");
  const limits = sessionOptions(flags);
  const tabular = csvReadOptions(flags);
  const { inputs, errors } = await resolveInputs(files, flags);
  if (errors.length > 0) {
    for (const error of errors) printCliError(ctx, error);
    return EXIT.usage;
  }
  noteDetected(inputs, ctx);
  const threads = validationThreads(flags.jobs);
  // one session for all files, so that a reference in one file may point to a record in another
  const session = createValidationSession(threads === undefined ? limits : { ...limits, threads });
  const progress = progressOptions(ctx);
  try {
    for (const input of inReadingOrder(inputs)) await validateInput(session, input, progress, tabular);
  } catch (error) {
    if (error instanceof ValidationThreadError)
      throw new CliError("E_INTERNAL", "validate.threadFailed", { reason: error.reason });
    throw error;
  }
  const result = session.finish();
  ctx.io.stdout(renderReport(result, format, ctx));
  if (flags.summary === true) await printSummaries(inputs, result, ctx);
  return result.valid ? EXIT.valid : EXIT.invalid;
}

/** `mra-circulair validate`: checks exchange files against the schemas and the rules, as one dataset. */
export const validateCommand: CliCommand = {
  name: "validate",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    addInputOptions(
      program.command("validate").description(t("validate.description")).argument("<files...>", t("validate.argument")),
      t,
    )
      .option("--format <format>", t("validate.option.format"))
      .option("--max-errors <n>", t("validate.option.maxErrors"))
      .option("--summary", t("validate.option.summary"))
      .option("--jobs <n>", t("validate.option.jobs"))
      .addHelpText("after", examples(t, "validate.examples"))
      .action(async (files: string[], flags: ValidateFlags) => {
        ctx.exitCode = await validateFiles(files, flags, ctx);
      });
  },
};
