import { generateDataset, generateNdjsonLines } from "@mra-circulair/generator";
import type { Command } from "commander";
import type { CliCommand, Context, Sink } from "../context.ts";
import { CliError } from "../errors.ts";
import { examples } from "../help.ts";
import { plural } from "../messages/index.ts";
import { writeJsonDataset } from "../output/dataset-writers.ts";
import { LineWriter, withOutput } from "../output/sink.ts";

interface ExampleFlags {
  records?: string;
  seed?: string;
  out?: string;
  format?: string;
}

type ExampleFormat = "json" | "ndjson";

const DEFAULT_RECORDS = 100;
const DEFAULT_SEED = 1;
const MAX_SEED = 0xffffffff;
// up to this many procurements the default is one JSON document, which is easy to read; above, NDJSON
const JSON_DEFAULT_MAX = 10_000;
// a JSON document is built in memory and must stay well below what a reader takes in one piece (512 MiB)
const JSON_MAX = 100_000;

function wholeNumber(option: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number <= max)) throw new CliError("E_USAGE", "usage.integer", { option, min: 0, max, value });
  return number;
}

/** --format, else the extension of --out, else JSON for a small dataset and NDJSON for a large one. */
function exampleFormat(flags: ExampleFlags, records: number): ExampleFormat {
  const { format, out } = flags;
  if (format !== undefined) {
    const chosen = format.toLowerCase();
    if (chosen === "json" || chosen === "ndjson") return chosen;
    throw new CliError("E_USAGE", "usage.choice", { option: "--format", choices: "json, ndjson", value: format });
  }
  if (out !== undefined && /\.json$/i.test(out)) return "json";
  if (out !== undefined && /\.(ndjson|jsonl)$/i.test(out)) return "ndjson";
  return records <= JSON_DEFAULT_MAX ? "json" : "ndjson";
}

async function writeExample(sink: Sink, format: ExampleFormat, records: number, seed: number): Promise<void> {
  const out = new LineWriter(sink);
  if (format === "ndjson") {
    // streamed: a million records take the memory of a few
    for (const line of generateNdjsonLines({ records, seed })) await out.write(`${line}\n`);
  } else {
    await writeJsonDataset(out, Object.entries(generateDataset({ records, seed })));
  }
  await out.flush();
}

async function example(flags: ExampleFlags, ctx: Context): Promise<number> {
  const records = wholeNumber("--records", flags.records, DEFAULT_RECORDS, Number.MAX_SAFE_INTEGER);
  const seed = wholeNumber("--seed", flags.seed, DEFAULT_SEED, MAX_SEED);
  const format = exampleFormat(flags, records);
  if (format === "json" && records > JSON_MAX) {
    throw new CliError("E_USAGE", "example.tooLargeForJson", { max: JSON_MAX, records });
  }
  await withOutput(flags.out, ctx.io, (sink) => writeExample(sink, format, records, seed));
  if (flags.out === undefined) return 0;
  ctx.err(
    ctx.t("example.written", { file: flags.out, procurements: plural(ctx.t, "count.procurement", records), format }),
  );
  return 0;
}

/** `mra-circulair example`: a synthetic dataset from a seed, for trying the tools and for tests. */
export const exampleCommand: CliCommand = {
  name: "example",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("example")
      .description(t("example.description"))
      .option("--records <n>", t("example.option.records"))
      .option("--seed <n>", t("example.option.seed"))
      .option("--out <file>", t("example.option.out"))
      .option("--format <format>", t("example.option.format"))
      .addHelpText("after", examples(t, "example.examples"))
      .action(async (flags: ExampleFlags) => {
        ctx.exitCode = await example(flags, ctx);
      });
  },
};
