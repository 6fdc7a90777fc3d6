import { Command } from "commander";
import pkg from "../package.json" with { type: "json" };
import { codelistsCommand } from "./commands/codelists.ts";
import { convertCommand } from "./commands/convert.ts";
import { exampleCommand } from "./commands/example.ts";
import { reportCommand } from "./commands/report.ts";
import { signatoriesCommand } from "./commands/signatories.ts";
import { successorCommand } from "./commands/successor.ts";
import { templateCommand } from "./commands/template.ts";
import { validateCommand } from "./commands/validate.ts";
import type { CliCommand, Context } from "./context.ts";
import { configureHelp, examples } from "./help.ts";

/** Every subcommand, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  convertCommand,
  reportCommand,
  templateCommand,
  exampleCommand,
  codelistsCommand,
  signatoriesCommand,
  successorCommand,
];

/** The commander program for one run; settings made before the subcommands are added are inherited by them. */
export function buildProgram(ctx: Context): Command {
  const program = new Command("mra-circulair")
    .description(ctx.t("program.description"))
    .version(pkg.version, "-V, --version", ctx.t("option.version"))
    // read before parsing (see requestedLang); declared so that commander accepts it and lists it in the help
    .option("--lang <lang>", ctx.t("option.lang"))
    .addHelpText("after", examples(ctx.t, "program.examples"))
    .exitOverride()
    .showSuggestionAfterError(true);
  configureHelp(program, ctx);
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}
