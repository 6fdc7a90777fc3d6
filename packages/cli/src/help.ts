import type { Command } from "commander";
import type { Context } from "./context.ts";
import type { PlainKey, Translate } from "./messages/index.ts";

// commander passes its English section titles to styleTitle, which is the one place to translate them
const TITLES: Record<string, PlainKey> = {
  "Usage:": "help.usage",
  "Arguments:": "help.arguments",
  "Options:": "help.options",
  "Global Options:": "help.globalOptions",
  "Commands:": "help.commands",
};

/** Sends commander's help to our streams, in the chosen language; commander's own error texts are silenced. */
export function configureHelp(program: Command, ctx: Context): void {
  const { t, color } = ctx;
  program
    .helpOption("-h, --help", t("option.help"))
    .helpCommand("help [command]", t("command.help"))
    .configureOutput({
      writeOut: ctx.io.stdout,
      writeErr: ctx.io.stderr,
      outputError: () => {},
      getOutHasColors: () => color.isColorSupported,
      getErrHasColors: () => false,
    })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => {
        const key = TITLES[title];
        return color.bold(key ? t(key) : title);
      },
    });
}

/** The "Examples:" block shown after a command's help. */
export function examples(t: Translate, key: PlainKey): string {
  return `\n${t("help.examples")}\n${t(key)}`;
}
