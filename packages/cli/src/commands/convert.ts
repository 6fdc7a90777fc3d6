import { join, resolve } from "node:path";
import { createValidationSession, type ValidationSessionOptions } from "@mra-circulair/engine";
import { type CsvDelimiter, type HeadingForm, tabularEntity, writeCsv, writeXlsx } from "@mra-circulair/io";
import type { ReportResult } from "@mra-circulair/report";
import type { Command } from "commander";
import type { CliCommand, Context, Sink } from "../context.ts";
import { CliError, EXIT } from "../errors.ts";
import { examples } from "../help.ts";
import { type CsvFlags, type CsvReadOptions, csvDelimiter, csvReadOptions } from "../input/csv-options.ts";
import { tabularNames } from "../input/entities.ts";
import { addInputOptions } from "../input/input-options.ts";
import { type InputFile, type InputFlags, noteDetected, resolveInputs } from "../input/inputs.ts";
import { readRecords } from "../input/read-records.ts";
import { type LimitFlags, sessionOptions } from "../input/session-options.ts";
import { validateInput } from "../input/validate-input.ts";
import { plural } from "../messages/index.ts";
import { DatasetLists, type OutputRecord, writeJsonDataset, writeNdjsonLine } from "../output/dataset-writers.ts";
import { renderReport } from "../output/report.ts";
import { LineWriter, outputDirectory, withOutput } from "../output/sink.ts";
import { printCliError } from "../print-error.ts";
import { progressOptions } from "../progress/progress.ts";

/** The formats convert writes. */
export const OUTPUT_FORMATS = ["json", "ndjson", "csv", "xlsx"] as const;

type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const HEADINGS: readonly HeadingForm[] = ["path", "en", "nl"];

interface ConvertFlags extends InputFlags, CsvFlags, LimitFlags {
  to: string;
  out?: string;
  force?: boolean;
  outDelimiter?: string;
  headings?: string;
}

/** How tables are written: the delimiter of CSV, the form of the headings. */
interface TableOptions {
  readonly delimiter?: CsvDelimiter;
  readonly headings?: HeadingForm;
}

/** What a conversion wrote: a file (or standard output) with its records. */
interface Written {
  readonly file: string;
  readonly records: number;
}

function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  const chosen = choices.find((known) => known === value.toLowerCase());
  if (chosen === undefined)
    throw new CliError("E_USAGE", "usage.choice", { option, choices: choices.join(", "), value });
  return chosen;
}

function tableOptions(flags: ConvertFlags): TableOptions {
  const delimiter = csvDelimiter("--out-delimiter", flags.outDelimiter);
  const headings = flags.headings === undefined ? undefined : choice("--headings", flags.headings, HEADINGS);
  return { ...(delimiter === undefined ? {} : { delimiter }), ...(headings === undefined ? {} : { headings }) };
}

/** The entity of a table, as the writers name it; every entity resolveInputs lets through for CSV has one. */
function tableEntity(entity: string) {
  const found = tabularEntity(entity)?.entity;
  if (found === undefined) throw new RangeError(`${entity} has no table`);
  return found;
}

/** Checks, before anything is read, that the output can be written where and how it was asked. */
function checkTarget(input: InputFile, to: OutputFormat, out: string | undefined): void {
  if (out !== undefined && resolve(out) === resolve(input.path)) {
    throw new CliError("E_USAGE", "convert.sameFile", { file: out });
  }
  if (to !== "csv" && to !== "xlsx") return;
  if (input.entity !== undefined && input.entity.datasetKey === undefined) {
    throw new CliError("E_USAGE", "entity.notTabular", { entity: input.entity.entity, entities: tabularNames() });
  }
  if (to === "xlsx" && out === undefined) throw new CliError("E_USAGE", "convert.xlsxNeedsOut");
  if (to === "csv" && input.entity === undefined && out === undefined) {
    throw new CliError("E_USAGE", "convert.csvNeedsDirectory", { file: input.path });
  }
}

async function gather(records: AsyncIterable<OutputRecord>): Promise<{ lists: DatasetLists; count: number }> {
  const lists = new DatasetLists();
  let count = 0;
  for await (const record of records) {
    lists.add(record);
    count++;
  }
  return { lists, count };
}

/** Writes JSON or NDJSON to `sink`; returns how many records. */
async function writeDocument(
  records: AsyncIterable<OutputRecord>,
  input: InputFile,
  to: "json" | "ndjson",
  sink: Sink,
) {
  const out = new LineWriter(sink);
  let count = 0;
  if (to === "ndjson" && input.entity === undefined && (input.format === "json" || input.format === "xlsx")) {
    // a dataset document or a workbook is read whole anyway: its lines go out in the rules' reading order, so
    // that validating the NDJSON meets every record before the references to it
    const { lists } = await gather(records);
    for (const [info, list] of lists.inReadingOrder()) {
      for (const value of list) await writeNdjsonLine(out, { entity: info.entity, value });
      count += list.length;
    }
  } else if (to === "ndjson") {
    for await (const record of records) {
      await writeNdjsonLine(out, record);
      count++;
    }
  } else if (input.format === "json" && input.entity !== undefined) {
    // a document of one record stays one: the record itself
    for await (const record of records) {
      await out.write(`${JSON.stringify(record.value, null, 2)}\n`);
      count++;
    }
  } else {
    // a dataset document groups its records by entity, which NDJSON need not do: they are gathered first
    const gathered = await gather(records);
    await writeJsonDataset(out, gathered.lists.entries());
    count = gathered.count;
  }
  await out.flush();
  return count;
}

