import { template as emptyTable, entityNamed, tabularEntity } from "@mra-circulair/io";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError } from "../errors.ts";
import { examples } from "../help.ts";
import { csvDelimiter } from "../input/csv-options.ts";
import { tabularNames } from "../input/entities.ts";
import { withOutput } from "../output/sink.ts";

const FORMATS = ["csv", "xlsx"] as const;

interface TemplateFlags {
  to: string;
  out?: string;
  delimiter?: string;
}

async function template(name: string, flags: TemplateFlags, ctx: Context): Promise<number> {
  const format = FORMATS.find((known) => known === flags.to.toLowerCase());
  if (format === undefined) {
    throw new CliError("E_USAGE", "usage.choice", { option: "--to", choices: FORMATS.join(", "), value: flags.to });
  }
  const info = entityNamed(name);
  if (info === undefined) throw new CliError("E_UNKNOWN_ENTITY", "unknown.entity", { entity: name });
  const entity = tabularEntity(info.entity)?.entity;
  if (entity === undefined) {
    throw new CliError("E_UNKNOWN_ENTITY", "entity.notTabular", { entity: info.entity, entities: tabularNames() });
  }
  if (format === "xlsx" && flags.out === undefined) throw new CliError("E_USAGE", "convert.xlsxNeedsOut");
  const delimiter = csvDelimiter("--delimiter", flags.delimiter);
  const bytes = await emptyTable(entity, { format, lang: ctx.lang, ...(delimiter === undefined ? {} : { delimiter }) });
  await withOutput(flags.out, ctx.io, (sink) => sink.write(bytes));
  if (flags.out !== undefined) ctx.err(ctx.t("template.written", { file: flags.out, entity, format }));
  return 0;
}

/** `mra-circulair template`: an empty table of one entity to fill in, with headings and codelist hints. */
export const templateCommand: CliCommand = {
  name: "template",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("template")
      .description(t("template.description"))
      .argument("<entity>", t("template.argument"))
      .requiredOption("--to <format>", t("template.option.to"))
      .option("--out <file>", t("template.option.out"))
      .option("--delimiter <char>", t("template.option.delimiter"))
      .addHelpText("after", examples(t, "template.examples"))
      .action(async (entity: string, flags: TemplateFlags) => {
        ctx.exitCode = await template(entity, flags, ctx);
      });
  },
};
