import { CliError } from "./errors.ts";
import type { Lang } from "./messages/index.ts";

/** Dutch when LANG starts with nl (nl_NL.UTF-8, nl_BE), otherwise English. */
export function defaultLang(env: Readonly<Record<string, string | undefined>>): Lang {
  return env.LANG?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/**
 * The language asked for with --lang, read before commander parses, because the help and error texts
 * commander prints must already be in that language.
 */
export function requestedLang(argv: readonly string[]): Lang | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") break;
    if (arg === "--lang") value = argv[++i];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  if (value === undefined || value === "nl" || value === "en") return value;
  throw new CliError("E_USAGE", "usage.lang", { value });
}
