import type { Command } from "commander";
import type { Translate } from "../messages/index.ts";

/** The options that say how to read an input file, shared by validate and convert. */
export function addInputOptions(command: Command, t: Translate): Command {
  return command
    .option("--entity <name>", t("input.option.entity"))
    .option("--input-format <format>", t("input.option.inputFormat"))
    .option("--delimiter <char>", t("input.option.delimiter"))
    .option("--encoding <name>", t("input.option.encoding"))
    .option("--decimal <char>", t("input.option.decimal"))
    .option("--date-format <form>", t("input.option.dateFormat"))
    .option("--max-depth <n>", t("input.option.maxDepth"))
    .option("--max-record-bytes <n>", t("input.option.maxRecordBytes"));
}
