import { phrase } from "./catalogue.ts";
import type { Finding, Language } from "./finding.ts";
import { fill } from "./placeholders.ts";
import type { Registry } from "./registry.ts";
import { ECHO_MAX, sanitize } from "./sanitize.ts";

// args usually echo data from a file, so each is cleaned and cut (G21)
const showArg = (value: string) => sanitize(value, ECHO_MAX);

/**
 * A finding's message in `lang`, from its code's template and its args. Never throws: a missing arg shows as
 * {name?}, and a code the registry does not know is named with a note.
 */
export function renderMessage(finding: Finding, registry: Registry, lang: Language): string {
  const definition = registry.get(finding.code);
  return definition
    ? fill(definition.message[lang], finding.args, showArg)
    : phrase(lang, "unknownCode", { code: showArg(finding.code) });
}
