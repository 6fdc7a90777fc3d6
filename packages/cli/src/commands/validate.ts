import { type EntityName, validate } from "@mra-circulair/schema";
import type { Dataset } from "@mra-circulair/types";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError, type ErrorCode, EXIT } from "../errors.ts";
import { examples } from "../help.ts";
import { plural } from "../messages/index.ts";
import { describeError } from "../validate/error-message.ts";
import { excerpt } from "../validate/excerpt.ts";
import { valueAt } from "../validate/pointer.ts";
import { readJsonFile } from "../validate/read-document.ts";
import { type DatasetSummary, renderSummary, summarise } from "../validate/summary.ts";

const FORMATS = ["text", "json"] as const;

interface ValidateFlags {
  entity?: string;
  summary?: boolean;
  format?: string;
  maxErrors?: string;
}

interface ReportedError {
  pointer: string;
  keyword: string;
  message: string;
  excerpt?: string;
}

/** The verdict on one file, as --format json prints it. */
interface FileReport {
  file: string;
  entity: EntityName | null;
  valid: boolean;
  /** All errors, also those --max-errors leaves out of `errors`. */
  errorCount: number;
  errors: ReportedError[];
  /** Why the file was not checked: unreadable, not JSON, or of unknown entity. */
  error?: { code: ErrorCode; message: string };
  summary?: DatasetSummary;
}

/** Accepts the schema's PascalCase name, and the kebab-case of its file name (purchase-package). */
function toEntityName(name: string): EntityName {
  const pascal = name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()) as EntityName;
  try {
    validate(pascal, null);
  } catch (error) {
    // validate throws a RangeError only for an entity it does not know
    if (error instanceof RangeError) throw new CliError("E_UNKNOWN_ENTITY", "unknown.entity", { entity: name });
    throw error;
  }
  return pascal;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseMaxErrors(value: string | undefined): number {
  if (value === undefined) return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value)) throw new CliError("E_USAGE", "usage.count", { option: "--max-errors", value });
  return Number(value);
}

interface CheckOptions {
  entity: EntityName | undefined;
  max: number;
  summary: boolean;
}

async function checkFile(file: string, options: CheckOptions, ctx: Context): Promise<FileReport> {
  const named = options.entity;
  let document: unknown;
  let entity: EntityName;
  try {
    document = await readJsonFile(file);
    // only the envelope can be recognised; any other entity must be named
    if (named === undefined && !(isObject(document) && isObject(document.meta))) {
      throw new CliError("E_ENTITY_REQUIRED", "entity.required", { file });
    }
    entity = named ?? "Dataset";
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {
      file,
      entity: named ?? null,
      valid: false,
      errorCount: 0,
      errors: [],
      error: { code: error.code, message: error.render(ctx.t) },
    };
  }
  const result = validate(entity, document);
  const errors = result.valid ? [] : result.errors;
  return {
    file,
    entity,
    valid: result.valid,
    errorCount: errors.length,
    errors: errors.slice(0, options.max).map((error) => {
      const shown = excerpt(valueAt(document, error.pointer));
      return {
        pointer: error.pointer,
        keyword: error.keyword,
        message: describeError(error, ctx.t),
        ...(shown === undefined ? {} : { excerpt: shown }),
      };
    }),
    ...(options.summary && result.valid && entity === "Dataset" ? { summary: summarise(document as Dataset) } : {}),
  };
}

function printText(report: FileReport, options: CheckOptions, ctx: Context): void {
  const { t, color } = ctx;
  const { file } = report;
  if (report.error) {
    ctx.err(`${color.red(t("error.label"))} [${report.error.code}]: ${report.error.message}`);
    return;
  }
  const entity = report.entity ?? "";
  if (report.valid) {
    ctx.out(color.green(t("validate.valid", { file, entity })));
    if (report.summary) for (const line of renderSummary(report.summary, file, ctx)) ctx.out(line);
    else if (options.summary) ctx.out(t("validate.summaryNotDataset", { file, entity }));
    return;
  }
  ctx.out(color.red(t("validate.invalid", { file, entity, errors: plural(t, "count.error", report.errorCount) })));
  for (const error of report.errors) {
    const pointer = error.pointer === "" ? t("validate.root") : error.pointer;
    const line = t("validate.error", { file, pointer, message: error.message });
    ctx.out(
      error.excerpt === undefined ? line : `${line} ${color.dim(t("validate.value", { excerpt: error.excerpt }))}`,
    );
  }
  const hidden = report.errorCount - report.errors.length;
  if (hidden > 0) ctx.out(t("validate.more", { file, count: hidden, max: options.max }));
}

function exitCodeOf(report: FileReport): number {
  if (report.error) return EXIT.usage;
  return report.valid ? EXIT.valid : EXIT.invalid;
}

async function validateFiles(files: string[], flags: ValidateFlags, ctx: Context): Promise<number> {
  const { t } = ctx;
  const format = flags.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError("E_USAGE", "usage.choice", { option: "--format", choices: FORMATS.join(", "), value: format });
  }
  const options: CheckOptions = {
    entity: flags.entity === undefined ? undefined : toEntityName(flags.entity),
    max: parseMaxErrors(flags.maxErrors),
    summary: flags.summary === true,
  };

  const reports: FileReport[] = [];
  for (const file of files) {
    const report = await checkFile(file, options, ctx);
    reports.push(report);
    if (format === "text") printText(report, options, ctx);
  }
  const valid = reports.filter((r) => r.valid).length;
  const unchecked = reports.filter((r) => r.error).length;
  if (format === "json") {
    ctx.io.stdout(`${JSON.stringify({ files: reports, valid: valid === reports.length }, null, 2)}\n`);
  } else {
    const errors = reports.reduce((sum, r) => sum + r.errorCount, 0);
    ctx.out(
      t("validate.totals", {
        files: plural(t, "count.file", reports.length),
        valid,
        invalid: reports.length - valid - unchecked,
        unchecked,
        errors: plural(t, "count.error", errors),
      }),
    );
  }
  return Math.max(...reports.map(exitCodeOf));
}

/** `mra-circulair validate`: checks JSON files against the schemas. */
export const validateCommand: CliCommand = {
  name: "validate",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("validate")
      .description(t("validate.description"))
      .argument("<files...>", t("validate.argument"))
      .option("--entity <name>", t("validate.option.entity"))
      .option("--summary", t("validate.option.summary"))
      .option("--format <format>", t("validate.option.format"))
      .option("--max-errors <n>", t("validate.option.maxErrors"))
      .addHelpText("after", examples(t, "validate.examples"))
      .action(async (files: string[], flags: ValidateFlags) => {
        ctx.exitCode = await validateFiles(files, flags, ctx);
      });
  },
};