/** Writes records of one entity as CSV to `sink`; returns how many. */
async function writeTable(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  entity: string,
  sink: Sink,
  options: TableOptions,
) {
  let count = 0;
  async function* counted() {
    for await (const record of records) {
      count++;
      yield record;
    }
  }
  for await (const chunk of writeCsv(counted(), { entity: tableEntity(entity), ...options })) await sink.write(chunk);
  return count;
}

async function* values(records: AsyncIterable<OutputRecord>): AsyncGenerator<unknown> {
  for await (const record of records) yield record.value;
}

async function writeOutput(
  input: InputFile,
  to: OutputFormat,
  out: string | undefined,
  options: { tabular: CsvReadOptions; table: TableOptions },
  ctx: Context,
): Promise<Written[]> {
  const records = readRecords(input, progressOptions(ctx), options.tabular);
  const file = out ?? "-";
  if (to === "json" || to === "ndjson") {
    return [{ file, records: await withOutput(out, ctx.io, (sink) => writeDocument(records, input, to, sink)) }];
  }
  if (to === "csv" && input.entity !== undefined) {
    const { entity } = input.entity;
    return [
      {
        file,
        records: await withOutput(out, ctx.io, (sink) => writeTable(values(records), entity, sink, options.table)),
      },
    ];
  }
  const { lists } = await gather(records);
  if (to === "xlsx") {
    const { headings } = options.table;
    const bytes = await writeXlsx(Object.fromEntries(lists.entries()), headings === undefined ? {} : { headings });
    await withOutput(out, ctx.io, (sink) => sink.write(bytes));
    return [{ file, records: lists.byEntity().reduce((sum, [, list]) => sum + list.length, 0) }];
  }
  // a whole dataset as CSV: one file per entity, named after its list, in the directory --out (see checkTarget)
  if (out === undefined) throw new RangeError("a dataset written as CSV needs a directory");
  await outputDirectory(out);
  const written: Written[] = [];
  for (const [info, list] of lists.byEntity()) {
    const path = join(out, `${info.datasetKey ?? info.entity}.csv`);
    written.push({
      file: path,
      records: await withOutput(path, ctx.io, (sink) => writeTable(list, info.entity, sink, options.table)),
    });
  }
  return written;
}

/** Validates the input in full, before anything is written, so that invalid data leaves no output behind. */
async function validate(input: InputFile, limits: ValidationSessionOptions, tabular: CsvReadOptions, ctx: Context) {
  const session = createValidationSession(limits);
  await validateInput(session, input, progressOptions(ctx), tabular);
  return session.finish();
}

const found = ({ totals }: ReportResult) => totals.errors + totals.warnings + totals.infos;

async function convert(path: string, flags: ConvertFlags, ctx: Context): Promise<number> {
  const { t } = ctx;
  const to = choice("--to", flags.to, OUTPUT_FORMATS);
  const limits = sessionOptions(flags);
  const tabular = csvReadOptions(flags);
  const table = tableOptions(flags);
  const { inputs, errors } = await resolveInputs([path], flags);
  const [input] = inputs;
  if (errors.length > 0 || input === undefined) {
    for (const error of errors) printCliError(ctx, error);
    return EXIT.usage;
  }
  checkTarget(input, to, flags.out);
  noteDetected(inputs, ctx);
  const result = await validate(input, limits, tabular, ctx);
  // the converted data may be on stdout, so the findings go to stderr
  if (found(result) > 0) ctx.io.stderr(renderReport(result, "text", ctx));
  const errorCount = plural(t, "count.error", result.totals.errors);
  if (!result.valid && flags.force !== true) {
    throw new CliError("E_INVALID_INPUT", "convert.invalid", { file: input.path, errors: errorCount });
  }
  let written: Written[];
  try {
    written = await writeOutput(input, to, flags.out, { tabular, table }, ctx);
  } catch (error) {
    // forced through, invalid data may have no place in a table: that is the data's fault, not the program's
    if (result.valid || !(error instanceof TypeError)) throw error;
    throw new CliError("E_INVALID_INPUT", "convert.noTable", { file: input.path, format: to, reason: error.message });
  }
  for (const { file, records } of written) {
    const count = plural(t, "count.record", records);
    if (!result.valid) ctx.err(t("convert.forced", { file, records: count, errors: errorCount }));
    else if (file !== "-") ctx.err(t("convert.written", { file, records: count, format: to }));
  }
  return result.valid ? EXIT.valid : EXIT.invalid;
}

/** `mra-circulair convert`: one exchange format to another, validated on the way. */
export const convertCommand: CliCommand = {
  name: "convert",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    addInputOptions(
      program
        .command("convert")
        .description(t("convert.description"))
        .argument("<file>", t("convert.argument"))
        .requiredOption("--to <format>", t("convert.option.to"))
        .option("--out <path>", t("convert.option.out"))
        .option("--force", t("convert.option.force")),
      t,
    )
      .option("--out-delimiter <char>", t("convert.option.outDelimiter"))
      .option("--headings <form>", t("convert.option.headings"))
      .option("--max-errors <n>", t("validate.option.maxErrors"))
      .addHelpText("after", examples(t, "convert.examples"))
      .action(async (file: string, flags: ConvertFlags) => {
        ctx.exitCode = await convert(file, flags, ctx);
      });
  },
};
