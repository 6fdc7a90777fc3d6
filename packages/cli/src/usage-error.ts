import type { CommanderError } from "commander";
import { CliError } from "./errors.ts";

// commander reports the offending word in quotes and a suggestion as "(Did you mean x?)"
const QUOTED = /'([^']*)'/;
const SUGGESTION = /Did you mean (.+?)\?/;

/** Turns a commander parse error into a usage error whose message comes from our catalogue. */
export function usageError(error: CommanderError): CliError {
  const quoted = QUOTED.exec(error.message)?.[1] ?? "";
  const suggestion = SUGGESTION.exec(error.message)?.[1];
  switch (error.code) {
    case "commander.unknownCommand":
      return suggestion
        ? new CliError("E_USAGE", "usage.unknownCommandSuggestion", { command: quoted, suggestion })
        : new CliError("E_USAGE", "usage.unknownCommand", { command: quoted });
    case "commander.unknownOption":
      return suggestion
        ? new CliError("E_USAGE", "usage.unknownOptionSuggestion", { option: quoted, suggestion })
        : new CliError("E_USAGE", "usage.unknownOption", { option: quoted });
    case "commander.missingArgument":
      return new CliError("E_USAGE", "usage.missingArgument", { argument: quoted });
    case "commander.optionMissingArgument":
      return new CliError("E_USAGE", "usage.optionMissingArgument", { option: quoted });
    case "commander.missingMandatoryOptionValue":
      return new CliError("E_USAGE", "usage.missingOption", { option: quoted });
    case "commander.excessArguments":
      return new CliError("E_USAGE", "usage.excessArguments");
    default:
      return new CliError("E_USAGE", "usage.invalid");
  }
}
