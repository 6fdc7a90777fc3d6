import type { CodeDefinition } from "./code-definition.ts";
import { placeholderNames } from "./placeholders.ts";

const LANGUAGES = ["nl", "en"] as const;
const TEXTS = ["title", "message", "docs"] as const;

/**
 * What is wrong with code definitions, as one line per problem, for a test to expect to be empty: an empty
 * text, a placeholder the example args do not provide or only one language uses, or an unused example arg.
 */
export function checkCodeDefinitions(definitions: Iterable<CodeDefinition>): string[] {
  const problems: string[] = [];
  for (const { code, exampleArgs = {}, ...definition } of definitions) {
    for (const text of TEXTS) {
      for (const lang of LANGUAGES) {
        if (definition[text][lang].trim() === "") problems.push(`${code}: the ${lang} ${text} is empty`);
      }
    }
    const names = { nl: placeholderNames(definition.message.nl), en: placeholderNames(definition.message.en) };
    const used = new Set([...names.nl, ...names.en]);
    for (const lang of LANGUAGES) {
      for (const name of used) {
        if (!names[lang].includes(name)) problems.push(`${code}: the ${lang} message lacks {${name}}`);
      }
      for (const name of names[lang]) {
        if (!Object.hasOwn(exampleArgs, name)) problems.push(`${code}: the ${lang} message needs {${name}}`);
      }
    }
    for (const name of Object.keys(exampleArgs)) {
      if (!used.has(name)) problems.push(`${code}: no message uses the example arg "${name}"`);
    }
    if (definition.example.trim() === "") problems.push(`${code}: the example is empty`);
  }
  return problems;
}
